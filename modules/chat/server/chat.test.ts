import { describe, expect, it } from 'vitest';
import { chatLimits } from '../protocol.js';
import { chatRoom, joinedHistory, received, say, texts, whisper } from './chatTestRoom.test-support.js';

describe('room messages', () => {
  it('roomMessageReachesEveryoneWithSenderNameAndTime', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    await say(bob, 'Guten Morgen');
    const expected = {
      ns: 'chat',
      event: 'messageSent',
      message: { seq: 1, from: bob.participantId, fromName: 'Bob', text: 'Guten Morgen', at: room.clock.now() },
    };
    for (const p of [alice, bob, guest]) expect(p.inbox.last('chat', 'messageSent')).toEqual(expected);
    expect(bob.inbox.errors()).toEqual([]);
  });

  it('roomMessageIsSerialisedOnceForAllRecipients', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    await room.join('bob');
    await room.join('carol');
    const before = room.writes.length;
    await say(alice, 'Hallo');
    expect(room.writes.slice(before).map((w) => w.recipients)).toEqual([3]);
  });

  it('lateJoinerGetsTheRoomHistoryInOrder', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await say(alice, 'eins');
    await say(bob, 'zwei');
    const carol = await room.join('carol');
    expect(joinedHistory(carol).map((m) => [m.fromName, m.text, m.seq])).toEqual([
      ['Alice', 'eins', 1],
      ['Bob', 'zwei', 2],
    ]);
  });

  it('messageOfSomeoneWhoLeftKeepsTheirName', async () => {
    const { room } = chatRoom();
    await room.join('alice');
    const bob = await room.join('bob');
    await say(bob, 'Ich muss los');
    await bob.act('core', 'leave');
    const carol = await room.join('carol');
    expect(joinedHistory(carol)).toMatchObject([{ from: bob.participantId, fromName: 'Bob', text: 'Ich muss los' }]);
  });

  it('markupIsKeptAsPlainText', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const attack = '<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1))';
    await say(bob, attack);
    expect(texts(alice)).toEqual([attack]);
  });

  it('textIsTrimmedWithLineBreaksKeptAndControlCharactersRemoved', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await say(bob, '  \r\nerste\u0007 Zeile\r\n\tzweite\u202E Zeile\n\n\n\ndritte \u{1F44B}  ');
    expect(texts(alice)).toEqual(['erste Zeile\n zweite Zeile\n\ndritte \u{1F44B}']);
  });
});

describe('private messages', () => {
  it('privateMessageReachesOnlySenderAndRecipient', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await whisper(bob, carol, 'Nur für dich');
    const message = { from: bob.participantId, fromName: 'Bob', to: carol.participantId, toName: 'Carol' };
    expect(received(bob)).toMatchObject([{ ...message, text: 'Nur für dich' }]);
    expect(received(carol)).toMatchObject([{ ...message, text: 'Nur für dich' }]);
    expect(alice.inbox.events('chat')).toEqual([]);
  });

  it('lateJoinerDoesNotSeeOthersPrivateMessages', async () => {
    const { room } = chatRoom();
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await whisper(bob, carol, 'geheim');
    await say(bob, 'öffentlich');
    const alice = await room.join('alice');
    expect(joinedHistory(alice).map((m) => m.text)).toEqual(['öffentlich']);
  });

  it('privateMessagesComeBackAfterAReconnectAndOnAnotherDevice', async () => {
    const { room } = chatRoom();
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await whisper(bob, carol, 'geheim');
    await carol.drop();
    const inbox = await carol.reconnect();
    const joined = inbox.last('core', 'joined')?.modules as { chat: { messages: { text: string }[] } };
    expect(joined.chat.messages.map((m) => m.text)).toEqual(['geheim']);
    const device = await bob.addDevice();
    const second = room.inbox(device).last('core', 'joined')?.modules as typeof joined;
    expect(second.chat.messages.map((m) => m.text)).toEqual(['geheim']);
  });

  it('privateMessageToSomeoneNotInTheRoomIsRefused', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await carol.act('core', 'leave');
    alice.inbox.clear();
    await whisper(bob, carol, 'bist du da?', 'p1');
    expect(bob.inbox.errors()).toEqual([
      { ns: 'chat', id: 'p1', error: 'invalidRecipient', participantId: carol.participantId, reason: 'notInRoom' },
    ]);
    expect(alice.inbox.frames).toEqual([]);
  });

  it('privateMessageToYourselfIsRefused', async () => {
    const { room } = chatRoom();
    const bob = await room.join('bob');
    await whisper(bob, bob, 'Notiz', 'p1');
    expect(bob.inbox.errors()).toEqual([
      { ns: 'chat', id: 'p1', error: 'invalidRecipient', participantId: bob.participantId, reason: 'self' },
    ]);
    expect(bob.inbox.events('chat')).toEqual([]);
  });

  it('privateMessageToAPhoneCallerIsRefused', async () => {
    const { room } = chatRoom();
    const bob = await room.join('bob');
    const phone = await room.join('phone');
    await whisper(bob, phone, 'hörst du mich?', 'p1');
    expect(bob.inbox.errors()).toMatchObject([{ error: 'invalidRecipient', reason: 'cannotRead' }]);
    expect(phone.inbox.events('chat')).toEqual([]);
  });

  it('unknownRecipientIdIsRefusedAsInvalidCommand', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    await bob.act('chat', 'send', { text: 'hi', to: 'not an id' }, 'p1');
    await bob.act('chat', 'send', { text: 42 }, 'p2');
    expect(bob.inbox.errors()).toMatchObject([
      { ns: 'signaling', id: 'p1', error: 'invalidCommand' },
      { ns: 'signaling', id: 'p2', error: 'invalidCommand' },
    ]);
    expect(alice.inbox.frames).toEqual([]);
  });
});

describe('limits', () => {
  it('emptyMessageIsRefusedToTheIssuerOnly', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    await say(bob, ' \n\t\u0000 ', 'e1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'chat', id: 'e1', error: 'emptyMessage' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(bob.inbox.events('chat')).toEqual([]);
  });

  it('overlongMessageIsRefusedWithTheLimit', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    await say(bob, 'x'.repeat(chatLimits.maxMessageLength + 1), 'l1');
    expect(bob.inbox.errors()).toEqual([
      { ns: 'chat', id: 'l1', error: 'messageTooLong', maxLength: 2000, length: 2001 },
    ]);
    expect(alice.inbox.frames).toEqual([]);
    const late = await room.join('carol');
    expect(joinedHistory(late)).toEqual([]);
  });

  it('theCapCountsCharactersNotCodeUnitsAndIgnoresSurroundingSpace', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    await say(alice, `   ${'\u{1F600}'.repeat(chatLimits.maxMessageLength)}   `, 'l1');
    expect(alice.inbox.errors()).toEqual([]);
    expect(received(alice)[0]?.text).toHaveLength(2 * chatLimits.maxMessageLength);
  });

  it('sendingTooFastAnswersSlowDownWithRetryAfter', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    for (let i = 1; i <= chatLimits.burst; i++) await say(bob, `m${i}`);
    await room.advance(500);
    await say(bob, 'zu schnell', 's1');
    expect(bob.inbox.errors()).toEqual([
      { ns: 'chat', id: 's1', error: 'slowDown', retryAfterMs: 1500, burst: 5, refillMs: 2000 },
    ]);
    expect(texts(alice)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    await room.advance(1500);
    await say(bob, 'jetzt', 's2');
    expect(bob.inbox.errors()).toHaveLength(1);
    expect(texts(alice).at(-1)).toBe('jetzt');
  });

  it('rateLimitIsPerParticipant', async () => {
    const { room } = chatRoom();
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    for (let i = 0; i <= chatLimits.burst; i++) await say(bob, `b${i}`);
    await say(carol, 'ich darf', 'c1');
    expect(carol.inbox.errors()).toEqual([]);
    expect(texts(bob).at(-1)).toBe('ich darf');
  });

  it('refusedMessagesDoNotUseUpTheRateLimit', async () => {
    const { room } = chatRoom();
    const bob = await room.join('bob');
    for (let i = 0; i < chatLimits.burst; i++) await say(bob, '   ');
    for (let i = 0; i < chatLimits.burst; i++) await say(bob, `ok${i}`);
    expect(bob.inbox.errors().map((e) => e.error)).toEqual(Array(chatLimits.burst).fill('emptyMessage'));
    expect(texts(bob)).toHaveLength(chatLimits.burst);
  });

  it('historyKeepsTheLatestMessagesUpToTheCap', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const total = chatLimits.historyPerGroup + 3;
    for (let i = 1; i <= total; i++) {
      alice.send('chat', 'send', { text: `n${i}` });
      room.clock.advance(chatLimits.refillMs);
    }
    await room.settle();
    expect(alice.inbox.errors()).toEqual([]);
    const history = joinedHistory(await room.join('bob'));
    expect(history).toHaveLength(chatLimits.historyPerGroup);
    expect([history[0]?.text, history.at(-1)?.text]).toEqual(['n4', `n${total}`]);
  });
});
