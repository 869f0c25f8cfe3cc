import { type RefObject, useId, useReducer, useState } from 'react';
import type { MeetingsApi } from '../api/meetingsApi.js';
import type { RoomInfo } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ModalDialog } from '../shell/ModalDialog.js';
import { useFocusNext } from '../shell/useFocusNext.js';
import { useRetryableLoad } from '../shell/useRetryableLoad.js';
import { dashboardProblem } from './dashboardProblem.js';
import { MeetingsPanel } from './MeetingsPanel.js';
import { meetingsControlIds } from './meetingsControlIds.js';
import { deleteFailureOf, findFile, initialMeetingsDialog, meetingsDialogReducer } from './meetingsDialogState.js';

/**
 * "Meetings": a room's past meetings and the files they left (vote protocols and reports, minutes, attendance list),
 * for its owner, who can download each and delete it. Deleting asks first, in place; focus goes to the question, back
 * to "Delete" when the owner keeps the file, and to the meeting's heading when the file is gone. Deletions are
 * announced in the dialog's status line.
 */
export function MeetingsDialog({
  room,
  api,
  onClose,
  returnFocus,
}: {
  readonly room: RoomInfo;
  readonly api: MeetingsApi;
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t, locale } = useI18n();
  const m = t.meetings;
  const ids = meetingsControlIds(useId());
  const [state, dispatch] = useReducer(meetingsDialogReducer, initialMeetingsDialog);
  const [status, setStatus] = useState('');
  /** The element to focus once the next render is on screen. */
  const focusNext = useFocusNext();

  const retry = useRetryableLoad(
    () => api.list(room.id),
    {
      started: () => dispatch({ type: 'load' }),
      loaded: (meetings) => dispatch({ type: 'loaded', meetings }),
      failed: (error) => dispatch({ type: 'failed', problem: dashboardProblem(error) }),
    },
    room.id,
  );

  const remove = async (fileId: string) => {
    if (state.phase !== 'ready' || state.deleting !== null || state.asking !== fileId) return;
    const found = findFile(state.meetings, fileId);
    if (!found) return;
    dispatch({ type: 'deleting', fileId });
    setStatus('');
    try {
      await api.removeFile(fileId);
      setStatus(m.deleted(found.file.filename));
    } catch (error) {
      const failure = deleteFailureOf(error);
      if (!failure.gone) {
        dispatch({ type: 'deleteFailed', fileId, problem: failure.problem });
        return;
      }
      setStatus(m.alreadyDeleted(found.file.filename));
    }
    focusNext.current = ids.meeting(found.meeting.id);
    dispatch({ type: 'deleted', fileId });
  };

  return (
    <ModalDialog
      title={m.heading(room.title || t.dashboard.untitled)}
      closeLabel={m.close}
      onClose={onClose}
      returnFocus={returnFocus}
    >
      <p role="status" className="dialog-status">
        {status}
      </p>
      <MeetingsPanel
        state={state}
        t={t}
        locale={locale}
        idBase={ids.base}
        onRetry={retry}
        onAsk={(fileId) => {
          focusNext.current = ids.question(fileId);
          dispatch({ type: 'ask', fileId });
        }}
        onDismiss={() => {
          if (state.phase === 'ready' && state.asking !== null) focusNext.current = ids.deleteButton(state.asking);
          dispatch({ type: 'dismiss' });
        }}
        onDelete={(fileId) => void remove(fileId)}
      />
    </ModalDialog>
  );
}
