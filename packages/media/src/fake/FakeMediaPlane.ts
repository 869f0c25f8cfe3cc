import { MediaError, type MediaErrorKind } from '../MediaError.js';
import type { MediaPlane, MediaRoomOptions } from '../MediaPlane.js';
import { FakeMediaRoom } from './FakeMediaRoom.js';
import { type FakeOperation, FakeWorld } from './FakeWorld.js';

export interface FakeMediaPlaneOptions {
  /**
   * Emit `webrtcUp` on a publisher after its first `negotiate`, and on a subscriber after its
   * first `answer` (right after the caller resumed; no timers). Default true. With false, tests
   * call `publisher.emit({type:'webrtcUp'})` themselves; until then the feed cannot be subscribed.
   */
  readonly autoConnect?: boolean;
  /** What `ping` resolves with. Default 1 ms. */
  readonly pingMs?: number;
}

/**
 * An in-memory MediaPlane for scenario tests. It follows the same contract as the Janus
 * adapter (the shared contract suite runs against both): deterministic ids and SDP, promises
 * that resolve immediately, state open to inspection (`rooms`, each room's `publishers` and
 * `subscribers`, a subscriber's `receiving` streams, a publisher's `inactiveMids`), and
 * failures on demand with `failNext`.
 */
export class FakeMediaPlane implements MediaPlane {
  readonly #world: FakeWorld;
  readonly #rooms = new Map<string, FakeMediaRoom>();
  readonly #pingMs: number;
  #nextRoom = 1;
  #closed = false;

  constructor(options: FakeMediaPlaneOptions = {}) {
    this.#world = new FakeWorld(options.autoConnect ?? true);
    this.#pingMs = options.pingMs ?? 1;
  }

  /** Live rooms by id. */
  get rooms(): ReadonlyMap<string, FakeMediaRoom> {
    return this.#rooms;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Makes the next call (of `operation`, or of any operation) reject with a `MediaError` of `kind`. */
  failNext(kind: MediaErrorKind, operation?: FakeOperation): void {
    this.#world.failNext(kind, operation ?? null);
  }

  /** The room with this id; throws when there is none (a test bug). */
  room(id: string): FakeMediaRoom {
    const room = this.#rooms.get(id);
    if (room === undefined) throw new Error(`fake: no live room ${id}`);
    return room;
  }

  /** The SFU restarts: every room is lost with everything in it (see `FakeMediaRoom.lose`); new rooms work. */
  restart(): void {
    for (const room of [...this.#rooms.values()]) room.lose();
  }

  async createRoom(options: MediaRoomOptions): Promise<FakeMediaRoom> {
    this.#world.check('createRoom');
    this.assertOpen();
    if (!Number.isInteger(options.maxPublishers) || options.maxPublishers < 1) {
      throw new MediaError('invalidRequest', 'maxPublishers must be a positive integer');
    }
    const id = String(1000 + this.#nextRoom++);
    const room = new FakeMediaRoom(
      this.#world,
      id,
      options.label,
      options.maxPublishers,
      (r) => this.#rooms.delete(r.id),
      options.onLost,
    );
    this.#rooms.set(id, room);
    return room;
  }

  async ping(): Promise<number> {
    this.#world.check('ping');
    this.assertOpen();
    return this.#pingMs;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#rooms.values()].map((room) => room.destroy()));
  }

  private assertOpen(): void {
    if (this.#closed) throw new MediaError('unavailable', 'fake: media plane is closed');
  }
}
