import { assertNever, type CommandOf, type ConnectionId, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import {
  type ClosedGuestLink,
  defineModule,
  type Issuer,
  isModerator,
  type ModuleContext,
  type ModuleInstance,
  moderatorRoles,
  type Outcome,
  type Participant,
  type Role,
} from '@plenum/room-kit';
import { type LinkGuest, type ModerationProtocol, moderationLimits, moderationProtocol } from '../protocol.js';
import { MicrophoneGate } from './MicrophoneGate.js';
import { debriefs, renamable } from './removalRules.js';
import { switchFeature } from './switchFeature.js';

/** A ban closed (or failed to close) a guest link; the issuer's connection and command, to answer a failure. */
interface LinkClosing {
  readonly outcome: Outcome<ClosedGuestLink | undefined>;
  readonly issuer: ConnectionId;
  readonly commandId: string | undefined;
}

type Ctx = ModuleContext<ModerationProtocol, LinkClosing>;
type Command = CommandOf<ModerationProtocol>;

/**
 * The moderators' tools on top of the runtime's participant controls. The runtime keeps the facts (permissions,
 * names, bans, the room policy) and tells every module; this module checks who may ask and with what, and keeps
 * only the microphone restrictions (who is on the allow list), which it applies to everyone who joins while they
 * are on. Every command validates everything before it changes anything, so a refused command changes nothing.
 */
export class ModerationModule implements ModuleInstance<ModerationProtocol, LinkClosing> {
  readonly #ctx: Ctx;
  readonly #gate = new MicrophoneGate();

  constructor(ctx: Ctx) {
    this.#ctx = ctx;
  }

  /** Moderators also get the guests who came through a link (never the links themselves). */
  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<ModerationProtocol> {
    const restrictions = this.#gate.snapshot();
    return isModerator(participant.role) ? { restrictions, linkGuests: this.#linkGuests() } : { restrictions };
  }

  /**
   * A newcomer while restrictions are on is restricted before anyone (they included) sees their permissions. A guest
   * who came through a link is made known to the moderators.
   */
  onJoin(participant: Participant): void {
    if (this.#gate.on) this.#apply(participant);
    if (participant.guestLink)
      this.#ctx.broadcast({ event: 'linkGuests', guests: this.#linkGuests() }, { roles: moderatorRoles });
  }

  /** A new moderator may always speak (and learns the link guests); a former one is restricted unless allowed. */
  onRoleChange(participant: Participant, previous: Role): void {
    if (this.#gate.on) this.#apply(participant);
    if (isModerator(participant.role) && !isModerator(previous))
      this.#ctx.send({ participant: participant.id }, { event: 'linkGuests', guests: this.#linkGuests() });
  }

  /** A ban's guest link was closed: the moderators are told its label; a failure only to the one who banned. */
  onLoopback({ outcome, issuer, commandId }: LinkClosing): void {
    if (outcome.ok && outcome.value) {
      this.#ctx.broadcast({ event: 'guestLinkClosed', label: outcome.value.label }, { roles: moderatorRoles });
      return;
    }
    if (!outcome.ok) this.#ctx.log.warn({ err: outcome.error }, 'closing a guest link failed');
    this.#ctx.sendError(issuer, { error: 'linkNotClosed' }, commandId);
  }

  onLeave(participant: Participant): void {
    this.#gate.forget(participant.id);
  }

  onCommand(command: Command, from: Issuer): void {
    this.#ctx.requireModerator(from);
    switch (command.action) {
      case 'mute':
        this.#mute(this.#targets(command.participantIds), from);
        break;
      case 'muteAll':
        this.#mute(
          [...this.#ctx.participants()].filter((p) => !isModerator(p.role) && p.kind !== 'recorder'),
          from,
        );
        break;
      case 'restrictMicrophones':
        this.#restrict(this.#targets(command.allowed));
        break;
      case 'allowMicrophone':
        this.#allow(command.participantId, command.allowed);
        break;
      case 'liftMicrophoneRestrictions':
        this.#lift();
        break;
      case 'setScreenShare':
        this.#target(command.participantId);
        this.#ctx.setPermissions(command.participantId, { screen: command.allowed });
        break;
      case 'kick':
        this.#remove(command.participantId, 'kicked', from, false);
        break;
      case 'ban':
        this.#remove(command.participantId, 'banned', from, command.closeLink === true);
        break;
      case 'rename': {
        const target = this.#target(command.participantId);
        if (!renamable(target)) this.#ctx.reject({ error: 'notRenamable', participantId: target.id });
        this.#ctx.rename(target.id, command.displayName);
        break;
      }
      case 'setSelfRename':
        this.#ctx.setRoomPolicy({ selfRename: command.allowed });
        break;
      case 'debrief':
        for (const p of [...this.#ctx.participants()])
          if (debriefs(command.scope, p)) this.#ctx.remove(p.id, 'debrief', from.participant.id);
        break;
      case 'endMeeting':
        this.#ctx.endMeeting(from.participant.id);
        break;
      case 'setFeature': {
        const policy = this.#ctx.roomPolicy();
        this.#ctx.setRoomPolicy({ switchedOff: switchFeature(policy, command.feature, command.on) });
        break;
      }
      default:
        assertNever(command);
    }
  }

  /**
   * Each forced mute is the runtime's (the media module silences the microphone); the target learns who did it, but
   * only when a live microphone was silenced (muting everyone does not tell those who were muted already).
   */
  #mute(targets: readonly Participant[], from: Issuer): void {
    const by = from.participant;
    for (const target of targets) {
      const silenced = this.#ctx.forceMute(target.id, by.id);
      if (silenced && target.id !== by.id)
        this.#ctx.send({ participant: target.id }, { event: 'muted', by: by.id, byName: by.displayName });
    }
  }

  #restrict(allowed: readonly Participant[]): void {
    this.#gate.restrict(allowed.map((p) => p.id));
    this.#applyAll();
  }

  #allow(participantId: ParticipantId, allowed: boolean): void {
    if (!this.#gate.on) this.#ctx.reject({ error: 'restrictionsOff' });
    const target = this.#target(participantId);
    if (!this.#gate.allow(target.id, allowed)) return;
    this.#apply(target);
    this.#announceRestrictions();
  }

  #lift(): void {
    if (!this.#gate.on) return;
    this.#gate.lift();
    this.#applyAll();
  }

  #applyAll(): void {
    for (const p of [...this.#ctx.participants()]) this.#apply(p);
    this.#announceRestrictions();
  }

  #apply(participant: Participant): void {
    this.#ctx.setPermissions(participant.id, { microphone: this.#gate.mayUse(participant) });
  }

  #announceRestrictions(): void {
    this.#ctx.broadcast({ event: 'microphoneRestrictionsChanged', restrictions: this.#gate.snapshot() });
  }

  /**
   * The owner stays; moderators are removed only by the owner. A ban takes out every device of the person (the
   * runtime bans the identity), so the rule holds for each of them: one device that moderates protects the others.
   * With `closeLink`, a banned guest's link is closed too (after the ban, through the host); people who came without
   * a link have none to close.
   */
  #remove(participantId: ParticipantId, reason: 'kicked' | 'banned', from: Issuer, closeLink: boolean): void {
    const target = this.#target(participantId);
    const affected =
      reason === 'banned' ? [...this.#ctx.participants()].filter((p) => p.identity === target.identity) : [target];
    if (affected.some((p) => p.role === 'owner')) this.#ctx.reject({ error: 'cannotRemoveOwner', participantId });
    if (affected.some((p) => isModerator(p.role)) && from.participant.role !== 'owner')
      this.#ctx.reject({ error: 'cannotRemoveModerator', participantId });
    this.#ctx.remove(participantId, reason, from.participant.id);
    const link = closeLink ? target.guestLink : undefined;
    if (link)
      this.#ctx.spawn(this.#ctx.ports.guestLinks.close(link.id), (outcome) => ({
        outcome,
        issuer: from.connectionId,
        commandId: from.commandId,
      }));
  }

  /** The guests in the meeting who came through a link, and whether it was made for one person. */
  #linkGuests(): LinkGuest[] {
    const guests: LinkGuest[] = [];
    for (const p of this.#ctx.participants())
      if (p.guestLink) guests.push({ participantId: p.id, personal: p.guestLink.personal });
    return guests;
  }

  /** The participants behind `ids` (duplicates once), or the command is refused before anything changed. */
  #targets(ids: readonly ParticipantId[]): Participant[] {
    const unique = [...new Set(ids)];
    if (unique.length > moderationLimits.maxTargets)
      this.#ctx.reject({ error: 'tooManyTargets', maxTargets: moderationLimits.maxTargets });
    return unique.map((id) => this.#target(id));
  }

  #target(participantId: ParticipantId): Participant {
    return this.#ctx.participant(participantId) ?? this.#ctx.reject({ error: 'unknownParticipant', participantId });
  }
}

export const moderationModule = defineModule<ModerationProtocol, LinkClosing>({
  protocol: moderationProtocol,
  init: (ctx) => new ModerationModule(ctx),
});
