import { assertNever, type CommandOf, type ConnectionId, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  isModerator,
  type ModuleContext,
  type ModuleInstance,
  moderatorRoles,
  type Participant,
  type Role,
  type RoomSettings,
  type WaitingEnd,
  type WaitingPerson,
  type WaitingRoomPolicy,
} from '@plenum/room-kit';
import { type LobbyProtocol, lobbyProtocol, type WaitingPersonInfo } from '../protocol.js';

type Ctx = ModuleContext<LobbyProtocol, never>;

/**
 * The moderators' side of the waiting room. It keeps no state of its own: the runtime owns
 * the waiting list and the policy, so nothing here can drift from who actually waits.
 * Events about waiting people go to the connections of owner and moderators only, chosen
 * when they are sent, so a promotion or demotion takes effect at once.
 */
export class LobbyModule implements ModuleInstance<LobbyProtocol, never> {
  readonly #ctx: Ctx;
  readonly #maxParticipants: number;

  constructor(ctx: Ctx, settings: RoomSettings) {
    this.#ctx = ctx;
    this.#maxParticipants = settings.maxParticipants;
  }

  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<LobbyProtocol> {
    const policy = this.#ctx.waitingRoom();
    const guestLinksWait = this.#ctx.guestLinksWait();
    return isModerator(participant.role)
      ? { policy, guestLinksWait, waiting: this.#list() }
      : { policy, guestLinksWait };
  }

  onRoleChange(participant: Participant, previous: Role): void {
    if (isModerator(participant.role) && !isModerator(previous))
      this.#ctx.send({ participant: participant.id }, { event: 'waitingList', waiting: this.#list() });
  }

  onWaitingStarted(person: WaitingPerson): void {
    this.#toModerators({ event: 'waitingStarted', person: info(person) });
  }

  onWaitingEnded(person: WaitingPerson, how: WaitingEnd): void {
    if (how === 'roomClosed') return;
    this.#toModerators({ event: 'waitingEnded', participantId: person.id, reason: how });
  }

  onWaitingRoomChanged(policy: WaitingRoomPolicy): void {
    this.#ctx.broadcast({ event: 'waitingRoomChanged', policy });
  }

  onGuestLinksWaitChanged(guestLinksWait: boolean): void {
    this.#ctx.broadcast({ event: 'guestLinksWaitChanged', guestLinksWait });
  }

  /**
   * Everyone inside learns when no moderator is left (nobody can let waiting people in) and when one is back. The
   * runtime has already told the waiting people.
   */
  onModeratorPresence(present: boolean): void {
    this.#ctx.broadcast({ event: 'moderatorPresence', present });
  }

  onCommand(command: CommandOf<LobbyProtocol>, from: Issuer): void {
    this.#ctx.requireModerator(from);
    switch (command.action) {
      case 'admit':
        this.#admit(command.participantId);
        break;
      case 'admitAll':
        this.#admitAll();
        break;
      case 'reject':
        if (!this.#ctx.refuse(command.participantId))
          this.#ctx.reject({ error: 'notWaiting', participantId: command.participantId });
        break;
      case 'sendToWaitingRoom':
        this.#sendBack(command.participantId);
        break;
      case 'setWaitingRoom':
        if (command.policy !== this.#ctx.waitingRoom()) this.#ctx.setWaitingRoom(command.policy);
        break;
      default:
        assertNever(command);
    }
  }

  #admit(participantId: ParticipantId): void {
    const result = this.#ctx.admit(participantId);
    switch (result) {
      case 'admitted':
        break;
      case 'notWaiting':
        this.#ctx.reject({ error: 'notWaiting', participantId });
        break;
      case 'roomFull':
        this.#ctx.reject({ error: 'roomFull', maxParticipants: this.#maxParticipants });
        break;
      default:
        assertNever(result);
    }
  }

  #admitAll(): void {
    for (const person of [...this.#ctx.waiting()])
      if (this.#ctx.admit(person.id) === 'roomFull')
        this.#ctx.reject({ error: 'roomFull', maxParticipants: this.#maxParticipants });
  }

  #sendBack(participantId: ParticipantId): void {
    const result = this.#ctx.sendToWaitingRoom(participantId);
    switch (result) {
      case 'sentBack':
        break;
      case 'unknownParticipant':
        this.#ctx.reject({ error: 'unknownParticipant', participantId });
        break;
      case 'isModerator':
        this.#ctx.reject({ error: 'cannotSendBackModerator', participantId });
        break;
      default:
        assertNever(result);
    }
  }

  #list(): WaitingPersonInfo[] {
    return [...this.#ctx.waiting()].map(info);
  }

  #toModerators(event: Parameters<Ctx['send']>[1]): void {
    this.#ctx.broadcast(event, { roles: moderatorRoles });
  }
}

/** Moderators never wait (see `mustWait`), so the role shown is participant or guest. */
function info(person: WaitingPerson): WaitingPersonInfo {
  return {
    participantId: person.id,
    displayName: person.displayName,
    role: person.role === 'guest' ? 'guest' : 'participant',
    kind: person.kind,
    since: person.since,
    sentBack: person.sentBack,
  };
}

export const lobbyModule = defineModule<LobbyProtocol>({
  protocol: lobbyProtocol,
  init: (ctx, settings) => new LobbyModule(ctx, settings),
});
