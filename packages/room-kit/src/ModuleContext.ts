import type { ConnectionId, ErrorOf, EventOf, ParticipantId, Protocol, RoomId } from '@plenum/protocol';
import type { Logger } from './Logger.js';
import type { Participant } from './Participant.js';
import type { RoomPorts } from './RoomPorts.js';

/** The settled result of work started with `ctx.spawn`. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** Addressing for `ctx.send`: every connection of a participant, or exactly one connection. */
export type Recipient = { readonly participant: ParticipantId } | { readonly connection: ConnectionId };

export interface TimerHandle {
  cancel(): void;
}

/**
 * A module's only view of the world. Everything a handler does goes through it, so the
 * runtime can keep the room serial and tests can observe everything a module did.
 *
 * L is the module's loopback event type: the results of spawned work and timers come back
 * to `onLoopback` as values of L, handled in order with every other room event.
 */
export interface ModuleContext<P extends Protocol, L> {
  readonly roomId: RoomId;
  readonly log: Logger;
  readonly ports: RoomPorts;
  now(): number;
  participant(id: ParticipantId): Participant | undefined;
  participants(): Iterable<Participant>;
  /** The participant a live connection belongs to. */
  participantOf(connection: ConnectionId): Participant | undefined;
  send(to: Recipient, event: EventOf<P>): void;
  /** To every connection of every participant, except those of `except`. */
  broadcast(event: EventOf<P>, options?: { readonly except?: ParticipantId }): void;
  /** Answers a connection with an error outside a command handler (e.g. after async work failed). */
  sendError(to: ConnectionId, error: ErrorOf<P>, commandId?: string): void;
  /** Inside `onCommand`: aborts the handler and answers the issuer only with this error. */
  reject(error: ErrorOf<P>): never;
  /**
   * Starts async work; its outcome is mapped to a loopback event and handled serially later.
   * Mapping to `undefined` means the outcome needs no handling.
   */
  spawn<T>(work: Promise<T>, then: (outcome: Outcome<T>) => L | undefined): void;
  /** Delivers `event` to `onLoopback` after `ms` milliseconds of the room's clock. */
  after(ms: number, event: L): TimerHandle;
  /** Queues an event from an outside callback (e.g. a media event listener) into the room. */
  inbox(): (event: L) => void;
  /** Ends one connection on purpose; the participant leaves when it was their last. */
  disconnect(connection: ConnectionId, reason: 'left' | 'removed'): void;
}
