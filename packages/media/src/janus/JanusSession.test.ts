import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MediaError } from '../MediaError.js';
import type { JanusHandleEvent } from './JanusHandle.js';
import type { JanusRequester } from './JanusRequester.js';
import { JanusSession } from './JanusSession.js';
import type { JanusInbound } from './janusMessages.js';

const SESSION_ID = 7;
const KEEPALIVE_MS = 25_000;

type Answer = (body: Readonly<Record<string, unknown>>) => Promise<JanusInbound>;

/** What a healthy Janus answers: a handle id for `attach`, an ack for everything else. */
const healthy: Answer = async (body) =>
  body.janus === 'attach'
    ? { janus: 'success', transaction: 't', data: { id: 99 } }
    : { janus: 'ack', transaction: 't' };

/** A requester that records every request and answers with the current `answer`. */
class FakeRequester implements JanusRequester {
  readonly sent: Readonly<Record<string, unknown>>[] = [];
  answer: Answer = healthy;

  request(body: Readonly<Record<string, unknown>>): Promise<JanusInbound> {
    this.sent.push(body);
    return this.answer(body);
  }

  keepalives(): number {
    return this.sent.filter((body) => body.janus === 'keepalive').length;
  }
}

function failWith(error: MediaError): Answer {
  return () => Promise.reject(error);
}

describe('JanusSession keepalive', () => {
  let requester: FakeRequester;
  let forgotten: number[];
  let session: JanusSession;

  beforeEach(() => {
    vi.useFakeTimers();
    requester = new FakeRequester();
    forgotten = [];
    session = new JanusSession(requester, SESSION_ID, KEEPALIVE_MS, (id) => forgotten.push(id));
  });

  afterEach(async () => {
    await session.destroy();
    vi.useRealTimers();
  });

  it('sends a keepalive for its session every keepalive interval', async () => {
    await vi.advanceTimersByTimeAsync(KEEPALIVE_MS - 1);
    expect(requester.keepalives()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(requester.sent).toEqual([{ janus: 'keepalive', session_id: SESSION_ID }]);
    await vi.advanceTimersByTimeAsync(2 * KEEPALIVE_MS);
    expect(requester.keepalives()).toBe(3);
    expect(session.alive).toBe(true);
  });

  it('marks the session lost when Janus answers a keepalive with 458, and tells its owner and handles once', async () => {
    const handleEvents: JanusHandleEvent[] = [];
    const handle = await session.attach('janus.plugin.videoroom', (event) => handleEvents.push(event));
    const lost = vi.fn();
    session.onLost(lost);
    requester.answer = failWith(new MediaError('notFound', 'janus: No such session (458)', 458));

    await vi.advanceTimersByTimeAsync(KEEPALIVE_MS);

    expect(session.alive).toBe(false);
    expect(lost).toHaveBeenCalledTimes(1);
    expect(forgotten).toEqual([SESSION_ID]);
    expect(handleEvents).toEqual([{ type: 'lost' }]);
    expect(handle.gone).toBe(true);
    await expect(session.attach('janus.plugin.videoroom', () => {})).rejects.toMatchObject({ kind: 'notFound' });

    // No more keepalives for a lost session, and no second notice.
    const sentBefore = requester.keepalives();
    await vi.advanceTimersByTimeAsync(3 * KEEPALIVE_MS);
    expect(requester.keepalives()).toBe(sentBefore);
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when the transport is unavailable and tries again on the next tick', async () => {
    const lost = vi.fn();
    session.onLost(lost);
    requester.answer = failWith(new MediaError('unavailable', 'janus: connection lost during keepalive'));

    await vi.advanceTimersByTimeAsync(2 * KEEPALIVE_MS);

    expect(requester.keepalives()).toBe(2);
    expect(session.alive).toBe(true);
    expect(lost).not.toHaveBeenCalled();
    expect(forgotten).toEqual([]);

    requester.answer = healthy;
    await vi.advanceTimersByTimeAsync(KEEPALIVE_MS);
    expect(requester.keepalives()).toBe(3);
    expect(session.alive).toBe(true);
    await expect(session.attach('janus.plugin.videoroom', () => {})).resolves.toMatchObject({ id: 99 });
  });

  it('stops the keepalive when the session is destroyed', async () => {
    await session.destroy();
    await vi.advanceTimersByTimeAsync(3 * KEEPALIVE_MS);
    expect(requester.keepalives()).toBe(0);
    expect(requester.sent).toEqual([{ janus: 'destroy', session_id: SESSION_ID }]);
  });
});
