import { FakeClock } from '@plenum/module-media/client/fakes';
import { describe, expect, it } from 'vitest';
import type { Notice, ShownNotice } from './Notice.js';
import { briefNoticeMs, maxNotices, NoticeBoard } from './NoticeBoard.js';

function setup() {
  const clock = new FakeClock();
  const changes: (readonly ShownNotice[])[] = [];
  const board = new NoticeBoard({
    schedule: clock.schedule,
    now: () => clock.now,
    onChange: (notices) => changes.push(notices),
  });
  const kinds = () =>
    board.notices.map((n) => (n.notice.kind === 'module' ? n.notice.announcement.key : n.notice.kind));
  return { clock, board, changes, kinds };
}

const slowDown = (seconds: number): Notice => ({
  kind: 'module',
  ns: 'chat',
  announcement: { key: 'slowDown', params: { seconds }, notice: true, countdown: true },
});
const restricted: Notice = {
  kind: 'module',
  ns: 'moderation',
  announcement: { key: 'restrictedYou', params: {}, notice: true, topic: 'microphone' },
};
const mutedBy: Notice = {
  kind: 'module',
  ns: 'moderation',
  announcement: { key: 'mutedBy', params: { name: 'Anna' }, notice: true, brief: true, topic: 'microphone' },
};

describe('NoticeBoard', () => {
  it('aNewerNoticeOfTheSameKindReplacesTheOlderWithANewId', () => {
    const t = setup();
    t.board.raise({ kind: 'microphoneFallback' });
    const first = t.board.notices[0];
    t.board.raise({ kind: 'cameraFallback' });
    t.board.raise({ kind: 'micProblem', failure: 'denied' });
    expect(t.kinds()).toEqual(['cameraFallback', 'micProblem']);
    expect(t.board.notices.some((n) => n.id === first?.id)).toBe(false);
  });

  it('showsAtMostAFewDroppingTheOldest', () => {
    const t = setup();
    const kinds = ['speakerFallback', 'cameraFallback', 'microphoneFallback', 'moderationFailed'] as const;
    for (const kind of kinds) t.board.raise({ kind });
    expect(t.board.notices).toHaveLength(maxNotices);
    expect(t.kinds()).toEqual(['cameraFallback', 'microphoneFallback', 'moderationFailed']);
  });

  it('eachNoticeCanBeDismissed', () => {
    const t = setup();
    t.board.raise({ kind: 'speakerFallback' });
    t.board.raise({ kind: 'moderationFailed' });
    const [first] = t.board.notices;
    t.board.dismiss(first?.id ?? 0);
    expect(t.kinds()).toEqual(['moderationFailed']);
    const count = t.changes.length;
    t.board.dismiss(12345);
    expect(t.changes).toHaveLength(count);
  });

  it('aNoticeAboutAWaitCountsDownAndGoesWhenTheWaitIsOver', () => {
    const t = setup();
    t.clock.advance(1000);
    t.board.raise(slowDown(3));
    expect(t.board.notices[0]?.countdown).toEqual({ seconds: 3, until: 4000 });
    t.clock.advance(2999);
    expect(t.kinds()).toEqual(['slowDown']);
    t.clock.advance(1);
    expect(t.kinds()).toEqual([]);
  });

  it('aNewerWaitReplacesTheOlderAndOnlyItsOwnEndRemovesIt', () => {
    const t = setup();
    t.board.raise(slowDown(2));
    t.clock.advance(1000);
    t.board.raise(slowDown(5));
    expect(t.clock.pending).toEqual([5000]);
    t.clock.advance(2000);
    expect(t.kinds()).toEqual(['slowDown']);
    t.clock.advance(3000);
    expect(t.kinds()).toEqual([]);
  });

  it('aWaitThatIsAlreadyOverShowsNothingAndClearsTheOlderOne', () => {
    const t = setup();
    t.board.raise(slowDown(2));
    t.board.raise(slowDown(0));
    expect(t.board.notices).toEqual([]);
    expect(t.clock.pending).toEqual([]);
  });

  it('aModulesLaterWordOnTheSameTopicEndsItsNotice', () => {
    const t = setup();
    t.board.raise(restricted);
    t.board.raise(slowDown(9));
    t.board.said({ ns: 'moderation', announcement: { key: 'mutedBy', params: {} } });
    expect(t.kinds()).toEqual(['restrictedYou', 'slowDown']);
    t.board.said({ ns: 'moderation', announcement: { key: 'allowedYou', params: {}, topic: 'microphone' } });
    expect(t.kinds()).toEqual(['slowDown']);
    t.board.said({ ns: 'chat', announcement: { key: 'newMessage', params: { name: 'Ben' } } });
    expect(t.kinds()).toEqual(['slowDown']);
  });

  it('keepsOnlyNoticesWhoseStateStillHoldsAndReturnsTheOthers', () => {
    const t = setup();
    t.board.raise({ kind: 'screenShareRevoked' });
    t.board.raise({ kind: 'speakerFallback' });
    expect(t.board.keepWhile(() => true)).toEqual([]);
    const count = t.changes.length;
    expect(t.board.keepWhile((n) => n.kind !== 'screenShareRevoked')).toEqual([{ kind: 'screenShareRevoked' }]);
    expect(t.kinds()).toEqual(['speakerFallback']);
    expect(t.changes).toHaveLength(count + 1);
  });

  it('aBriefNoticeGoesByItselfAfterAWhile', () => {
    const t = setup();
    t.board.raise(mutedBy);
    t.board.raise({ kind: 'moderationFailed' });
    expect(t.board.notices.map((n) => n.brief)).toEqual([true, false]);
    t.clock.advance(briefNoticeMs - 1);
    expect(t.kinds()).toEqual(['mutedBy', 'moderationFailed']);
    t.clock.advance(1);
    expect(t.kinds()).toEqual(['moderationFailed']);
    t.clock.advance(10 * briefNoticeMs);
    expect(t.kinds()).toEqual(['moderationFailed']);
  });

  it('aBriefNoticeWaitsWhileHeldAndGetsItsWholeTimeAgainWhenLetGo', () => {
    const t = setup();
    t.board.raise({ kind: 'renamedByModerator', name: 'Sam' });
    const id = t.board.notices[0]?.id ?? 0;
    t.clock.advance(briefNoticeMs - 1000);
    t.board.hold(id, true);
    expect(t.clock.pending).toEqual([]);
    t.clock.advance(5 * briefNoticeMs);
    expect(t.kinds()).toEqual(['renamedByModerator']);
    t.board.hold(id, false);
    t.board.hold(id, false);
    expect(t.clock.pending).toHaveLength(1);
    t.clock.advance(briefNoticeMs - 1);
    expect(t.kinds()).toEqual(['renamedByModerator']);
    t.clock.advance(1);
    expect(t.kinds()).toEqual([]);
  });

  it('holdingANoticeThatIsNotBriefChangesNothing', () => {
    const t = setup();
    t.board.raise({ kind: 'moderationFailed' });
    t.board.hold(t.board.notices[0]?.id ?? 0, false);
    expect(t.clock.pending).toEqual([]);
    t.board.raise(slowDown(3));
    const wait = t.board.notices.at(-1)?.id ?? 0;
    t.board.hold(wait, true);
    t.clock.advance(3000);
    expect(t.kinds()).toEqual(['moderationFailed']);
  });

  it('actingOnATopicEndsItsBriefNoticesButNotItsProblems', () => {
    const t = setup();
    t.board.raise(mutedBy);
    t.board.raise({ kind: 'screenShareAllowed' });
    t.board.acted('microphone');
    expect(t.kinds()).toEqual(['screenShareAllowed']);
    t.board.acted('screen');
    expect(t.kinds()).toEqual([]);
    t.board.raise({ kind: 'micProblem', failure: 'denied' });
    t.board.acted('microphone');
    expect(t.kinds()).toEqual(['micProblem']);
  });

  it('notesOnTheSharedMicrophoneTopicReplaceEachOtherWhateverSaysThem', () => {
    const t = setup();
    t.board.raise(mutedBy);
    t.board.raise(restricted);
    expect(t.kinds()).toEqual(['restrictedYou']);
    t.board.raise({ kind: 'microphoneRestricted' });
    expect(t.kinds()).toEqual(['microphoneRestricted']);
    t.board.raise(mutedBy);
    t.board.said({ ns: 'moderation', announcement: { key: 'allowedYou', params: {}, topic: 'microphone' } });
    expect(t.kinds()).toEqual([]);
  });

  it('clearingCancelsTheCountdowns', () => {
    const t = setup();
    t.board.raise(slowDown(3));
    t.board.clear();
    expect(t.board.notices).toEqual([]);
    expect(t.clock.pending).toEqual([]);
  });
});
