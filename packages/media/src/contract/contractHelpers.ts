import { expect } from 'vitest';
import { MediaError, type MediaErrorKind } from '../MediaError.js';
import type { MediaEvent } from '../MediaPlane.js';

/** How long to wait for `webrtcUp` (real ICE + DTLS on the loopback host takes well under a second). */
const CONNECT_TIMEOUT_MS = 8_000;

export function waitFor(events: MediaEvent[], type: MediaEvent['type']): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (events.some((e) => e.type === type)) resolve();
      else if (Date.now() - started > CONNECT_TIMEOUT_MS) reject(new Error(`no ${type} event in time`));
      else setTimeout(poll, 10);
    };
    poll();
  });
}

export async function expectMediaError(promise: Promise<unknown>, kind: MediaErrorKind): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  expect((error as MediaError).kind).toBe(kind);
}

/** Polls `read` until it returns `expected` (SFU teardown that is started, not awaited, by the adapter). */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = CONNECT_TIMEOUT_MS,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (JSON.stringify(value) === JSON.stringify(expected) || Date.now() - started > timeoutMs) {
      expect(value).toEqual(expected);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
