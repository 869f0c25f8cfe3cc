import type { InviteRedeem } from '@plenum/protocol';
import { checkDisplayName, type NameProblem } from '../prejoin/checkDisplayName.js';

export interface InviteFormInput {
  readonly name: string;
  readonly password: string;
  /** Whether the room has a password (then an empty one is refused here, before asking the server). */
  readonly passwordRequired: boolean;
}

export type InviteFormCheck =
  | { readonly ok: true; readonly body: InviteRedeem }
  | { readonly ok: false; readonly name: NameProblem | null; readonly passwordMissing: boolean };

/**
 * Checks the guest's form before it is sent: the name with the server's own `DisplayName` rules, the password only
 * for being there (the server judges it). The body carries the trimmed name, and a password only when one is needed.
 */
export function checkInviteForm({ name, password, passwordRequired }: InviteFormInput): InviteFormCheck {
  const checked = checkDisplayName(name);
  const passwordMissing = passwordRequired && password === '';
  if (!checked.ok || passwordMissing) return { ok: false, name: checked.ok ? null : checked.problem, passwordMissing };
  return { ok: true, body: passwordRequired ? { displayName: checked.name, password } : { displayName: checked.name } };
}
