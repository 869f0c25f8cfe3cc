import type { CommandOf, ConnectionId, JoinStateOf, Protocol } from '@plenum/protocol';
import type { ModuleContext, RoomPolicy } from './ModuleContext.js';
import type { Issuer, LeaveReason, Participant, ParticipantChange, ParticipantUpdate, Role } from './Participant.js';
import type { RoomFact } from './RoomFact.js';
import type { WaitingEnd, WaitingPerson, WaitingRoomPolicy } from './WaitingList.js';

/** Per-room facts a module's `init` may use to decide whether it is on, and how. */
export interface RoomSettings {
  readonly maxParticipants: number;
  /** Who must wait for admission when the room starts; `off` when absent. Moderators can change it. */
  readonly waitingRoom?: WaitingRoomPolicy;
  /**
   * The room's public chat is kept beyond the meeting for this many days (the tenant turned keeping it on);
   * absent: chat ends with the meeting.
   */
  readonly keepChatDays?: number;
  /**
   * Guests who come through one of the room's links wait for a moderator whatever the policy (the room's guest access
   * is "through the waiting room"); false when absent. The host can change it while the meeting runs.
   */
  readonly guestLinksWait?: boolean;
  /** The tenant's name: the issuing body on the room's generated records (vote reports); absent: `Plenum`. */
  readonly tenantName?: string;
  /** The language of the room's generated records (vote reports) by the tenant's choice; absent: German. */
  readonly language?: 'de' | 'en';
}

/**
 * One signalling module: one feature. Hooks are synchronous over the module's state; async
 * work goes through `ctx.spawn` and comes back through `onLoopback`.
 */
export interface ModuleInstance<P extends Protocol, L> {
  /** A participant entered the room (first connection). */
  onJoin?(participant: Participant): void;
  /** A connection attached (first, additional device, or resumed); returns its join state. */
  onConnect?(connection: ConnectionId, participant: Participant): JoinStateOf<P> | undefined;
  /** A connection is gone (dropped or left). The participant may still have others. */
  onDisconnect?(connection: ConnectionId, participant: Participant): void;
  /** The participant's presence changed (a reconnect grace period began or ended). */
  onPresence?(participant: Participant): void;
  /** The participant left the room. */
  onLeave?(participant: Participant, reason: LeaveReason): void;
  /** The participant's role changed (promoted or demoted); `participant.role` is the new one. */
  onRoleChange?(participant: Participant, previous: Role): void;
  /**
   * Waiting-room hooks: only a module that shows waiting people to moderators implements
   * them. Waiting people are not participants, and no other hook ever sees them.
   */
  /**
   * Something about a participant changed through the runtime (role, name, permissions, group); `change` holds the
   * previous values of exactly what changed. Runs after `onRoleChange` for role changes.
   */
  onParticipantUpdated?(participant: Participant, change: ParticipantChange): void;
  /**
   * The same as `onParticipantUpdated`, for a module that wants every change of one runtime operation at once (a
   * `moveToGroups` of 250 people) to tell clients in one frame. When present, the runtime calls it *instead of*
   * `onParticipantUpdated` for every change, a single one as a list of one. Every participant in the list already
   * has its new values when it runs.
   */
  onParticipantsUpdated?(updates: readonly ParticipantUpdate[]): void;
  /** A moderator muted this participant's microphone (the media module enforces it); `by` null: the system. */
  /** Returns true when it silenced a microphone that was live (false or nothing: there was nothing to mute). */
  onForceMute?(participant: Participant, by: Participant | null): boolean | undefined;
  /** The room policy changed (self-renaming, switched-off modules). */
  onPolicyChanged?(policy: RoomPolicy, previous: RoomPolicy): void;
  onWaitingStarted?(person: WaitingPerson): void;
  onWaitingEnded?(person: WaitingPerson, how: WaitingEnd): void;
  /** A moderator changed who must wait (turning it off has already admitted everyone). */
  onWaitingRoomChanged?(policy: WaitingRoomPolicy): void;
  /** The owner changed whether guests with a link wait whatever the policy (see `RoomSettings.guestLinksWait`). */
  onGuestLinksWaitChanged?(wait: boolean): void;
  /**
   * Whether any owner or moderator is in the room changed: the last one left, was removed or stepped down (false), or
   * the first one arrived or was made moderator (true). Waiting people have already been told. Not while the meeting
   * ends or the room closes.
   */
  onModeratorPresence?(present: boolean): void;
  /** Another module of this room told a fact (`ctx.tellRoom`); the teller itself is not told. */
  onRoomFact?(fact: RoomFact): void;
  onCommand?(command: CommandOf<P>, from: Issuer): void;
  onLoopback?(event: L): void;
  /**
   * The room closes: its meeting `ended` (the last one left, a moderator ended it, the time limit), or the server shuts
   * down (`shutdown`: it may well open again in a moment, like after a crash). Returned work is awaited (with a
   * deadline) before the room is gone.
   */
  onClose?(reason: RoomCloseReason): Promise<void> | undefined;
}

export interface ModuleDefinition<P extends Protocol, L = never> {
  readonly protocol: P;
  /** Creates the module for one room, or returns undefined when it is off for this room. */
  init(ctx: ModuleContext<P, L>, settings: RoomSettings): ModuleInstance<P, L> | undefined;
}

/** A definition whose protocol and loopback types are erased, for the registry list. */
export type AnyModuleDefinition = ModuleDefinition<Protocol, unknown>;

export function defineModule<P extends Protocol, L = never>(
  definition: ModuleDefinition<P, L>,
): ModuleDefinition<P, L> {
  return definition;
}

/** Why a room closes (see `Module.onClose`). */
export type RoomCloseReason = 'ended' | 'shutdown';
