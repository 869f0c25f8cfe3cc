import type { ParticipantInfo, RoomPolicy } from '@plenum/module-core/protocol';
import { describe, expect, it } from 'vitest';
import type { Notice } from './Notice.js';
import { countdownSeconds, endedAnnouncement, noticeHolds, noticeSlot } from './noticeRules.js';

const me = (permissions: ParticipantInfo['permissions'], role: ParticipantInfo['role'] = 'participant') =>
  ({ id: 'sam', displayName: 'Sam', role, permissions }) as unknown as ParticipantInfo;
const open: RoomPolicy = { selfRename: true, switchedOff: [] };
const locked: RoomPolicy = { selfRename: false, switchedOff: [] };
const module = (key: string, params: object, extra: object = {}): Notice => ({
  kind: 'module',
  ns: 'chat',
  announcement: { key, params, notice: true, ...extra },
});

describe('noticeSlot', () => {
  it('putsNoticesAboutTheSameDeviceOrFeatureInOneSlot', () => {
    expect(noticeSlot({ kind: 'microphoneFallback' })).toBe(noticeSlot({ kind: 'micProblem', failure: 'denied' }));
    expect(noticeSlot({ kind: 'screenShareRevoked' })).toBe(noticeSlot({ kind: 'screenProblem' }));
    expect(noticeSlot({ kind: 'renameLocked' })).toBe(noticeSlot({ kind: 'renamedByModerator', name: 'X' }));
    expect(noticeSlot({ kind: 'cameraFallback' })).not.toBe(noticeSlot({ kind: 'microphoneFallback' }));
  });

  it('givesAModuleOneSlotPerTopicOrKey', () => {
    expect(noticeSlot(module('slowDown', { seconds: 2 }))).toBe(noticeSlot(module('slowDown', { seconds: 5 })));
    expect(noticeSlot(module('slowDown', {}))).not.toBe(noticeSlot(module('tooLong', {})));
    expect(noticeSlot(module('a', {}, { topic: 'switch' }))).toBe(noticeSlot(module('b', {}, { topic: 'switch' })));
  });
});

describe('noticeHolds', () => {
  it('aRestrictionNoticeHoldsWhileTheMicrophoneIsRestricted', () => {
    const notice: Notice = { kind: 'microphoneRestricted' };
    expect(noticeHolds(notice, { self: me({ microphone: false, screen: false }), policy: open })).toBe(true);
    expect(noticeHolds(notice, { self: me({ microphone: true, screen: false }), policy: open })).toBe(false);
    expect(noticeHolds(notice, { self: undefined, policy: open })).toBe(false);
  });

  it('aScreenNoticeHoldsWhileSharingIsNotAllowed', () => {
    for (const kind of ['screenShareRevoked', 'screenShareNotAllowed'] as const) {
      expect(noticeHolds({ kind }, { self: me({ microphone: true, screen: false }), policy: open })).toBe(true);
      expect(noticeHolds({ kind }, { self: me({ microphone: true, screen: true }), policy: open })).toBe(false);
    }
  });

  it('theRenameLockHoldsWhileLockedForThisNonModerator', () => {
    const notice: Notice = { kind: 'renameLocked' };
    const allowed = { microphone: true, screen: true };
    expect(noticeHolds(notice, { self: me(allowed), policy: locked })).toBe(true);
    expect(noticeHolds(notice, { self: me(allowed), policy: open })).toBe(false);
    expect(noticeHolds(notice, { self: me(allowed, 'moderator'), policy: locked })).toBe(false);
  });

  it('otherNoticesHoldUntilDismissed', () => {
    expect(noticeHolds({ kind: 'speakerFallback' }, { self: undefined, policy: open })).toBe(true);
    expect(noticeHolds(module('slowDown', { seconds: 2 }), { self: undefined, policy: open })).toBe(true);
  });
});

describe('endedAnnouncement', () => {
  it('saysThatSharingOrRenamingIsAllowedAgainButLeavesTheMicrophoneToModeration', () => {
    expect(endedAnnouncement({ kind: 'screenShareRevoked' })).toBe('screenShareAllowed');
    expect(endedAnnouncement({ kind: 'renameLocked' })).toBe('renameAllowed');
    expect(endedAnnouncement({ kind: 'microphoneRestricted' })).toBeNull();
  });
});

describe('countdownSeconds', () => {
  it('countsDownOnlyModuleNoticesThatAskAndCarrySeconds', () => {
    expect(countdownSeconds(module('slowDown', { seconds: 3 }, { countdown: true }))).toBe(3);
    expect(countdownSeconds(module('slowDown', { seconds: 3 }))).toBeNull();
    expect(countdownSeconds(module('slowDown', { seconds: '3' }, { countdown: true }))).toBeNull();
    expect(countdownSeconds({ kind: 'speakerFallback' })).toBeNull();
  });
});
