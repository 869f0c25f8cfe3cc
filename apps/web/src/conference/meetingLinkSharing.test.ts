import { describe, expect, it } from 'vitest';
import { canShareMeetingLink } from './meetingLinkSharing.js';

describe('canShareMeetingLink', () => {
  it('theOwnerModeratorsAndParticipantsCanShareTheMeetingLink', () => {
    expect(canShareMeetingLink({ role: 'moderator', kind: 'browser' })).toBe(true);
    expect(canShareMeetingLink({ role: 'participant', kind: 'browser' })).toBe(true);
    expect(canShareMeetingLink({ role: 'participant', kind: 'roomSystem' })).toBe(true);
  });

  it('guestsCannotInviteAnyoneWithIt', () => {
    expect(canShareMeetingLink({ role: 'guest', kind: 'browser' })).toBe(false);
  });

  it('phoneCallersAndTheRecorderHaveNoUseForIt', () => {
    expect(canShareMeetingLink({ role: 'participant', kind: 'phone' })).toBe(false);
    expect(canShareMeetingLink({ role: 'guest', kind: 'phone' })).toBe(false);
    expect(canShareMeetingLink({ role: 'participant', kind: 'recorder' })).toBe(false);
  });

  it('isNotOfferedBeforeTheRosterListsThisClient', () => {
    expect(canShareMeetingLink(undefined)).toBe(false);
  });
});
