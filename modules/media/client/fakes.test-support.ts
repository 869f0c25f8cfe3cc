import type { PeerLike, TransceiverLike } from './peerTypes.js';

/** A fake track: only the fields the media client touches. */
export function fakeTrack(kind: 'audio' | 'video', id = `${kind}-track`): MediaStreamTrack {
  return { kind, id, enabled: true, readyState: 'live', stop() {} } as unknown as MediaStreamTrack;
}

export class FakeTransceiver implements TransceiverLike {
  mid: string | null = null;
  stopped = false;
  readonly sender: { track: MediaStreamTrack | null; replaceTrack(track: MediaStreamTrack | null): Promise<void> };
  readonly receiver: { track: MediaStreamTrack };
  constructor(
    track: MediaStreamTrack | null,
    readonly init: RTCRtpTransceiverInit | undefined,
    receiveTrack: MediaStreamTrack,
  ) {
    const sender = {
      track,
      async replaceTrack(next: MediaStreamTrack | null) {
        sender.track = next;
      },
    };
    this.sender = sender;
    this.receiver = { track: receiveTrack };
  }
  stop(): void {
    this.stopped = true;
  }
}

/**
 * A fake peer connection that assigns mids on setLocalDescription like a browser does and
 * records the descriptions it was given.
 */
export class FakePeer implements PeerLike {
  onicecandidate: ((event: RTCPeerConnectionIceEvent) => void) | null = null;
  onconnectionstatechange: ((event: Event) => void) | null = null;
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: { sdp: string } | null = null;
  readonly remote: RTCSessionDescriptionInit[] = [];
  readonly transceivers: FakeTransceiver[] = [];
  closed = false;
  #offers = 0;

  addTransceiver(track: MediaStreamTrack, init?: RTCRtpTransceiverInit): FakeTransceiver {
    const t = new FakeTransceiver(track, init, fakeTrack(track.kind === 'audio' ? 'audio' : 'video'));
    this.transceivers.push(t);
    return t;
  }
  getTransceivers(): FakeTransceiver[] {
    return this.transceivers;
  }
  async createOffer(): Promise<RTCSessionDescriptionInit> {
    this.#offers++;
    return { type: 'offer', sdp: `v=0 offer ${this.#offers}` };
  }
  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    return { type: 'answer', sdp: `v=0 answer to ${this.remote.at(-1)?.sdp ?? ''}` };
  }
  async setLocalDescription(description?: RTCSessionDescriptionInit): Promise<void> {
    if (description?.type === 'rollback') {
      this.localDescription = null;
      return;
    }
    this.localDescription = { sdp: description?.sdp ?? '' };
    this.transceivers.forEach((t, i) => {
      t.mid ??= String(i);
    });
  }
  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remote.push(description);
    if (description.type === 'offer') {
      // A subscriber offer with n m-lines: create receive transceivers up to n (mids "0".."n-1").
      const count = Number(/m-lines=(\d+)/.exec(description.sdp ?? '')?.[1] ?? 0);
      while (this.transceivers.length < count) {
        const t = new FakeTransceiver(
          null,
          { direction: 'recvonly' },
          fakeTrack('video', `remote-${this.transceivers.length}`),
        );
        t.mid = String(this.transceivers.length);
        this.transceivers.push(t);
      }
    }
  }
  close(): void {
    this.closed = true;
    this.connectionState = 'closed';
  }
  /** Moves the fake to `state` and fires `connectionstatechange`, as the browser does. */
  setConnectionState(state: RTCPeerConnectionState): void {
    this.connectionState = state;
    this.onconnectionstatechange?.(new Event('connectionstatechange'));
  }
  emitCandidate(candidate: { candidate: string; sdpMid: string; sdpMLineIndex: number } | null): void {
    this.onicecandidate?.({ candidate } as unknown as RTCPeerConnectionIceEvent);
  }
}

/** Lets pending promise continuations run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/**
 * A manual clock for the injected `schedule`: `advance(ms)` runs every timer that falls due,
 * in order, including timers scheduled by timers.
 */
export class FakeClock {
  now = 0;
  #timers: { at: number; fn: () => void; seq: number }[] = [];
  #seq = 0;

  readonly schedule = (fn: () => void, ms: number): (() => void) => {
    const timer = { at: this.now + ms, fn, seq: this.#seq++ };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((t) => t !== timer);
    };
  };

  /** Delays of the timers that are still pending, soonest first. */
  get pending(): number[] {
    return this.#timers.map((t) => t.at - this.now).sort((a, b) => a - b);
  }

  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const next = [...this.#timers].sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next || next.at > until) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.now = next.at;
      next.fn();
    }
    this.now = until;
  }
}
