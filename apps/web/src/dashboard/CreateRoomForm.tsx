import { roomLimits } from '@plenum/protocol';
import { type FormEvent, useState } from 'react';
import type { RoomInfo, RoomsApi } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { TextField } from '../shell/TextField.js';
import { type DashboardProblem, dashboardProblem } from './dashboardProblem.js';
import { ProblemMessage } from './ProblemMessage.js';

/** "Create a room": an optional title; the new room is handed to `onCreated` and the form is emptied. */
export function CreateRoomForm({
  api,
  onCreated,
}: {
  readonly api: RoomsApi;
  readonly onCreated: (room: RoomInfo) => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<DashboardProblem | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    setCreating(true);
    setProblem(null);
    try {
      const room = await api.create(title);
      setTitle('');
      onCreated(room);
    } catch (error) {
      setProblem(dashboardProblem(error));
    } finally {
      setCreating(false);
    }
  };

  return (
    <form onSubmit={create} noValidate>
      <TextField
        label={t.dashboard.titleLabel}
        hint={t.dashboard.titleHint}
        error={problem === 'invalid' ? t.dashboard.titleInvalid(roomLimits.titleMaxLength) : undefined}
        value={title}
        maxLength={roomLimits.titleMaxLength}
        autoComplete="off"
        onValueChange={(value) => {
          setTitle(value);
          if (problem === 'invalid') setProblem(null);
        }}
      />
      {problem && problem !== 'invalid' && <ProblemMessage problem={problem} />}
      <button type="submit" className="button button--primary" disabled={creating}>
        {creating ? t.dashboard.creating : t.dashboard.create}
      </button>
    </form>
  );
}
