import { type GuestAccessMode, RoomUpdate, type RoomView, roomLimits, type WaitingRoomMode } from '@plenum/protocol';

/** What to do with the room's password: leave it, set a new one, or remove it. */
export type PasswordChoice = 'keep' | 'set' | 'remove';

/** The room settings form as the owner edits it. */
export interface SettingsForm {
  readonly title: string;
  readonly waitingRoom: WaitingRoomMode;
  readonly guestAccess: GuestAccessMode;
  readonly password: PasswordChoice;
  /** Used only with `password: 'set'`; never prefilled (the server never tells the password). */
  readonly newPassword: string;
}

/** The fields of the form that can be refused, by the form's check or by the server (`issues[].path`). */
export const settingsFields = ['title', 'password', 'waitingRoom', 'guestAccess'] as const;
export type SettingsField = (typeof settingsFields)[number];

export type SettingsCheck =
  | { readonly ok: true; readonly changes: RoomUpdate }
  | { readonly ok: false; readonly invalid: readonly SettingsField[] };

export function initialSettingsForm(room: RoomView): SettingsForm {
  return {
    title: room.title,
    waitingRoom: room.waitingRoom,
    guestAccess: room.guestAccess,
    password: 'keep',
    newPassword: '',
  };
}

export const passwordLimits = { min: roomLimits.passwordMinLength, max: roomLimits.passwordMaxLength } as const;

/** The field an issue path names (`title`, `password.0` …), or null for one the form does not have. */
/** The first of the refused fields in the form's order, where focus goes after a failed save; null when none. */
export function firstInvalidField(invalid: readonly SettingsField[]): SettingsField | null {
  return settingsFields.find((field) => invalid.includes(field)) ?? null;
}

export function settingsFieldOf(path: string): SettingsField | null {
  const head = path.split('.', 1)[0];
  return settingsFields.find((field) => field === head) ?? null;
}

/**
 * The `PATCH` body for what changed: only changed fields are sent (so an unchanged guest access cannot be refused
 * because the tenant switched guests off later), checked with the server's own `RoomUpdate` schema.
 */
export function settingsChanges(room: RoomView, form: SettingsForm): SettingsCheck {
  const title = form.title.trim();
  const candidate: Record<string, unknown> = {};
  if (title !== room.title) candidate.title = title;
  if (form.waitingRoom !== room.waitingRoom) candidate.waitingRoom = form.waitingRoom;
  if (form.guestAccess !== room.guestAccess) candidate.guestAccess = form.guestAccess;
  if (form.password === 'set') candidate.password = form.newPassword;
  if (form.password === 'remove' && room.hasPassword) candidate.password = null;
  const parsed = RoomUpdate.safeParse(candidate);
  if (parsed.success) return { ok: true, changes: parsed.data };
  const invalid = new Set<SettingsField>();
  for (const issue of parsed.error.issues) {
    const field = settingsFieldOf(issue.path.map(String).join('.'));
    if (field) invalid.add(field);
  }
  return { ok: false, invalid: [...invalid] };
}

/** Whether the form would change nothing (then saving just closes the dialog). */
export function isUnchanged(check: SettingsCheck): boolean {
  return check.ok && Object.keys(check.changes).length === 0;
}
