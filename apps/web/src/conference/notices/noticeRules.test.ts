import type { ParticipantInfo, RoomPolicy } from '@plenum/module-core/protocol';
import { describe, expect, it } from 'vitest';
import type { Notice } from './Notice.js';
import {
  countdownSeconds,
  endedAnnouncement,
  isBrief,
  noticeHolds,
  noticeSlot,
  showsNoticeAbout,
} from './noticeRules.js';

const me = (permissions: ParticipantInfo['permissions'], role: ParticipantInfo['role'] = 'participant') =>
  ({ id: 'sam', displayName: 'Sam', role, permissions }) as unknown as ParticipantInfo;
const open: RoomPolicy = { selfRename: true, switchedOff: [] };
const locked: RoomPolicy = { selfRename: false, switchedOff: [] };
const module = (key: string, params: object, extra: object = {}, ns = 'chat'): Notice => ({
  kind: 'module',
  ns,
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
    expect(noticeSlot(module('switch', {}, {}, 'reactions'))).not.toBe(noticeSlot(module('switch', {})));
  });

  it('sharesTheMicrophoneCameraScreenAndNameTopicsWithTheConferencesOwnNotices', () => {
    const muted = module('mutedBy', { name: 'Anna' }, { topic: 'microphone' }, 'moderation');
    expect(noticeSlot(muted)).toBe(noticeSlot({ kind: 'microphoneRestricted' }));
    expect(noticeSlot(module('x', {}, { topic: 'screen' }))).toBe(noticeSlot({ kind: 'screenShareTaken' }));
    expect(noticeSlot(module('x', {}, { topic: 'name' }))).toBe(noticeSlot({ kind: 'renameLocked' }));
    expect(noticeSlot(module('microphone', {}))).toBe(noticeSlot({ kind: 'microphoneFallback' }));
    expect(noticeSlot(module('x', {}, { topic: 'speaker' }))).not.toBe(noticeSlot({ kind: 'speakerFallback' }));
  });

  it('tellsWhetherANoticeOnScreenIsAboutATopic', () => {
    const shown = (notice: Notice) => [{ notice }];
    expect(showsNoticeAbout(shown({ kind: 'microphoneRestricted' }), 'microphone')).toBe(true);
    expect(showsNoticeAbout(shown(module('r', {}, { topic: 'microphone' })), 'microphone')).toBe(true);
    expect(showsNoticeAbout(shown({ kind: 'speakerFallback' }), 'microphone')).toBe(false);
    expect(showsNoticeAbout([], 'microphone')).toBe(false);
  });
});

describe('isBrief', () => {
  it('letsOneShotInformationGoByItselfButNotProblemsStatesOrWaits', () => {
    for (const kind of ['screenShareRevoked', 'screenShareTaken', 'screenShareAllowed', 'speakerFallback'] as const)
      expect(isBrief({ kind })).toBe(true);
    expect(isBrief({ kind: 'renamedByModerator', name: 'Sam' })).toBe(true);
    for (const kind of ['microphoneRestricted', 'screenShareNotAllowed', 'renameLocked', 'moderationFailed'] as const)
      expect(isBrief({ kind })).toBe(false);
    expect(isBrief({ kind: 'micProblem', failure: 'denied' })).toBe(false);
    expect(isBrief(module('mutedBy', {}, { brief: true }))).toBe(true);
    expect(isBrief(module('restrictedYou', {}))).toBe(false);
    expect(isBrief(module('slowDown', { seconds: 2 }, { brief: true, countdown: true }))).toBe(false);
  });
});

describe('noticeHolds', () => {
  it('aRestrictionNoticeHoldsWhileTheMicrophoneIsRestricted', () => {
    const notice: Notice = { kind: 'microphoneRestricted' };
    expect(noticeHolds(notice, { self: me({ microphone: false, screen: false }), policy: open })).toBe(true);
    expect(noticeHolds(notice, { self: me({ microphone: true, screen: false }), policy: open })).toBe(false);
    expect(noticeHolds(notice, { self: undefined, policy: open })).toBe(false);
  });

  it('aScreenNoticeHoldsWhileSharingIsNotAllowedOrTheAllowanceWhileItIs', () => {
    const forbidden = { self: me({ microphone: true, screen: false }), policy: open };
    const allowed = { self: me({ microphone: true, screen: true }), policy: open };
    for (const kind of ['screenShareRevoked', 'screenShareNotAllowed', 'screenShareTaken'] as const) {
      expect(noticeHolds({ kind }, forbidden)).toBe(true);
      expect(noticeHolds({ kind }, allowed)).toBe(false);
    }
    expect(noticeHolds({ kind: 'screenShareAllowed' }, allowed)).toBe(true);
    expect(noticeHolds({ kind: 'screenShareAllowed' }, forbidden)).toBe(false);
    expect(noticeHolds({ kind: 'screenShareAllowed' }, { self: undefined, policy: open })).toBe(false);
  });

  it('aModeratorsRenamingGoesWithTheMeetingItWasIn', () => {
    const notice: Notice = { kind: 'renamedByModerator', name: 'Gast 1' };
    expect(noticeHolds(notice, { self: me({ microphone: true, screen: false }), policy: open })).toBe(true);
    expect(noticeHolds(notice, { self: undefined, policy: open })).toBe(false);
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
  it('saysThatRenamingIsAllowedAgainButLeavesTheMicrophoneToModerationAndSharingToItsNotice', () => {
    expect(endedAnnouncement({ kind: 'renameLocked' })).toBe('renameAllowed');
    expect(endedAnnouncement({ kind: 'screenShareRevoked' })).toBeNull();
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
