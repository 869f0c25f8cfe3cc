import { MediaError, type MediaErrorKind } from '../MediaError.js';
import type { MediaEvent } from '../MediaPlane.js';

/** Operations of the fake that `failNext` can target. */
export type FakeOperation =
  | 'createRoom'
  | 'destroyRoom'
  | 'ping'
  | 'createPublisher'
  | 'createSubscriber'
  | 'negotiate'
  | 'setStreamActive'
  | 'requestKeyframe'
  | 'update'
  | 'answer'
  | 'trickle'
  | 'selectLayer'
  | 'createAudioMixer'
  | 'destroyAudioMixer'
  | 'joinPhone'
  | 'setMuted'
  | 'addPublisherAudio';

/** State shared by one fake plane and everything it created (no module-level state). */
export class FakeWorld {
  #seq = 0;
  readonly #failures: { kind: MediaErrorKind; operation: FakeOperation | null }[] = [];

  constructor(
    /** Emit `webrtcUp` by itself after the first negotiate / answer. */
    readonly autoConnect: boolean,
  ) {}

  nextSeq(): number {
    return ++this.#seq;
  }

  failNext(kind: MediaErrorKind, operation: FakeOperation | null): void {
    this.#failures.push({ kind, operation });
  }

  /** Throws the first queued failure that matches this operation, consuming it. */
  check(operation: FakeOperation): void {
    const index = this.#failures.findIndex((f) => f.operation === null || f.operation === operation);
    if (index < 0) return;
    const [failure] = this.#failures.splice(index, 1);
    if (failure !== undefined) throw new MediaError(failure.kind, `fake: injected failure of ${operation}`);
  }

  /**
   * With `autoConnect`: reports `webrtcUp` on `handle` after whoever awaits `result` has
   * resumed (no timers, so the order matches a real SFU: the answer first, then `webrtcUp`,
   * deterministically), unless the handle connected meanwhile.
   */
  connectAfter<T>(result: Promise<T>, handle: { readonly connected: boolean; emit(event: MediaEvent): void }): void {
    if (!this.autoConnect || handle.connected) return;
    void result.then(() =>
      queueMicrotask(() => {
        if (!handle.connected) handle.emit({ type: 'webrtcUp' });
      }),
    );
  }
}
