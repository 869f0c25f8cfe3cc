import { roomLimits, waitingRoomModes } from '@plenum/protocol';
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { ApiFailure } from '../api/http.js';
import type { RoomInfo, RoomsApi } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ModalDialog } from '../shell/ModalDialog.js';
import { RadioGroup } from '../shell/RadioGroup.js';
import { TextField } from '../shell/TextField.js';
import { type DashboardProblem, dashboardProblem } from './dashboardProblem.js';
import { guestAccessChoices, type TenantGuests } from './guestAccessOffer.js';
import { ProblemMessage } from './ProblemMessage.js';
import {
  firstInvalidField,
  initialSettingsForm,
  isUnchanged,
  type PasswordChoice,
  passwordLimits,
  type SettingsField,
  type SettingsForm,
  settingsChanges,
  settingsFieldOf,
} from './settingsForm.js';

/**
 * A room's settings: title, password (set a new one or remove it; the current one is never shown), waiting room and
 * guest access. Only changed fields are sent. Refused fields are marked at the field and the first of them gets focus;
 * anything else is an alert. Once the organisation is known not to allow guests (`tenantGuests`, learnt from a refused
 * save), guest access is not offered: the group says so instead, and keeps only "Disabled" for a room that has it.
 */
export function RoomSettingsDialog({
  room,
  api,
  tenantGuests,
  onGuestsNotAllowed,
  onSaved,
  onClose,
  returnFocus,
}: {
  readonly room: RoomInfo;
  readonly api: RoomsApi;
  readonly tenantGuests: TenantGuests;
  /** The server refused guest access: the organisation does not allow guests. */
  readonly onGuestsNotAllowed: () => void;
  readonly onSaved: (room: RoomInfo) => void;
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const s = t.roomSettings;
  const [form, setForm] = useState<SettingsForm>(() => initialSettingsForm(room));
  const [invalid, setInvalid] = useState<readonly SettingsField[]>([]);
  const [guestsRefused, setGuestsRefused] = useState(false);
  const [problem, setProblem] = useState<DashboardProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = {
    title: useId(),
    password: useId(),
    newPassword: useId(),
    waitingRoom: useId(),
    guestAccess: useId(),
  };
  /** Set by a failed save: after the errors are shown, focus goes to the first refused field. */
  const focusInvalid = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after the save that marked the fields
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    const field = guestsRefused ? 'guestAccess' : firstInvalidField(invalid);
    if (field === null) return;
    const target =
      field === 'title'
        ? document.getElementById(ids.title)
        : field === 'password' && form.password === 'set'
          ? document.getElementById(ids.newPassword)
          : (document.getElementById(ids[field])?.querySelector<HTMLElement>('input:checked') ??
            document.getElementById(ids[field]));
    target?.focus();
  }, [invalid, guestsRefused]);

  const change = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    const field = key === 'newPassword' ? 'password' : settingsFieldOf(key);
    if (field) setInvalid((current) => current.filter((f) => f !== field));
    if (key === 'guestAccess') setGuestsRefused(false);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const check = settingsChanges(room, form);
    setProblem(null);
    setGuestsRefused(false);
    if (!check.ok) {
      focusInvalid.current = true;
      setInvalid(check.invalid);
      return;
    }
    if (isUnchanged(check)) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      onSaved(await api.update(room.id, check.changes));
    } catch (error) {
      setSaving(false);
      const found = dashboardProblem(error);
      if (found === 'guestsDisabled') {
        focusInvalid.current = true;
        setGuestsRefused(true);
        // Guest access can only stay as it is: the group now offers no other choice.
        setForm((current) => ({ ...current, guestAccess: room.guestAccess }));
        onGuestsNotAllowed();
      } else if (found === 'invalid' && error instanceof ApiFailure) {
        const fields = error.issues.map((issue) => settingsFieldOf(issue.path)).filter((f) => f !== null);
        focusInvalid.current = fields.length > 0;
        setInvalid(fields);
        if (fields.length === 0) setProblem('invalid');
      } else setProblem(found);
    }
  };

  const passwordOptions: { value: PasswordChoice; label: string }[] = room.hasPassword
    ? [
        { value: 'keep', label: s.passwordKeep },
        { value: 'set', label: s.passwordChange },
        { value: 'remove', label: s.passwordRemove },
      ]
    : [
        { value: 'keep', label: s.passwordNone },
        { value: 'set', label: s.passwordSet },
      ];
  const refused = (field: SettingsField) => invalid.includes(field);
  const guestChoices = guestAccessChoices(room.guestAccess, tenantGuests);

  return (
    <ModalDialog title={s.heading} closeLabel={s.close} onClose={onClose} returnFocus={returnFocus}>
      <form onSubmit={save} noValidate className="settings-form">
        <TextField
          id={ids.title}
          label={s.titleLabel}
          hint={s.titleHint}
          error={refused('title') ? t.dashboard.titleInvalid(roomLimits.titleMaxLength) : undefined}
          value={form.title}
          maxLength={roomLimits.titleMaxLength}
          autoComplete="off"
          onValueChange={(value) => change('title', value)}
        />
        <RadioGroup
          id={ids.password}
          legend={s.passwordLegend}
          hint={room.hasPassword ? s.passwordIsSet : s.passwordNotSet}
          options={passwordOptions}
          value={form.password}
          onValueChange={(value) => change('password', value)}
        />
        {form.password === 'set' && (
          <TextField
            id={ids.newPassword}
            type="password"
            label={s.newPasswordLabel}
            hint={s.newPasswordHint(passwordLimits.min, passwordLimits.max)}
            error={refused('password') ? s.passwordInvalid(passwordLimits.min, passwordLimits.max) : undefined}
            value={form.newPassword}
            maxLength={passwordLimits.max}
            autoComplete="new-password"
            onValueChange={(value) => change('newPassword', value)}
          />
        )}
        <RadioGroup
          id={ids.waitingRoom}
          legend={s.waitingRoomLegend}
          hint={s.waitingRoomHint}
          error={refused('waitingRoom') ? s.fieldRefused : undefined}
          options={waitingRoomModes.map((mode) => ({ value: mode, label: s.waitingRoom[mode] }))}
          value={form.waitingRoom}
          onValueChange={(value) => change('waitingRoom', value)}
        />
        {guestChoices.length === 0 ? (
          <fieldset id={ids.guestAccess} className="radio-group" tabIndex={-1}>
            <legend>{s.guestAccessLegend}</legend>
            <p className="field__hint" role={guestsRefused ? 'alert' : undefined}>
              {s.guestsNotAllowed}
            </p>
          </fieldset>
        ) : (
          <RadioGroup
            id={ids.guestAccess}
            legend={s.guestAccessLegend}
            hint={s.guestAccessHint}
            error={
              guestsRefused || tenantGuests === 'forbidden'
                ? s.guestsNotAllowed
                : refused('guestAccess')
                  ? s.fieldRefused
                  : undefined
            }
            options={guestChoices.map((mode) => ({ value: mode, label: s.guestAccess[mode] }))}
            value={form.guestAccess}
            onValueChange={(value) => change('guestAccess', value)}
          />
        )}
        {problem && <ProblemMessage problem={problem} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? s.saving : s.save}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {s.cancel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
