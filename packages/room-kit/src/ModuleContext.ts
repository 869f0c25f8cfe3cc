import type { ConnectionId, ErrorOf, EventOf, ParticipantId, Protocol, RoomId } from '@plenum/protocol';
import type { Logger } from './Logger.js';
import type { Issuer, Participant, RemovalReason, Role } from './Participant.js';
import type { RoomFact } from './RoomFact.js';
import type { ModulePorts } from './RoomPorts.js';
import type { WaitingPerson, WaitingRoomPolicy } from './WaitingList.js';

/** The settled result of work started with `ctx.spawn`. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** Addressing for `ctx.send`: every connection of a participant, or exactly one connection. */
export type Recipient = { readonly participant: ParticipantId } | { readonly connection: ConnectionId };

/**
 * Who a `broadcast` reaches: every connection of every participant, narrowed by each option given (they combine,
 * e.g. the moderators of one breakout group). The frame is serialised once and written once to all of them.
 */
export interface BroadcastOptions {
  /** Not to this participant (e.g. the one the event is about). */
  readonly except?: ParticipantId;
  /** Only to the participants in this breakout group (`null`: the main room). */
  readonly group?: string | null;
  /** Only to participants holding one of these roles; `moderatorRoles` for owner and moderators. */
  readonly roles?: readonly Role[];
}

/** One move of `moveToGroups`: the participant, and the breakout group they go to (`null`: the main room). */
export interface GroupMove {
  readonly participant: ParticipantId;
  readonly group: string | null;
}

/** Outcome of `ctx.admit`: the person entered, is no longer waiting, or the room has no seat left. */
export type AdmitResult = 'admitted' | 'notWaiting' | 'roomFull';
/** Outcome of `ctx.setRole`. Guests, phone callers and recorders never moderate; the owner stays owner. */
export type SetRoleResult = 'changed' | 'unchanged' | 'unknownParticipant' | 'notEligible' | 'isOwner';
/** Outcome of `ctx.sendToWaitingRoom`. Owner and moderators must be demoted first. */
export type SendBackResult = 'sentBack' | 'unknownParticipant' | 'isModerator';

/** Outcome of the participant controls (`setPermissions`, `rename`, `moveToGroup`). */
export type ControlResult = 'changed' | 'unchanged' | 'unknownParticipant';
/** Outcome of `ctx.remove`: only the meeting's end removes the owner. */
export type RemoveResult = 'removed' | 'unknownParticipant' | 'isOwner';

/** `screen: 'byRole'` forgets a moderator's explicit decision: moderators share, others do not. */
export interface PermissionChange {
  readonly microphone?: boolean;
  readonly screen?: boolean | 'byRole';
}

/**
 * Room-wide rules moderators set: whether participants may rename themselves, and which modules are switched off
 * (their commands are refused to everyone but owner and moderators, with `signaling.moduleSwitchedOff`).
 */
export interface RoomPolicy {
  readonly selfRename: boolean;
  /** Namespaces, sorted. */
  readonly switchedOff: readonly string[];
}

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
  /** The media plane, and this module's records (bound to this room and namespace). */
  readonly ports: ModulePorts;
  now(): number;
  participant(id: ParticipantId): Participant | undefined;
  participants(): Iterable<Participant>;
  /** The participant a live connection belongs to. */
  participantOf(connection: ConnectionId): Participant | undefined;
  send(to: Recipient, event: EventOf<P>): void;
  /** One frame to the connections `options` selects (everyone without options); see `BroadcastOptions`. */
  broadcast(event: EventOf<P>, options?: BroadcastOptions): void;
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

  // ---- roles ----------------------------------------------------------------------------

  /**
   * Inside `onCommand`: aborts the handler unless the issuer is the owner or a moderator,
   * answering the issuer only with `{ error: 'forbidden', required: 'moderator' }`; nobody
   * else learns of the attempt. A module that calls it declares `forbidden` in its protocol
   * (with the `Forbidden` schema), so that the error is part of its documented contract.
   */
  requireModerator(issuer: Issuer): void;
  /**
   * Promotes to or demotes from moderator, at once and in this turn. Every module's
   * `onRoleChange` runs before this returns. The runtime enforces who may hold the role;
   * checking who may *ask* is the calling module's job (`requireModerator`).
   */
  setRole(participant: ParticipantId, role: 'moderator' | 'participant'): SetRoleResult;

  // ---- waiting room (runs every hook in this turn before returning) ---------------------

  /** Who must wait now. */
  waitingRoom(): WaitingRoomPolicy;
  /** Whether guests with a link wait whatever the policy (the room's guest access; see `RoomSettings`). */
  guestLinksWait(): boolean;
  /** Waiting people in arrival order. */
  waiting(): Iterable<WaitingPerson>;
  /** Lets a waiting person in; they join exactly like a direct joiner. */
  admit(id: ParticipantId): AdmitResult;
  /**
   * Turns a waiting person away: they get `core.notAdmitted` and their connections close. A guest who came through a
   * guest link gets its use back and their guest session ends (the host's `guestLinks.giveBack`), unless that session
   * is in the meeting or waiting on another device. Whether they were waiting.
   */
  refuse(id: ParticipantId): boolean;
  /** Moves a participant back to the waiting room: they leave the roster (modules release their state) and wait. */
  sendToWaitingRoom(participant: ParticipantId): SendBackResult;
  /** Changes who must wait; `off` admits everyone who waits (while seats last). */
  setWaitingRoom(policy: WaitingRoomPolicy): void;

  // ---- participant controls (each runs every hook in this turn before returning) --------
  // The runtime only keeps the facts; who may ask is the calling module's check.

  /** Microphone restriction and screen-share permission; every module's `onParticipantUpdated` runs. */
  setPermissions(participant: ParticipantId, change: PermissionChange): ControlResult;
  /**
   * Asks the media side to mute their microphone now (`onForceMute`); they may unmute unless restricted. True when a
   * live microphone was silenced; false when they are not in the room or had nothing to mute (no microphone, muted).
   */
  forceMute(participant: ParticipantId, by: ParticipantId | null): boolean;
  rename(participant: ParticipantId, displayName: string): ControlResult;
  /** Moves a participant to a breakout group (`null`: back to the main room). */
  moveToGroup(participant: ParticipantId, group: string | null): ControlResult;
  /**
   * Moves many participants at once (opening or closing breakout rooms): all moves are applied first, then every
   * module hears of each participant whose group changed once, in one `onParticipantsUpdated` (so core can tell
   * everyone in one frame) or, without that hook, one `onParticipantUpdated` each. A participant listed twice ends in
   * the later group. Returns one result per move, in order, as `moveToGroup` would have answered at that point.
   */
  moveToGroups(moves: readonly GroupMove[]): ControlResult[];
  /**
   * Takes a participant out: they get `core.removed { reason, by }`, their connections close, the others see
   * `participantLeft` with `removed`. `banned` is for the person, not the device: every participant of the same
   * identity (their other devices) and anyone of it in the waiting room goes too, and the identity is refused for the
   * rest of the meeting. The owner is removed only by `endMeeting` (`isOwner` also when one of the identity's
   * participants is the owner).
   */
  remove(
    participant: ParticipantId,
    reason: Exclude<RemovalReason, 'meetingEnded'>,
    by: ParticipantId | null,
  ): RemoveResult;
  /** Everyone leaves with `meetingEnded` (waiting people too); the room then closes. */
  endMeeting(by: ParticipantId | null): void;
  roomPolicy(): RoomPolicy;
  /** Changes the room policy; every module's `onPolicyChanged` runs when something changed. */
  setRoomPolicy(change: Partial<RoomPolicy>): void;
  /** Tells every other module of this room a fact (their `onRoomFact`), in a later turn of the room. */
  tellRoom(fact: RoomFact): void;
}
