import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { SameAccount } from '../protocol.js';

/**
 * Whether a participant can be named eligible, by the server's rule: phone callers and the recorder cannot see a
 * ballot (`notABrowser`); people without an account (guests, also one promoted to moderator) have no account to hold a
 * vote to (`notRegistered`).
 */
export type VoterEligibility = 'eligible' | 'notRegistered' | 'notABrowser';

export function voterEligibility(participant: Pick<ParticipantInfo, 'kind' | 'registered'>): VoterEligibility {
  if (participant.kind !== 'browser' && participant.kind !== 'roomSystem') return 'notABrowser';
  if (!participant.registered) return 'notRegistered';
  return 'eligible';
}

/**
 * The participants with every further device of an account left out (`sameAccount`, from the server): each person is
 * listed once, by the first of their devices in the list. Naming that one device names the account; every device of it
 * may then vote (the first ballot counts), as the server decides.
 */
export function onePerAccount<T extends Pick<ParticipantInfo, 'id'>>(
  participants: readonly T[],
  sameAccount: SameAccount,
): T[] {
  const accountOf = new Map<string, number>();
  sameAccount.forEach((devices, account) => {
    for (const id of devices) accountOf.set(id, account);
  });
  const listed = new Set<number>();
  return participants.filter((p) => {
    const account = accountOf.get(p.id);
    if (account === undefined) return true;
    if (listed.has(account)) return false;
    listed.add(account);
    return true;
  });
}
