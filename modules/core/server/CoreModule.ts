import { assertNever, type CommandOf, type JoinStateOf } from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  type LeaveReason,
  type ModuleContext,
  type ModuleInstance,
  type Participant,
} from '@plenum/room-kit';
import { type CoreProtocol, coreProtocol, type ParticipantInfo } from '../protocol.js';

type Ctx = ModuleContext<CoreProtocol, never>;

/**
 * The roster as the participants see it. The runtime owns who is in the room (join, resume,
 * grace period, leave); this module tells everyone about it.
 */
export class CoreModule implements ModuleInstance<CoreProtocol, never> {
  constructor(private readonly ctx: Ctx) {}

  onJoin(participant: Participant): void {
    this.ctx.broadcast({ event: 'participantJoined', participant: info(participant) }, { except: participant.id });
  }

  onConnect(): JoinStateOf<CoreProtocol> {
    return { participants: [...this.ctx.participants()].map(info) };
  }

  onPresence(participant: Participant): void {
    this.ctx.broadcast({ event: 'participantUpdated', participant: info(participant) }, { except: participant.id });
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
      default:
        assertNever(command);
    }
  }
}

function info(p: Participant): ParticipantInfo {
  return {
    id: p.id,
    displayName: p.displayName,
    role: p.role,
    kind: p.kind,
    presence: p.presence,
    joinedAt: p.joinedAt,
  };
}

export const coreModule = defineModule<CoreProtocol>({
  protocol: coreProtocol,
  init: (ctx) => new CoreModule(ctx),
});
