import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { type ChatProtocol, chatProtocol } from '../protocol.js';
import { announceChat, announceChatSwitch } from './chatAnnouncements.js';
import { chatClient } from './chatClient.js';
import { clearHistory, sendMessage } from './chatCommands.js';
import { chatReducer, viewChat } from './chatReducer.js';
import { conversations, messagesOf, privateRecipients, totalUnread, unreadCounts } from './chatSelectors.js';
import type { ChatState } from './chatState.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const EVA = 'eva-participant-000003' as ParticipantId;
const TEL = 'tel-participant-000004' as ParticipantId;

const roster = [
  participantInfo(SAM, 'Sam'),
  participantInfo(BOB, 'Bob'),
  participantInfo(TEL, 'Telefon', { kind: 'phone' }),
  participantInfo(EVA, 'Eva', { group: 'b1' }),
];
const context: ModuleContext = {
  self: { participantId: SAM, role: 'participant', owner: false, moderator: false },
  participants: roster,
};

/** Golden messages as the server sends them. */
const hello = { seq: 1, from: BOB, fromName: 'Bob', text: 'Hallo', at: 1000 };
const mine = { seq: 2, from: SAM, fromName: 'Sam', text: 'Hi Bob', at: 2000 };
const secret = { seq: 3, from: BOB, fromName: 'Bob', to: SAM, toName: 'Sam', text: 'psst', at: 3000 };
const fromGone = { seq: 4, from: EVA, fromName: 'Eva', to: SAM, toName: 'Sam', text: 'tschüss', at: 4000 };

/** Parses a wire event (without `ns`) with the protocol's schema, as the client kit does. */
function event(frame: { event: string } & Record<string, unknown>): ModuleInput<ChatProtocol> {
  const { event: name, ...fields } = frame;
  const schema = chatProtocol.events[name as keyof typeof chatProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as ModuleInput<ChatProtocol>;
}
const sent = (message: object) => event({ event: 'messageSent', message });

function init(joinState: unknown): ChatState {
  const state = chatClient.init(chatProtocol.joinState.parse(joinState), context);
  if (!state) throw new Error('fixture does not initialise');
  return state;
}
const reduce = (state: ChatState, ...inputs: ModuleInput<ChatProtocol>[]) =>
  inputs.reduce((s, input) => chatReducer(s, input, context), state);

describe('chatReducer', () => {
  it('joinedTakesTheHistoryInOrderAndCountsItAsRead', () => {
    const state = init({ messages: [mine, hello] });
    expect(state.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(totalUnread(state, SAM)).toBe(0);
    expect(chatClient.init(undefined, context)).toBeNull();
  });

  it('messagesFromOthersAreUnreadPerConversationButOwnAreNot', () => {
    const state = reduce(init({ messages: [] }), sent(hello), sent(mine), sent(secret));
    expect(unreadCounts(state, SAM)).toEqual({ room: 1, [BOB]: 1 });
    expect(totalUnread(state, SAM)).toBe(2);
  });

  it('viewingAConversationReadsItAndKeepsItReadAsMessagesArrive', () => {
    const unread = reduce(init({ messages: [] }), sent(hello), sent(secret));
    const viewing = viewChat(unread, 'room', context);
    expect(unreadCounts(viewing, SAM)).toEqual({ [BOB]: 1 });
    const more = reduce(viewing, sent({ ...hello, seq: 5, text: 'noch was' }));
    expect(unreadCounts(more, SAM)).toEqual({ [BOB]: 1 });
    const closed = viewChat(more, null, context);
    const later = reduce(closed, sent({ ...hello, seq: 6, text: 'und jetzt' }));
    expect(unreadCounts(later, SAM)).toEqual({ room: 1, [BOB]: 1 });
    expect(viewChat(closed, null, context)).toBe(closed);
    expect(viewChat(viewChat(closed, BOB, context), null, context)).toMatchObject({ viewing: null, selected: BOB });
    expect(viewChat(viewing, 'room', context)).toBe(viewing);
  });

  it('aMessageSeenTwiceIsKeptOnce', () => {
    const once = reduce(init({ messages: [] }), sent(hello));
    expect(reduce(once, sent(hello))).toBe(once);
  });

  it('historyReplacesEverythingAsReadAndClearingForgetsAllMessages', () => {
    const state = reduce(init({ messages: [hello] }), sent(secret));
    const moved = reduce(state, event({ event: 'history', messages: [fromGone] }));
    expect(moved.messages).toEqual([fromGone]);
    expect(totalUnread(moved, SAM)).toBe(0);
    const cleared = reduce(moved, event({ event: 'historyCleared', by: BOB, byName: 'Bob' }));
    expect(cleared.messages).toEqual([]);
    expect(reduce(cleared, event({ event: 'historyCleared', by: BOB, byName: 'Bob' }))).toBe(cleared);
  });

  it('keepsTheLastRefusedCommandWithItsIdAndIgnoresRosterChanges', () => {
    const state = init({ messages: [] });
    const failed = reduce(state, {
      type: 'error',
      id: 'c4',
      error: { error: 'slowDown', retryAfterMs: 1500, burst: 5, refillMs: 2000 },
    });
    expect(failed.failure).toEqual({
      id: 'c4',
      error: { error: 'slowDown', retryAfterMs: 1500, burst: 5, refillMs: 2000 },
    });
    expect(reduce(state, { type: 'participantJoined', participant: participantInfo(BOB, 'Bob') })).toBe(state);
  });
});

describe('chat selectors', () => {
  it('listsTheRoomFirstThenPrivateConversationsByLatestWithStoredNamesForPeopleWhoLeft', () => {
    const state = reduce(init({ messages: [hello, secret] }), sent(fromGone));
    const list = conversations(state, { ...context, participants: roster.filter((p) => p.id !== EVA) });
    expect(list.map((c) => [c.key, c.name, c.unread])).toEqual([
      ['room', '', 0],
      [EVA, 'Eva', 1],
      [BOB, 'Bob', 0],
    ]);
    expect(conversations(state, context, TEL).map((c) => c.key)).toEqual(['room', EVA, BOB, TEL]);
    expect(messagesOf(state, BOB, SAM).map((m) => m.text)).toEqual(['psst']);
  });

  it('privateRecipientsAreOthersInMyGroupWhoCanRead', () => {
    expect(privateRecipients(context).map((p) => p.displayName)).toEqual(['Bob']);
  });
});

describe('chat commands', () => {
  it('buildsRoomAndPrivateMessagesAndClear', () => {
    expect(sendMessage('Hallo', 'room')).toEqual({ action: 'send', text: 'Hallo' });
    expect(sendMessage('psst', BOB)).toEqual({ action: 'send', text: 'psst', to: BOB });
    expect(clearHistory()).toEqual({ action: 'clearHistory' });
    for (const c of [sendMessage('x', BOB), clearHistory()]) {
      const { action, ...fields } = c;
      expect(chatProtocol.commands[action].safeParse(fields).success).toBe(true);
    }
  });
});

describe('announceChat', () => {
  const state = init({ messages: [] });

  it('announcesOthersMessagesOutsideTheConversationOnViewButNeverOwn', () => {
    expect(announceChat(sent(hello), state, context)).toEqual({ key: 'newMessage', params: { name: 'Bob' } });
    expect(announceChat(sent(secret), state, context)).toEqual({ key: 'newPrivateMessage', params: { name: 'Bob' } });
    expect(announceChat(sent(mine), state, context)).toBeNull();
    const viewing = viewChat(state, 'room', context);
    expect(announceChat(sent(hello), viewing, context)).toBeNull();
    expect(announceChat(sent(secret), viewing, context)?.key).toBe('newPrivateMessage');
  });

  it('announcesAClearedHistoryAndShowsRefusalsAsNotices', () => {
    expect(announceChat(event({ event: 'historyCleared', by: BOB, byName: 'Bob' }), state, context)).toEqual({
      key: 'historyCleared',
      params: { name: 'Bob' },
      notice: true,
      brief: true,
    });
    // Who cleared it only hears it: they did it.
    expect(announceChat(event({ event: 'historyCleared', by: SAM, byName: 'Sam' }), state, context)).toEqual({
      key: 'historyCleared',
      params: { name: 'Sam' },
    });
    const error = (e: object) => ({ type: 'error', error: e, id: 'c1' }) as ModuleInput<ChatProtocol>;
    expect(
      announceChat(error({ error: 'slowDown', retryAfterMs: 1500, burst: 5, refillMs: 2000 }), state, context),
    ).toEqual({ key: 'slowDown', params: { seconds: 2 }, notice: true, countdown: true });
    expect(announceChat(error({ error: 'messageTooLong', maxLength: 2000, length: 2001 }), state, context)?.key).toBe(
      'tooLong',
    );
    expect(
      announceChat(error({ error: 'invalidRecipient', participantId: EVA, reason: 'otherGroup' }), state, context)?.key,
    ).toBe('recipientElsewhere');
    expect(announceChat(error({ error: 'forbidden', required: 'moderator' }), state, context)?.key).toBe('notAllowed');
  });

  it('tellsParticipantsAndModeratorsApartWhenChatIsSwitchedOffOrOn', () => {
    const asModerator: ModuleContext = { ...context, self: { ...context.self, role: 'moderator', moderator: true } };
    const key = (change: 'switchedOff' | 'switchedOn' | 'refused', c: ModuleContext) =>
      announceChatSwitch(change, state, c).key;
    expect(key('switchedOff', context)).toBe('switchedOff');
    expect(key('switchedOn', context)).toBe('switchedOn');
    expect(key('switchedOff', asModerator)).toBe('switchedOffForOthers');
    expect(key('switchedOn', asModerator)).toBe('switchedOnForOthers');
    expect(announceChatSwitch('refused', state, context)).toEqual({
      key: 'refusedSwitchedOff',
      params: {},
      notice: true,
      topic: 'switch',
    });
    // Switching on ends the notice of a refused message: same topic.
    expect(announceChatSwitch('switchedOn', state, context).topic).toBe('switch');
    expect(chatClient.announceSwitch).toBe(announceChatSwitch);
  });
});
