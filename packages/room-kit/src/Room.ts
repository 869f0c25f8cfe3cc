import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CommandEnvelope, ConnectionId, ParticipantId, Protocol, RoomId } from '@plenum/protocol';
import { toIssues } from '@plenum/protocol';
import type { Clock } from './Clock.js';
import type { Logger } from './Logger.js';
import type { AnyModuleDefinition, ModuleInstance, RoomCloseReason, RoomSettings } from './Module.js';
import type {
  AdmitResult,
  ControlResult,
  GroupMove,
  ModuleContext,
  Outcome,
  PermissionChange,
  Recipient,
  RemoveResult,
  RoomPolicy,
  SendBackResult,
  SetRoleResult,
  TimerHandle,
} from './ModuleContext.js';
import { FatalModuleError, ModuleError } from './ModuleError.js';
import {
  type Issuer,
  isModerator,
  type LeaveReason,
  mayModerate,
  type Participant,
  type ParticipantChange,
  type ParticipantKind,
  type ParticipantUpdate,
  type Permissions,
  type RemovalReason,
  type Role,
} from './Participant.js';
import { noRoomAttendance } from './RoomAttendance.js';
import { type GuestLinkRef, noRoomGuestLinks } from './RoomGuestLinks.js';
import type { RoomPorts } from './RoomPorts.js';
import { recordsFor } from './RoomRecords.js';
import type { RoomTransport } from './RoomTransport.js';
import { effectivePermissions, type ParticipantRecord, Roster } from './Roster.js';
import { mustWait, type WaitingEnd, WaitingList, type WaitingPerson, type WaitingRoomPolicy } from './WaitingList.js';

export interface RoomOptions {
  readonly roomId: RoomId;
  /** The explicit registry, in order: hooks run in this order, and `core` must come first. */
  readonly modules: readonly AnyModuleDefinition[];
  readonly transport: RoomTransport;
  readonly clock: Clock;
  readonly log: Logger;
  readonly ports: RoomPorts;
  readonly settings: RoomSettings;
  readonly reconnectGraceMs: number;
  /** Called (inside the room's turn) when the last participant has left. */
  readonly onEmpty?: () => void;
}

export interface JoinRequest {
  readonly displayName: string;
  /** Decided by the host (identity, room ownership, guest link); the room trusts it. */
  readonly role: Role;
  readonly kind: ParticipantKind;
  /** The account behind this person (`users.id`), when they signed in; guests and phone callers have none. */
  readonly userId?: string | undefined;
  /**
   * Who this is across joins, as the host knows it (the account, or the guest's session): a ban refers to it.
   * Without one, every join counts as someone new.
   */
  readonly identity?: string | undefined;
  /**
   * The host requires this person to wait for a moderator whatever the room's policy (e.g. a guest link that goes
   * through the waiting room). Owner and moderators never wait; turning the waiting room off still admits them.
   */
  readonly mustWait?: boolean | undefined;
  /** The guest link a guest came through, from their ticket; never sent to any client. */
  readonly guestLink?: GuestLinkRef | undefined;
  readonly resume?: { readonly participantId: ParticipantId; readonly secret: string } | undefined;
  readonly commandId?: string | undefined;
}

type AnyInstance = ModuleInstance<Protocol, unknown>;

interface ModuleEntry {
  readonly ns: string;
  readonly protocol: Protocol;
  instance: AnyInstance | undefined;
  /** Set when the module failed fatally in this room. */
  disabled: boolean;
}

/** How long someone turned away from the waiting room must wait before knocking again. */
const REJECTED_COOLDOWN_MS = 5 * 60_000;

const newId = (): string => randomBytes(16).toString('base64url');

/**
 * The room actor. Everything that happens to a room (joins, commands, disconnects, timers,
 * results of async work) is a task on one queue, run one at a time in order. Handlers are
 * synchronous, so no two commands ever interleave; async work re-enters as loopback tasks.
 */
export class Room {
  readonly id: RoomId;
  readonly #o: RoomOptions;
  readonly #roster = new Roster();
  /** People who asked to join but must wait for a moderator; they are not in the roster. */
  readonly #waiting = new WaitingList();
  #policy: WaitingRoomPolicy;
  /** Identities banned for the rest of this meeting. */
  readonly #banned = new Set<string>();
  /** Whether an owner or moderator is in the roster; waiting people and modules hear when it changes. */
  #moderatorPresent = false;
  /** Guests who come through one of the room's links wait whatever the policy (the room's guest access). */
  #guestLinksWait: boolean;
  /** True while `endMeeting` takes everyone out: nobody needs to hear that the moderators are gone. */
  #ending = false;
  /** Identities a moderator turned away from the waiting room, and until when they may not knock again. */
  readonly #rejected = new Map<string, number>();
  #roomPolicy: RoomPolicy = { selfRename: true, switchedOff: [] };
  readonly #modules: ModuleEntry[] = [];
  readonly #byNs = new Map<string, ModuleEntry>();
  readonly #queue: (() => void)[] = [];
  readonly #timers = new Set<TimerHandle>();
  #draining = false;
  #closed = false;
  #closing = false;
  #pending = 0;
  #idleWaiters: (() => void)[] = [];

  constructor(options: RoomOptions) {
    this.id = options.roomId;
    this.#o = options;
    this.#policy = options.settings.waitingRoom ?? 'off';
    this.#guestLinksWait = options.settings.guestLinksWait ?? false;
    for (const def of options.modules) {
      const entry: ModuleEntry = { ns: def.protocol.ns, protocol: def.protocol, instance: undefined, disabled: false };
      this.#modules.push(entry);
      this.#byNs.set(entry.ns, entry);
    }
    this.#enqueue(() => {
      for (const [i, def] of options.modules.entries()) {
        const entry = this.#modules[i];
        if (!entry) continue;
        this.#guard(entry, undefined, () => {
          entry.instance = def.init(this.#contextFor(entry), options.settings);
        });
      }
    });
  }

  get participantCount(): number {
    return this.#roster.size;
  }

  get connectionCount(): number {
    return this.#roster.connections({}).length;
  }

  /** Who must wait for admission right now (moderators may have changed it in the meeting). */
  get waitingRoomPolicy(): WaitingRoomPolicy {
    return this.#policy;
  }

  /** How many people wait for admission. */
  get waitingCount(): number {
    return this.#waiting.size;
  }

  /** Whether an owner or moderator is in the meeting (one whose connection dropped counts until their grace ends). */
  get moderatorPresent(): boolean {
    return this.#moderatorPresent;
  }

  /**
   * Whether a moderator banned this identity (`user:<id>`, `guest:<session hash>`) for the rest of this meeting: the
   * host refuses it an entry ticket, and the room refuses its joins.
   */
  isBanned(identity: string): boolean {
    return this.#banned.has(identity);
  }

  /** True once `close` was called: the room takes no new joins. */
  get closed(): boolean {
    return this.#closed || this.#closing;
  }

  /** A connection asks to join, or (with `resume`) to take back its participant. */
  join(connection: ConnectionId, request: JoinRequest): void {
    this.#enqueue(() => this.#join(connection, request));
  }

  /** A parsed envelope from a joined connection; the module's schema is applied here. */
  command(connection: ConnectionId, frame: CommandEnvelope): void {
    this.#enqueue(() => this.#command(connection, frame));
  }

  /** The owner changed the room's waiting-room setting outside the meeting (REST); `off` admits everyone waiting. */
  setWaitingRoom(policy: WaitingRoomPolicy): void {
    this.#enqueue(() => {
      if (policy !== this.#policy) this.#setWaitingRoom(policy);
    });
  }

  /**
   * The owner changed the room's guest access outside the meeting (REST): whether guests with a link wait whatever the
   * policy. Their tickets already say so; this keeps what moderators are shown true.
   */
  setGuestLinksWait(wait: boolean): void {
    this.#enqueue(() => {
      if (wait === this.#guestLinksWait) return;
      this.#guestLinksWait = wait;
      this.#o.log.info({ guestLinksWait: wait }, 'guest access changed');
      this.#hook((m) => m.onGuestLinksWaitChanged?.(wait));
    });
  }

  /** The connection dropped without a leave: the grace period starts if it was the last one. */
  disconnect(connection: ConnectionId): void {
    this.#enqueue(() => this.#detach(connection, 'dropped'));
  }

  /** A participant of the room, read-only (for the host and tests), or undefined. */
  participant(id: ParticipantId): Participant | undefined {
    return this.#roster.get(id);
  }

  /** Whether the connection currently belongs to a participant of this room (not a waiting person). */
  has(connection: ConnectionId): boolean {
    return this.#roster.ofConnection(connection) !== undefined;
  }

  /** Whether the connection belongs to someone in the waiting room. */
  isWaiting(connection: ConnectionId): boolean {
    return this.#waiting.ofConnection(connection) !== undefined;
  }

  /**
   * Closes the room: every participant leaves with `roomClosed`, modules release their
   * resources (awaited up to `deadlineMs`), connections are closed. Idempotent.
   */
  async close(deadlineMs = 5000, reason: RoomCloseReason = 'ended'): Promise<void> {
    if (this.#closed || this.#closing) return;
    // Closing is decided now, even when called from inside a room turn: from here on the host
    // must not hand this room new joins (`closed` is true), and the work of the modules'
    // `onClose` is awaited once the close task has actually run.
    this.#closing = true;
    const work: Promise<void>[] = [];
    let ran: () => void = () => {};
    const closeTaskRan = new Promise<void>((resolve) => {
      ran = resolve;
    });
    this.#enqueue(() => {
      for (const p of [...this.#roster.values()]) {
        for (const c of p.connections) this.#o.transport.close(c, 'roomClosed');
        this.#leave(p, 'roomClosed');
      }
      for (const w of [...this.#waiting.values()]) {
        for (const c of w.connections) this.#o.transport.close(c, 'roomClosed');
        this.#waiting.remove(w.id);
        this.#hook((m) => m.onWaitingEnded?.(w, 'roomClosed'));
      }
      for (const entry of this.#modules) {
        const instance = entry.instance;
        if (!instance || entry.disabled) continue;
        this.#guard(entry, undefined, () => {
          const done = instance.onClose?.(reason);
          if (done)
            work.push(done.catch((e: unknown) => this.#o.log.error({ err: e, module: entry.ns }, 'close failed')));
        });
      }
      this.#closed = true;
      for (const t of this.#timers) t.cancel();
      ran();
    });
    await closeTaskRan;
    if (work.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, deadlineMs);
    });
    await Promise.race([Promise.all(work).then(() => undefined), deadline]);
    clearTimeout(timer);
  }

  /** True when no task is queued and no spawned work is outstanding. */
  get isIdle(): boolean {
    return this.#pending === 0 && this.#queue.length === 0;
  }

  /** Resolves when no task is queued and no spawned work is outstanding (for tests and shutdown). */
  idle(): Promise<void> {
    if (this.#pending === 0 && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  // ---- the actor loop -------------------------------------------------------------------

  #enqueue(task: () => void): void {
    if (this.#closed) return;
    this.#queue.push(task);
    if (this.#draining) return;
    this.#draining = true;
    try {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) {
        try {
          next();
        } catch (e) {
          this.#o.log.error({ err: e }, 'room task failed');
        }
      }
    } finally {
      this.#draining = false;
    }
    this.#notifyIdle();
  }

  #notifyIdle(): void {
    if (this.#pending !== 0 || this.#queue.length !== 0) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const w of waiters) w();
  }

  // ---- lifecycle ------------------------------------------------------------------------

  #join(connection: ConnectionId, request: JoinRequest): void {
    if (this.#roster.ofConnection(connection)) {
      this.#emit([connection], { ns: 'core', id: request.commandId, error: 'alreadyJoined' });
      return;
    }
    if (this.#waiting.ofConnection(connection)) {
      this.#emit([connection], { ns: 'core', id: request.commandId, error: 'stillWaiting' });
      return;
    }
    if (request.resume) {
      const record = this.#roster.get(request.resume.participantId);
      if (!record || !sameSecret(record.resumeSecret, request.resume.secret)) {
        this.#emit([connection], { ns: 'core', id: request.commandId, error: 'resumeRejected' });
        return;
      }
      this.#roster.attach(record, connection);
      record.graceTimer?.cancel();
      record.graceTimer = undefined;
      if (record.presence !== 'online') {
        record.presence = 'online';
        this.#hook((m) => m.onPresence?.(record));
      }
      this.#o.log.info({ participant: record.id, connection }, 'participant resumed');
      this.#sendJoined(connection, record, true);
      return;
    }
    const identity = request.identity ?? `participant:${newId()}`;
    if (this.#banned.has(identity)) {
      this.#emit([connection], { ns: 'core', id: request.commandId, error: 'banned' });
      return;
    }
    if ((this.#rejected.get(identity) ?? 0) > this.#o.clock.now()) {
      // Turned away a moment ago: knocking again at once would only pester the moderators.
      this.#emit([connection], { ns: 'core', event: 'notAdmitted', reason: 'rejected' });
      this.#o.transport.close(connection, 'rejected');
      return;
    }
    const waits =
      mustWait(this.#policy, request.role, request.kind) ||
      (request.mustWait === true && mustWait('everyone', request.role, request.kind));
    // Waiting takes no seat, but the list is capped like the room so that it cannot grow without bound.
    if ((waits ? this.#waiting.size : this.#roster.size) >= this.#o.settings.maxParticipants) {
      this.#emit([connection], {
        ns: 'core',
        id: request.commandId,
        error: 'roomFull',
        maxParticipants: this.#o.settings.maxParticipants,
      });
      return;
    }
    const person: WaitingPerson = {
      id: newId() as ParticipantId,
      displayName: request.displayName,
      role: request.role,
      kind: request.kind,
      userId: request.userId ?? null,
      identity,
      ...(request.guestLink === undefined ? {} : { guestLink: request.guestLink }),
      since: this.#o.clock.now(),
      sentBack: false,
      connections: [connection],
    };
    if (waits) this.#startWaiting(person);
    else this.#enter(person);
  }

  /** Puts someone into the roster (a direct join or an admission) and hands each connection its join state. */
  #enter(person: WaitingPerson): void {
    const [first, ...more] = person.connections;
    if (!first) return;
    const record = this.#roster.add(
      {
        id: person.id,
        displayName: person.displayName,
        role: person.role,
        kind: person.kind,
        userId: person.userId,
        identity: person.identity,
        ...(person.guestLink === undefined ? {} : { guestLink: person.guestLink }),
        joinedAt: this.#o.clock.now(),
        resumeSecret: randomBytes(24).toString('base64url'),
      },
      first,
    );
    for (const c of more) this.#roster.attach(record, c);
    this.#o.log.info({ participant: record.id, connection: first, kind: record.kind }, 'participant joined');
    this.#hook((m) => m.onJoin?.(record));
    for (const c of record.connections) this.#sendJoined(c, record, false);
    this.#checkModerators();
  }

  /**
   * After anything that may change whether a moderator is here (a join, a leave, a role change): when it did, waiting
   * people are told at once (they are not participants, so the runtime speaks to them) and every module hears it.
   * Not while the meeting ends or the room closes: everyone is leaving anyway.
   */
  #checkModerators(): void {
    if (this.#ending || this.#closing) return;
    let present = false;
    for (const p of this.#roster.values()) if (isModerator(p.role)) present = true;
    if (present === this.#moderatorPresent) return;
    this.#moderatorPresent = present;
    this.#o.log.info({ moderatorPresent: present }, present ? 'a moderator is here' : 'no moderator is here');
    for (const w of this.#waiting.values())
      this.#emit(w.connections, { ns: 'core', event: 'moderatorPresence', present });
    this.#hook((m) => m.onModeratorPresence?.(present));
  }

  // ---- waiting room ---------------------------------------------------------------------

  #startWaiting(person: WaitingPerson): void {
    const record = this.#waiting.add(person);
    this.#o.log.info({ participant: record.id, kind: record.kind, sentBack: record.sentBack }, 'waiting');
    for (const c of record.connections)
      this.#emit([c], {
        ns: 'core',
        event: 'waiting',
        participantId: record.id,
        connectionId: c,
        sentBack: record.sentBack,
        moderatorPresent: this.#moderatorPresent,
      });
    this.#hook((m) => m.onWaitingStarted?.(record));
  }

  /** Ends someone's wait without letting them in; the room may be empty afterwards. */
  #stopWaiting(person: WaitingPerson, how: Exclude<WaitingEnd, 'admitted' | 'roomClosed'>): void {
    this.#waiting.remove(person.id);
    this.#o.log.info({ participant: person.id, how }, 'stopped waiting');
    this.#hook((m) => m.onWaitingEnded?.(person, how));
    this.#checkEmpty();
  }

  #admit(id: ParticipantId): AdmitResult {
    const person = this.#waiting.get(id);
    if (!person) return 'notWaiting';
    if (this.#roster.size >= this.#o.settings.maxParticipants) return 'roomFull';
    this.#waiting.remove(id);
    this.#hook((m) => m.onWaitingEnded?.(person, 'admitted'));
    this.#enter(person);
    return 'admitted';
  }

  #refuse(id: ParticipantId): boolean {
    const person = this.#waiting.get(id);
    if (!person) return false;
    this.#rejected.set(person.identity, this.#o.clock.now() + REJECTED_COOLDOWN_MS);
    for (const c of person.connections) {
      this.#emit([c], { ns: 'core', event: 'notAdmitted', reason: 'rejected' });
      this.#o.transport.close(c, 'rejected');
    }
    this.#stopWaiting(person, 'rejected');
    this.#giveBackUse(person);
    return true;
  }

  /**
   * A guest turned away from the waiting room was let in by nobody: their link gets its use back and their guest
   * session ends (the host's `giveBack`), unless that session is still in the meeting or waiting on another device.
   */
  #giveBackUse(person: WaitingPerson): void {
    if (person.guestLink === undefined) return;
    const { identity } = person;
    for (const p of this.#roster.values()) if (p.identity === identity) return;
    for (const w of this.#waiting.values()) if (w.identity === identity) return;
    const guestLinks = this.#o.ports.guestLinks ?? noRoomGuestLinks;
    this.#pending++;
    guestLinks
      .giveBack(identity)
      .catch((err: unknown) => this.#o.log.error({ err, participant: person.id }, 'giving back a link use failed'))
      .finally(() => {
        this.#pending--;
        this.#notifyIdle();
      });
  }

  #sendToWaitingRoom(id: ParticipantId): SendBackResult {
    const record = this.#roster.get(id);
    if (!record) return 'unknownParticipant';
    if (isModerator(record.role)) return 'isModerator';
    const connections = [...record.connections];
    for (const c of connections) {
      this.#roster.detach(c);
      this.#hook((m) => m.onDisconnect?.(c, record));
    }
    this.#leave(record, 'sentToWaitingRoom');
    if (connections.length === 0) {
      this.#checkEmpty();
      return 'sentBack';
    }
    const { displayName, role, kind, userId, identity, guestLink } = record;
    this.#startWaiting({
      id,
      displayName,
      role,
      kind,
      userId,
      identity,
      ...(guestLink === undefined ? {} : { guestLink }),
      since: this.#o.clock.now(),
      sentBack: true,
      connections,
    });
    return 'sentBack';
  }

  #setWaitingRoom(policy: WaitingRoomPolicy): void {
    this.#policy = policy;
    this.#o.log.info({ policy }, 'waiting room changed');
    // Only turning it off lets people in: someone a moderator sent back stays back when the
    // policy merely narrows from everyone to guests.
    if (policy === 'off') for (const person of [...this.#waiting.values()]) this.#admit(person.id);
    this.#hook((m) => m.onWaitingRoomChanged?.(policy));
  }

  #setRole(id: ParticipantId, role: 'moderator' | 'participant'): SetRoleResult {
    const record = this.#roster.get(id);
    if (!record) return 'unknownParticipant';
    if (record.role === 'owner') return 'isOwner';
    if (role === 'moderator' && !mayModerate(record)) return 'notEligible';
    if (record.role === role || (role === 'participant' && record.role !== 'moderator')) return 'unchanged';
    const previous = record.role;
    const permissions = record.permissions;
    record.role = role;
    record.permissions = effectivePermissions(role, record.screenGrant, record.microphoneAllowed);
    this.#o.log.info({ participant: id, role, previous }, 'role changed');
    this.#hook((m) => m.onRoleChange?.(record, previous));
    this.#updated(record, {
      role: previous,
      ...(samePermissions(permissions, record.permissions) ? {} : { permissions }),
    });
    this.#checkModerators();
    return 'changed';
  }

  // ---- participant controls (moderation, breakout; each runs every hook before returning) ---

  #updated(record: ParticipantRecord, change: ParticipantChange): void {
    this.#updatedAll([{ participant: record, change }]);
  }

  /** Module by module: the whole list to `onParticipantsUpdated`, or each change to `onParticipantUpdated`. */
  #updatedAll(updates: readonly ParticipantUpdate[]): void {
    if (updates.length === 0) return;
    for (const entry of this.#modules) {
      const instance = entry.instance;
      if (!instance || entry.disabled) continue;
      if (instance.onParticipantsUpdated) {
        this.#guard(entry, undefined, () => instance.onParticipantsUpdated?.(updates));
        continue;
      }
      for (const { participant, change } of updates)
        if (!entry.disabled) this.#guard(entry, undefined, () => instance.onParticipantUpdated?.(participant, change));
    }
  }

  #setPermissions(id: ParticipantId, change: PermissionChange): ControlResult {
    const record = this.#roster.get(id);
    if (!record) return 'unknownParticipant';
    if (change.microphone !== undefined) record.microphoneAllowed = change.microphone;
    if (change.screen !== undefined) record.screenGrant = change.screen === 'byRole' ? null : change.screen;
    const previous = record.permissions;
    const next = effectivePermissions(record.role, record.screenGrant, record.microphoneAllowed);
    if (samePermissions(previous, next)) return 'unchanged';
    record.permissions = next;
    this.#o.log.info({ participant: id, permissions: next }, 'permissions changed');
    this.#updated(record, { permissions: previous });
    return 'changed';
  }

  #rename(id: ParticipantId, displayName: string): ControlResult {
    const record = this.#roster.get(id);
    if (!record) return 'unknownParticipant';
    if (record.displayName === displayName) return 'unchanged';
    const previous = record.displayName;
    record.displayName = displayName;
    this.#o.log.info({ participant: id }, 'renamed');
    this.#updated(record, { displayName: previous });
    return 'changed';
  }

  /** Applies every move, then tells the modules once per participant whose group ended up different. */
  #moveToGroups(moves: readonly GroupMove[]): ControlResult[] {
    const before = new Map<ParticipantRecord, string | null>();
    const results = moves.map(({ participant, group }): ControlResult => {
      const record = this.#roster.get(participant);
      if (!record) return 'unknownParticipant';
      if (record.group === group) return 'unchanged';
      if (!before.has(record)) before.set(record, record.group);
      record.group = group;
      return 'changed';
    });
    const updates: ParticipantUpdate[] = [];
    for (const [record, previous] of before)
      if (record.group !== previous) updates.push({ participant: record, change: { group: previous } });
    const [only] = updates;
    if (updates.length === 1 && only)
      this.#o.log.info({ participant: only.participant.id, group: only.participant.group }, 'moved to group');
    else if (updates.length > 1) this.#o.log.info({ moved: updates.length }, 'moved to groups');
    this.#updatedAll(updates);
    return results;
  }

  #forceMute(id: ParticipantId, by: ParticipantId | null): boolean {
    const record = this.#roster.get(id);
    if (!record) return false;
    const issuer = by === null ? null : (this.#roster.get(by) ?? null);
    let silenced = false;
    this.#hook((m) => {
      if (m.onForceMute?.(record, issuer) === true) silenced = true;
    });
    return silenced;
  }

  /**
   * Takes someone out of the meeting: they are told why, their connections close, the others see them leave. A ban is
   * for the person, not the device: every participant of that identity goes (each device joined as a participant of
   * its own), and so does anyone of that identity in the waiting room.
   */
  #remove(id: ParticipantId, reason: RemovalReason, by: ParticipantId | null): RemoveResult {
    const record = this.#roster.get(id);
    if (!record) return 'unknownParticipant';
    if (record.role === 'owner' && reason !== 'meetingEnded') return 'isOwner';
    if (reason !== 'banned') {
      this.#takeOut(record, reason, by);
      return 'removed';
    }
    const { identity } = record;
    const others = [...this.#roster.values()].filter((p) => p !== record && p.identity === identity);
    if (others.some((p) => p.role === 'owner')) return 'isOwner';
    this.#banned.add(identity);
    for (const p of [record, ...others]) this.#takeOut(p, 'banned', by);
    for (const w of [...this.#waiting.values()]) if (w.identity === identity) this.#dismissWaiting(w, 'banned', by);
    return 'removed';
  }

  #takeOut(record: ParticipantRecord, reason: RemovalReason, by: ParticipantId | null): void {
    const id = record.id;
    const connections = [...record.connections];
    for (const c of connections) {
      this.#emit([c], { ns: 'core', event: 'removed', reason, ...(by === null ? {} : { by }) });
      this.#o.transport.close(c, reason);
      this.#roster.detach(c);
      this.#hook((m) => m.onDisconnect?.(c, record));
    }
    this.#o.log.info({ participant: id, reason }, 'participant removed');
    // The meeting's end takes everyone out: that is the room closing, not one person removed (said to nobody).
    this.#leave(record, reason === 'meetingEnded' ? 'roomClosed' : 'removed');
  }

  /** Sends someone away from the waiting room for good (a ban, the meeting's end): told why, connections closed. */
  #dismissWaiting(person: WaitingPerson, reason: 'banned' | 'meetingEnded', by: ParticipantId | null): void {
    for (const c of person.connections) {
      this.#emit([c], { ns: 'core', event: 'removed', reason, ...(by === null ? {} : { by }) });
      this.#o.transport.close(c, reason);
    }
    this.#stopWaiting(person, 'left');
  }

  /** Everyone leaves (waiting people too); the room is then empty and closes. */
  #endMeeting(by: ParticipantId | null): void {
    this.#o.log.info({ by }, 'meeting ended by a moderator');
    this.#ending = true;
    try {
      for (const w of [...this.#waiting.values()]) this.#dismissWaiting(w, 'meetingEnded', by);
      for (const p of [...this.#roster.values()]) this.#remove(p.id, 'meetingEnded', by);
    } finally {
      this.#ending = false;
      // Everyone is gone, moderators too; said to nobody.
      this.#moderatorPresent = false;
    }
    this.#checkEmpty();
  }

  #setRoomPolicy(change: Partial<RoomPolicy>): void {
    const previous = this.#roomPolicy;
    const next: RoomPolicy = {
      selfRename: change.selfRename ?? previous.selfRename,
      switchedOff: change.switchedOff ? [...new Set(change.switchedOff)].sort() : previous.switchedOff,
    };
    if (next.selfRename === previous.selfRename && next.switchedOff.join() === previous.switchedOff.join()) return;
    this.#roomPolicy = next;
    this.#o.log.info({ policy: next }, 'room policy changed');
    this.#hook((m) => m.onPolicyChanged?.(next, previous));
  }

  #checkEmpty(): void {
    if (this.#roster.size === 0 && this.#waiting.size === 0) this.#o.onEmpty?.();
  }

  #sendJoined(connection: ConnectionId, record: ParticipantRecord, resumed: boolean): void {
    const states: Record<string, unknown> = {};
    let core: object = {};
    for (const entry of this.#modules) {
      const instance = entry.instance;
      if (!instance || entry.disabled || !instance.onConnect) continue;
      this.#guard(entry, undefined, () => {
        const state = instance.onConnect?.(connection, record);
        if (state === undefined) return;
        if (entry.ns === 'core') core = state as object;
        else states[entry.ns] = state;
      });
    }
    this.#emit([connection], {
      ns: 'core',
      event: 'joined',
      participantId: record.id,
      connectionId: connection,
      resumed,
      resume: { participantId: record.id, secret: record.resumeSecret },
      reconnectGraceSeconds: Math.round(this.#o.reconnectGraceMs / 1000),
      ...core,
      modules: states,
    });
  }

  /** A connection ends: dropped (grace period) or on purpose (leave now if it was the last). */
  #detach(connection: ConnectionId, how: 'dropped' | 'left' | 'removed'): void {
    const waiting = this.#waiting.detach(connection);
    if (waiting) {
      if (waiting.last) this.#stopWaiting(waiting.person, 'left');
      return;
    }
    const record = this.#roster.detach(connection);
    if (!record) return;
    this.#o.log.info({ participant: record.id, connection, how }, 'connection ended');
    this.#hook((m) => m.onDisconnect?.(connection, record));
    if (record.connections.length > 0) return;
    if (how !== 'dropped') {
      this.#leave(record, how);
      return;
    }
    record.presence = 'reconnecting';
    this.#hook((m) => m.onPresence?.(record));
    record.graceTimer = this.#timer(this.#o.reconnectGraceMs, () => {
      record.graceTimer = undefined;
      if (record.connections.length === 0 && this.#roster.get(record.id) === record) this.#leave(record, 'timedOut');
    });
  }

  #leave(record: ParticipantRecord, reason: LeaveReason): void {
    record.graceTimer?.cancel();
    record.graceTimer = undefined;
    this.#roster.remove(record);
    this.#o.log.info({ participant: record.id, reason }, 'participant left');
    this.#hook((m) => m.onLeave?.(record, reason));
    if (reason !== 'roomClosed') this.#checkModerators();
    // Sent back to waiting: they are still here, and the caller checks once they wait.
    if (reason !== 'roomClosed' && reason !== 'sentToWaitingRoom') this.#checkEmpty();
  }

  // ---- commands -------------------------------------------------------------------------

  #command(connection: ConnectionId, frame: CommandEnvelope): void {
    const participant = this.#roster.ofConnection(connection);
    const id = frame.id;
    if (!participant && this.#waiting.ofConnection(connection)) {
      // A waiting person may only leave; nothing else reaches any module.
      if (frame.ns === 'core' && frame.action === 'leave') {
        this.#o.transport.close(connection, 'left');
        this.#detach(connection, 'left');
      } else this.#emit([connection], { ns: 'core', id, error: 'stillWaiting' });
      return;
    }
    if (!participant) {
      this.#emit([connection], { ns: 'signaling', id, error: 'notJoined' });
      return;
    }
    const entry = this.#byNs.get(frame.ns);
    if (!entry) {
      this.#emit([connection], { ns: 'signaling', id, error: 'unknownNamespace', namespace: frame.ns });
      return;
    }
    if (entry.disabled || !entry.instance) {
      this.#emit([connection], { ns: 'signaling', id, error: 'moduleDisabled', namespace: frame.ns });
      return;
    }
    if (this.#roomPolicy.switchedOff.includes(frame.ns) && !isModerator(participant.role)) {
      this.#emit([connection], { ns: 'signaling', id, error: 'moduleSwitchedOff', namespace: frame.ns });
      return;
    }
    const schema = Object.hasOwn(entry.protocol.commands, frame.action)
      ? entry.protocol.commands[frame.action]
      : undefined;
    const handler = entry.instance.onCommand;
    if (!schema || !handler) {
      this.#emit([connection], { ns: 'signaling', id, error: 'unknownAction', action: frame.action });
      return;
    }
    const { ns: _ns, id: _id, action, ...fields } = frame;
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      this.#emit([connection], { ns: 'signaling', id, error: 'invalidCommand', issues: toIssues(parsed.error) });
      return;
    }
    const issuer: Issuer = { participant, connectionId: connection, commandId: id };
    const instance = entry.instance;
    this.#guard(entry, issuer, () => handler.call(instance, { action, ...parsed.data }, issuer));
  }

  /** Runs module code; turns its failures into the right kind of answer. */
  #guard(entry: ModuleEntry, issuer: Issuer | undefined, run: () => void): void {
    try {
      run();
    } catch (e) {
      if (e instanceof ModuleError) {
        if (issuer) this.#emit([issuer.connectionId], { ns: entry.ns, id: issuer.commandId, ...e.frame });
        else this.#o.log.warn({ module: entry.ns, error: e.frame.error }, 'module error outside a command');
        return;
      }
      if (e instanceof FatalModuleError) {
        entry.disabled = true;
        this.#o.log.error({ module: entry.ns, err: e }, 'module disabled in this room');
      } else {
        this.#o.log.error({ module: entry.ns, err: e, participant: issuer?.participant.id }, 'module failed');
      }
      if (issuer) this.#emit([issuer.connectionId], { ns: entry.ns, id: issuer.commandId, error: 'internal' });
    }
  }

  #hook(call: (m: AnyInstance) => void): void {
    for (const entry of this.#modules) {
      const instance = entry.instance;
      if (instance && !entry.disabled) this.#guard(entry, undefined, () => call(instance));
    }
  }

  // ---- outbound and context -------------------------------------------------------------

  #emit(to: readonly ConnectionId[], frame: Record<string, unknown>): void {
    if (to.length === 0) return;
    if (frame.id === undefined) delete frame.id;
    this.#o.transport.send(to, JSON.stringify(frame));
  }

  #timer(ms: number, fire: () => void): TimerHandle {
    const clock = this.#o.clock;
    const handle: TimerHandle = {
      cancel: () => {
        clock.clearTimer(id);
        this.#timers.delete(handle);
      },
    };
    const id = clock.setTimer(ms, () => {
      this.#timers.delete(handle);
      this.#enqueue(fire);
    });
    this.#timers.add(handle);
    return handle;
  }

  #recipients(to: Recipient): readonly ConnectionId[] {
    if ('connection' in to) return this.#roster.ofConnection(to.connection) ? [to.connection] : [];
    return this.#roster.get(to.participant)?.connections ?? [];
  }

  #contextFor(entry: ModuleEntry): ModuleContext<Protocol, unknown> {
    const ns = entry.ns;
    const loopback = (event: unknown): void => {
      const instance = entry.instance;
      if (!instance || entry.disabled) return;
      this.#guard(entry, undefined, () => instance.onLoopback?.(event));
    };
    return {
      roomId: this.#o.roomId,
      log: this.#o.log.child({ module: ns }),
      ports: {
        media: this.#o.ports.media,
        records: recordsFor(this.#o.ports.records, this.#o.roomId, ns, () => this.#o.clock.now()),
        signer: this.#o.ports.signer,
        assets: this.#o.ports.assets,
        attendance: this.#o.ports.attendance ?? noRoomAttendance,
        guestLinks: this.#o.ports.guestLinks ?? noRoomGuestLinks,
      },
      now: () => this.#o.clock.now(),
      participant: (id) => this.#roster.get(id),
      participants: () => this.#roster.values(),
      participantOf: (c) => this.#roster.ofConnection(c),
      send: (to, event) => this.#emit(this.#recipients(to), { ns, ...event }),
      broadcast: (event, options) => this.#emit(this.#roster.connections(options ?? {}), { ns, ...event }),
      sendError: (to, error, commandId) => this.#emit([to], { ns, id: commandId, ...error }),
      reject: (error) => {
        throw new ModuleError(error);
      },
      spawn: (work, then) => {
        this.#pending++;
        const settle = (outcome: Outcome<unknown>): void => {
          this.#pending--;
          if (this.#closed) {
            this.#notifyIdle();
            return;
          }
          this.#enqueue(() =>
            this.#guard(entry, undefined, () => {
              const event = then(outcome as never);
              if (event !== undefined) loopback(event);
            }),
          );
        };
        work.then(
          (value) => settle({ ok: true, value }),
          (error: unknown) => settle({ ok: false, error }),
        );
      },
      after: (ms, event) => this.#timer(ms, () => loopback(event)),
      inbox: () => (event) => this.#enqueue(() => loopback(event)),
      disconnect: (connection, reason) =>
        this.#enqueue(() => {
          this.#o.transport.close(connection, reason);
          this.#detach(connection, reason);
        }),
      requireModerator: (issuer: Issuer) => {
        if (!isModerator(issuer.participant.role)) throw new ModuleError({ error: 'forbidden', required: 'moderator' });
      },
      setRole: (participant, role) => this.#setRole(participant, role),
      waitingRoom: () => this.#policy,
      guestLinksWait: () => this.#guestLinksWait,
      waiting: () => this.#waiting.values(),
      admit: (person) => this.#admit(person),
      refuse: (person) => this.#refuse(person),
      sendToWaitingRoom: (participant) => this.#sendToWaitingRoom(participant),
      setWaitingRoom: (policy) => this.#setWaitingRoom(policy),
      setPermissions: (participant, change) => this.#setPermissions(participant, change),
      forceMute: (participant, by) => this.#forceMute(participant, by),
      rename: (participant, displayName) => this.#rename(participant, displayName),
      moveToGroup: (participant, group) => this.#moveToGroups([{ participant, group }])[0] ?? 'unknownParticipant',
      moveToGroups: (moves) => this.#moveToGroups(moves),
      remove: (participant, reason, by) => this.#remove(participant, reason, by),
      endMeeting: (by) => this.#endMeeting(by),
      roomPolicy: () => this.#roomPolicy,
      setRoomPolicy: (change) => this.#setRoomPolicy(change),
      tellRoom: (fact) =>
        this.#enqueue(() => {
          for (const other of this.#modules) {
            const instance = other.instance;
            if (other !== entry && instance && !other.disabled)
              this.#guard(other, undefined, () => instance.onRoomFact?.(fact));
          }
        }),
    };
  }
}

function samePermissions(a: Permissions, b: Permissions): boolean {
  return a.microphone === b.microphone && a.screen === b.screen;
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
