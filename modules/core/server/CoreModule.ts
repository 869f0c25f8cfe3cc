import { assertNever, type CommandOf, type ErrorOf, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  isModerator,
  type LeaveReason,
  type ModuleContext,
  type ModuleInstance,
  type Participant,
  type ParticipantUpdate,
  type RoomPolicy,
  type SetRoleResult,
} from '@plenum/room-kit';
import { type CoreProtocol, coreProtocol, type ParticipantInfo } from '../protocol.js';

type Ctx = ModuleContext<CoreProtocol, never>;

/**
 * The roster as the participants see it. The runtime owns who is in the room (join, resume,
 * grace period, leave, roles, the waiting room); this module tells everyone about it and
 * turns the role commands of moderators into runtime operations.
 */
export class CoreModule implements ModuleInstance<CoreProtocol, never> {
  constructor(private readonly ctx: Ctx) {}

  onJoin(participant: Participant): void {
    this.ctx.broadcast({ event: 'participantJoined', participant: info(participant) }, { except: participant.id });
  }

  onConnect(): JoinStateOf<CoreProtocol> {
    return { participants: [...this.ctx.participants()].map(info), policy: policyInfo(this.ctx.roomPolicy()) };
  }

  onPresence(participant: Participant): void {
    this.ctx.broadcast({ event: 'participantUpdated', participant: info(participant) }, { except: participant.id });
  }

  /**
   * Everyone, the participants included: their own clients must learn their new rights, names or rooms. Many changes
   * at once (breakout rooms opening) go out as one `participantsUpdated`.
   */
  onParticipantsUpdated(updates: readonly ParticipantUpdate[]): void {
    const [first, ...more] = updates;
    if (!first) return;
    if (more.length === 0) this.ctx.broadcast({ event: 'participantUpdated', participant: info(first.participant) });
    else this.ctx.broadcast({ event: 'participantsUpdated', participants: updates.map((u) => info(u.participant)) });
  }

  onPolicyChanged(policy: RoomPolicy): void {
    this.ctx.broadcast({ event: 'policyChanged', policy: policyInfo(policy) });
  }

  onLeave(participant: Participant, reason: LeaveReason): void {
    if (reason === 'roomClosed') return;
    this.ctx.broadcast({ event: 'participantLeft', participantId: participant.id, reason });
  }

  onCommand(command: CommandOf<CoreProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'join':
        this.ctx.reject({ error: 'alreadyJoined' });
        break;
      case 'leave':
        this.ctx.disconnect(from.connectionId, 'left');
        break;
      case 'promote':
        this.#setRole(from, command.participantId, 'moderator');
        break;
      case 'demote':
        this.#setRole(from, command.participantId, 'participant');
        break;
      case 'rename':
        if (!this.ctx.roomPolicy().selfRename && !isModerator(from.participant.role)) {
          this.ctx.reject({ error: 'renameLocked' });
        }
        this.ctx.rename(from.participant.id, command.displayName);
        break;
      default:
        assertNever(command);
    }
  }

  /** Promoting a moderator or demoting a non-moderator changes nothing and tells nobody. */
  #setRole(from: Issuer, participantId: ParticipantId, role: 'moderator' | 'participant'): void {
    this.ctx.requireModerator(from);
    const error = roleError(this.ctx.setRole(participantId, role), participantId);
    if (error) this.ctx.reject(error);
  }
}

function roleError(result: SetRoleResult, participantId: ParticipantId): ErrorOf<CoreProtocol> | undefined {
  switch (result) {
    case 'changed':
    case 'unchanged':
      return undefined;
    case 'unknownParticipant':
      return { error: 'unknownParticipant', participantId };
    case 'notEligible':
      return { error: 'cannotBeModerator', participantId };
    case 'isOwner':
      return { error: 'cannotDemoteOwner', participantId };
    default:
      return assertNever(result);
  }
}

/** The owner appears as a moderator with `owner: true` (see `Role` in the protocol). */
function info(p: Participant): ParticipantInfo {
  return {
    id: p.id,
    displayName: p.displayName,
    role: p.role === 'owner' ? 'moderator' : p.role,
    ...(p.role === 'owner' ? { owner: true as const } : {}),
    kind: p.kind,
    registered: p.userId !== null,
    presence: p.presence,
    joinedAt: p.joinedAt,
    permissions: { microphone: p.permissions.microphone, screen: p.permissions.screen },
    group: p.group,
  };
}

function policyInfo(policy: RoomPolicy): JoinStateOf<CoreProtocol>['policy'] {
  return { selfRename: policy.selfRename, switchedOff: [...policy.switchedOff] };
}

export const coreModule = defineModule<CoreProtocol>({
  protocol: coreProtocol,
  init: (ctx) => new CoreModule(ctx),
});
