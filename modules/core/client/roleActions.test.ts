import { describe, expect, it } from 'vitest';
import { aliceInfo, bobInfo, carolInfo } from './fixtures.test-support.js';
import { isModerator, roleAction } from './roleActions.js';

const owner = { ...aliceInfo, owner: true } as const;
const guestInBrowser = { ...carolInfo, kind: 'browser' } as const;
const participantByPhone = { ...bobInfo, kind: 'phone' } as const;

describe('roleAction', () => {
  it('moderatorMayPromoteAParticipantAndDemoteAnotherModerator', () => {
    expect(roleAction(aliceInfo, bobInfo)).toBe('promote');
    expect(roleAction(aliceInfo, { ...bobInfo, role: 'moderator' })).toBe('demote');
  });

  it('nobodyChangesTheOwnersRole', () => {
    expect(roleAction(aliceInfo, owner)).toBeNull();
    expect(roleAction(owner, owner)).toBeNull();
  });

  it('guestsAndPhoneCallersCanNeverBeModerators', () => {
    expect(roleAction(aliceInfo, guestInBrowser)).toBeNull();
    expect(roleAction(aliceInfo, carolInfo)).toBeNull();
    expect(roleAction(aliceInfo, participantByPhone)).toBeNull();
  });

  it('aModeratorMayDemoteThemselves', () => {
    expect(roleAction(aliceInfo, aliceInfo)).toBe('demote');
  });

  it('participantsAndGuestsAreOfferedNothing', () => {
    expect(roleAction(bobInfo, aliceInfo)).toBeNull();
    expect(roleAction(carolInfo, bobInfo)).toBeNull();
    expect(roleAction(undefined, bobInfo)).toBeNull();
    expect(isModerator(owner)).toBe(true);
    expect(isModerator(bobInfo)).toBe(false);
  });
});
