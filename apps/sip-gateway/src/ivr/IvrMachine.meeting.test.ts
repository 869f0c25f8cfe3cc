import { describe, expect, it } from 'vitest';
import { IvrTestHost, lastPlay, plays } from './ivrTestHost.js';

/** A caller whose lookup succeeded: the IVR has asked to join. */
function joining(): IvrTestHost {
  const host = new IvrTestHost({ defaultLanguage: 'de' });
  host.send({ type: 'started' });
  host.keys('1234567890#0987654321#');
  host.send({ type: 'lookupResult', result: { outcome: 'ok', language: 'de' } });
  return host;
}

/** A caller in the meeting who has heard the "you are in the meeting" prompt to its end. */
function inMeeting(): IvrTestHost {
  const host = joining();
  host.send({ type: 'admitted', recording: false });
  host.promptFinished();
  return host;
}

describe('IVR in the room', () => {
  it('joins after a successful lookup and, when admitted, says so', () => {
    const host = joining();
    expect(host.log).toContainEqual({ type: 'join' });
    const actions = host.send({ type: 'admitted', recording: false });
    expect(lastPlay(actions)).toEqual({
      type: 'play',
      prompts: [{ language: 'de', prompt: 'admitted' }],
      interruptible: false,
    });
    expect(host.runningTimers()).toEqual([]);
    expect(host.ivr.phase).toBe('inMeeting');
  });

  it('announces a running recording right after admission', () => {
    const host = joining();
    expect(plays(host.send({ type: 'admitted', recording: true }))).toEqual([['de/admitted', 'de/recordingNotice']]);
  });

  it('in the waiting room says so, then plays hold audio until admitted', () => {
    const host = joining();
    expect(plays(host.send({ type: 'waiting' }))).toEqual([['de/waitingRoom']]);
    expect(host.promptFinished()).toEqual([{ type: 'playHold' }]);
    expect(host.keys('*6')).toEqual([]);
    // A recording that starts meanwhile is announced on admission, by `admitted`.
    expect(host.send({ type: 'recordingStarted' })).toEqual([]);
    expect(plays(host.send({ type: 'admitted', recording: true }))).toEqual([['de/admitted', 'de/recordingNotice']]);
  });

  it('a caller sent back to the waiting room hears its prompt and hold audio again', () => {
    const host = inMeeting();
    expect(plays(host.send({ type: 'waiting' }))).toEqual([['de/waitingRoom']]);
    expect(host.promptFinished()).toEqual([{ type: 'playHold' }]);
  });

  it('*6 toggles mute, and the answer is announced', () => {
    const host = inMeeting();
    expect(host.keys('*6')).toContainEqual({ type: 'toggleMute' });
    expect(plays(host.send({ type: 'muteChanged', muted: true }))).toEqual([['de/youAreMuted']]);
    host.promptFinished();
    host.keys('*6');
    expect(plays(host.send({ type: 'muteChanged', muted: false }))).toEqual([['de/youAreUnmuted']]);
  });

  it('*9 toggles the hand, and the answer is announced', () => {
    const host = inMeeting();
    expect(host.keys('*9')).toContainEqual({ type: 'toggleHand' });
    expect(plays(host.send({ type: 'handChanged', raised: true }))).toEqual([['de/handRaised']]);
    host.promptFinished();
    expect(plays(host.send({ type: 'handChanged', raised: false }))).toEqual([['de/handLowered']]);
  });

  it('*0 plays the help, and not twice while it is still to come', () => {
    const host = inMeeting();
    expect(plays(host.keys('*0'))).toEqual([['de/help']]);
    expect(plays(host.keys('*0'))).toEqual([]);
    host.promptFinished();
    expect(plays(host.keys('*0'))).toEqual([['de/help']]);
  });

  it('a key after * counts only within 3 seconds', () => {
    const host = inMeeting();
    host.keys('*');
    expect(host.runningTimers()).toEqual(['starKey']);
    host.advance(3_000);
    expect(host.keys('6')).toEqual([]);
    host.keys('*');
    host.advance(2_999);
    expect(host.keys('6')).toContainEqual({ type: 'toggleMute' });
    expect(host.runningTimers()).toEqual([]);
  });

  it('ignores keys without *, other keys after *, and uses the last of several *', () => {
    const host = inMeeting();
    expect(host.keys('6')).toEqual([]);
    expect(host.keys('9#0')).toEqual([]);
    const afterOther = host.keys('*5');
    expect(afterOther.some((action) => action.type === 'toggleMute' || action.type === 'play')).toBe(false);
    expect(host.keys('6')).toEqual([]);
    expect(host.keys('**9')).toContainEqual({ type: 'toggleHand' });
  });

  it('tells a caller muted by a moderator', () => {
    const host = inMeeting();
    expect(plays(host.send({ type: 'mutedByModerator' }))).toEqual([['de/mutedByModerator']]);
  });

  it('announces a recording that starts during the meeting', () => {
    const host = inMeeting();
    expect(plays(host.send({ type: 'recordingStarted' }))).toEqual([['de/recordingNotice']]);
  });

  it('queues notices so that none cuts another off', () => {
    const host = joining();
    host.send({ type: 'admitted', recording: false });
    expect(plays(host.send({ type: 'mutedByModerator' }))).toEqual([]);
    expect(plays(host.send({ type: 'recordingStarted' }))).toEqual([]);
    expect(plays(host.promptFinished())).toEqual([['de/mutedByModerator']]);
    expect(plays(host.promptFinished())).toEqual([['de/recordingNotice']]);
    expect(host.promptFinished()).toEqual([]);
    expect(plays(host.send({ type: 'mutedByModerator' }))).toEqual([['de/mutedByModerator']]);
  });

  it('when the meeting ends, says so and hangs up', () => {
    const host = inMeeting();
    expect(plays(host.send({ type: 'meetingEnded' }))).toEqual([['de/meetingEnded', 'de/goodbye']]);
    expect(host.keys('*6')).toEqual([]);
    expect(host.promptFinished()).toContainEqual({ type: 'hangup', reason: 'meetingEnded' });
  });

  it('a caller removed by a moderator, also from the waiting room, hears it and is hung up on', () => {
    const host = inMeeting();
    expect(plays(host.send({ type: 'removed' }))).toEqual([['de/removed', 'de/goodbye']]);
    expect(host.promptFinished()).toContainEqual({ type: 'hangup', reason: 'removed' });

    const waiting = joining();
    waiting.send({ type: 'waiting' });
    waiting.promptFinished();
    expect(plays(waiting.send({ type: 'removed' }))).toEqual([['de/removed', 'de/goodbye']]);
  });

  it('a full meeting or a failed join ends the call with its prompt', () => {
    const full = joining();
    expect(plays(full.send({ type: 'joinFailed', reason: 'meetingFull' }))).toEqual([['de/meetingFull', 'de/goodbye']]);
    expect(full.promptFinished()).toContainEqual({ type: 'hangup', reason: 'meetingFull' });

    const failed = joining();
    expect(plays(failed.send({ type: 'joinFailed', reason: 'unavailable' }))).toEqual([
      ['de/notAvailable', 'de/goodbye'],
    ]);
  });

  it('losing the meeting for good while in it or while waiting ends the call as a technical problem', () => {
    const meeting = inMeeting();
    expect(plays(meeting.send({ type: 'joinFailed', reason: 'unavailable' }))).toEqual([
      ['de/notAvailable', 'de/goodbye'],
    ]);
    expect(meeting.promptFinished()).toContainEqual({ type: 'hangup', reason: 'unavailable' });
    const waiting = joining();
    waiting.send({ type: 'waiting' });
    expect(plays(waiting.send({ type: 'joinFailed', reason: 'unavailable' }))).toEqual([
      ['de/notAvailable', 'de/goodbye'],
    ]);
  });

  it('a join the server never answers ends the call as a technical problem', () => {
    const host = joining();
    expect(plays(host.advance(15_000))).toEqual([['de/notAvailable', 'de/goodbye']]);
    host.promptFinished();
    expect(host.log.at(-1)).toEqual({ type: 'hangup', reason: 'unavailable' });
  });

  it('speaks the tenant language in the meeting when the caller did not choose', () => {
    const host = new IvrTestHost({ defaultLanguage: 'de' });
    host.send({ type: 'started' });
    host.keys('1234567890#0987654321#');
    host.send({ type: 'lookupResult', result: { outcome: 'ok', language: 'en' } });
    expect(plays(host.send({ type: 'waiting' }))).toEqual([['en/waitingRoom']]);
  });
});
