import {
  assertNever,
  type CommandOf,
  type ConnectionId,
  type JoinStateOf,
  type ParticipantId,
  TokenBucket,
} from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  type ModuleContext,
  type ModuleInstance,
  type Participant,
  type ParticipantChange,
  type RoomSettings,
} from '@plenum/room-kit';
import {
  type ChatMessage,
  type ChatProtocol,
  chatLimits,
  chatProtocol,
  messageLength,
  normalizeMessageText,
} from '../protocol.js';
import { ChatArchive } from './ChatArchive.js';
import { type ChatHistory, GroupHistory } from './GroupHistory.js';

/** Results of the archive's async work, back in the room's turn. */
type ChatLoopback =
  | { readonly kind: 'archiveLoaded'; readonly messages: readonly ChatMessage[] }
  | { readonly kind: 'archiveFailed'; readonly during: 'load' | 'keep' | 'clear'; readonly error: unknown };

type Ctx = ModuleContext<ChatProtocol, ChatLoopback>;

/**
 * Chat of one room. Everything is scoped by the sender's group (`participant.group`: null for the
 * main room, or a breakout group): public messages go to that group only, private messages only
 * between two participants of the same group, and each group has its own history. Someone who
 * moves to another group gets that group's history. Checks run in this order, and a refused
 * message changes nothing (not even the rate limit): text, recipient, rate.
 *
 * Chat is kept in memory and disappears with the meeting, unless the tenant keeps chat
 * (`settings.keepChatDays`): then the main room's public messages also go to a `ChatArchive`, and
 * the kept ones of earlier meetings are read back when the room opens (numbered below this
 * meeting's, which start after `historyPerGroup`) and sent to whoever is already in.
 * Whether chat is switched off is the runtime's business (it refuses non-moderators' commands
 * with `signaling.moduleSwitchedOff`); clients read it from the core room policy.
 */
export class ChatModule implements ModuleInstance<ChatProtocol, ChatLoopback> {
  readonly #ctx: Ctx;
  readonly #history: ChatHistory = new GroupHistory(chatLimits.historyPerGroup);
  readonly #archive: ChatArchive | undefined;
  readonly #buckets = new Map<ParticipantId, TokenBucket>();
  #seq = 0;

  constructor(ctx: Ctx, settings: RoomSettings) {
    this.#ctx = ctx;
    if (settings.keepChatDays === undefined) return;
    const archive = new ChatArchive(ctx.ports.records, settings.keepChatDays);
    this.#archive = archive;
    this.#seq = chatLimits.historyPerGroup;
    ctx.spawn(archive.load(chatLimits.historyPerGroup), (outcome) =>
      outcome.ok
        ? { kind: 'archiveLoaded', messages: outcome.value }
        : { kind: 'archiveFailed', during: 'load', error: outcome.error },
    );
  }

  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<ChatProtocol> {
    const messages = this.#history.visibleTo(participant.group, participant.id);
    return this.#archive ? { messages, keptForDays: this.#archive.days } : { messages };
  }

  onLoopback(event: ChatLoopback): void {
    switch (event.kind) {
      case 'archiveLoaded':
        if (event.messages.length === 0) return;
        this.#history.restore(null, event.messages);
        for (const p of this.#ctx.participants()) {
          if (p.group === null)
            this.#ctx.send({ participant: p.id }, { event: 'history', messages: this.#history.visibleTo(null, p.id) });
        }
        break;
      case 'archiveFailed':
        this.#ctx.log.warn({ err: event.error, during: event.during }, 'kept chat could not be read or written');
        break;
      default:
        assertNever(event);
    }
  }

  /** Lets the last kept messages reach the store before the room is gone. */
  onClose(): Promise<void> | undefined {
    return this.#archive?.settled();
  }

  onParticipantUpdated(participant: Participant, change: ParticipantChange): void {
    if (!('group' in change) || change.group === undefined) return;
    this.#ctx.send(
      { participant: participant.id },
      { event: 'history', messages: this.#history.visibleTo(participant.group, participant.id) },
    );
    this.#forgetIfEmpty(change.group);
  }

  onLeave(participant: Participant): void {
    this.#buckets.delete(participant.id);
    this.#forgetIfEmpty(participant.group);
  }

  onCommand(command: CommandOf<ChatProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'send':
        this.#send(from.participant, command.text, command.to);
        break;
      case 'clearHistory':
        this.#ctx.requireModerator(from);
        this.#history.clear(from.participant.group);
        if (from.participant.group === null) this.#store('clear', this.#archive?.clear());
        this.#ctx.broadcast(
          { event: 'historyCleared', by: from.participant.id, byName: from.participant.displayName },
          { group: from.participant.group },
        );
        break;
      default:
        assertNever(command);
    }
  }

  #send(sender: Participant, raw: string, to: ParticipantId | undefined): void {
    const text = normalizeMessageText(raw);
    const length = messageLength(text);
    if (length === 0) this.#ctx.reject({ error: 'emptyMessage' });
    if (length > chatLimits.maxMessageLength)
      this.#ctx.reject({ error: 'messageTooLong', maxLength: chatLimits.maxMessageLength, length });
    const recipient = to === undefined ? undefined : this.#recipient(sender, to);
    this.#pace(sender.id);
    const message: ChatMessage = {
      seq: ++this.#seq,
      from: sender.id,
      fromName: sender.displayName,
      ...(recipient ? { to: recipient.id, toName: recipient.displayName } : {}),
      text,
      at: this.#ctx.now(),
    };
    this.#history.append(sender.group, message);
    if (sender.group === null && !recipient) this.#store('keep', this.#archive?.keep(message, this.#ctx.now()));
    if (recipient) {
      this.#ctx.send({ participant: sender.id }, { event: 'messageSent', message });
      this.#ctx.send({ participant: recipient.id }, { event: 'messageSent', message });
    } else {
      this.#ctx.broadcast({ event: 'messageSent', message }, { group: sender.group });
    }
  }

  /** Reports a failed archive write back in the room's turn (the meeting goes on without it). */
  #store(during: 'keep' | 'clear', write: Promise<void> | undefined): void {
    if (write) this.#ctx.spawn(write, (o) => (o.ok ? undefined : { kind: 'archiveFailed', during, error: o.error }));
  }

  /** The recipient of a private message, or a refusal naming why not. */
  #recipient(sender: Participant, to: ParticipantId): Participant {
    const reject = (reason: 'notInRoom' | 'otherGroup' | 'self' | 'cannotRead'): never =>
      this.#ctx.reject({ error: 'invalidRecipient', participantId: to, reason });
    if (to === sender.id) return reject('self');
    const recipient = this.#ctx.participant(to);
    if (!recipient) return reject('notInRoom');
    if (recipient.group !== sender.group) return reject('otherGroup');
    if (recipient.kind === 'phone' || recipient.kind === 'recorder') return reject('cannotRead');
    return recipient;
  }

  /** Takes one message from the sender's bucket, or refuses with how long to wait. */
  #pace(sender: ParticipantId): void {
    const now = this.#ctx.now();
    const bucket = this.#buckets.get(sender) ?? new TokenBucket(chatLimits.burst, chatLimits.refillMs, now);
    const retryAfterMs = bucket.take(now);
    if (retryAfterMs > 0)
      this.#ctx.reject({ error: 'slowDown', retryAfterMs, burst: chatLimits.burst, refillMs: chatLimits.refillMs });
    this.#buckets.set(sender, bucket);
  }

  /** A breakout group nobody is in any more takes its chat with it; the main room keeps its own. */
  #forgetIfEmpty(group: string | null): void {
    if (group === null) return;
    for (const p of this.#ctx.participants()) if (p.group === group) return;
    this.#history.clear(group);
  }
}

export const chatModule = defineModule<ChatProtocol, ChatLoopback>({
  protocol: chatProtocol,
  init: (ctx, settings) => new ChatModule(ctx, settings),
});
