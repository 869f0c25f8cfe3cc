import { describe, expect, it } from 'vitest';
import { chatRoom, joinedHistory, say, texts } from './chatTestRoom.test-support.js';

describe('moderation of the chat', () => {
  it('moderatorClearsTheHistoryAndEveryoneIsTold', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await say(bob, 'peinlich');
    await alice.act('chat', 'clearHistory');
    const told = { ns: 'chat', event: 'historyCleared', by: alice.participantId, byName: 'Alice' };
    expect(bob.inbox.last('chat', 'historyCleared')).toEqual(told);
    expect(alice.inbox.last('chat', 'historyCleared')).toEqual(told);
    expect(joinedHistory(await room.join('carol'))).toEqual([]);
  });

  it('ownerMayClearTheHistory', async () => {
    const { room } = chatRoom();
    const owner = await room.join('owner');
    await owner.act('chat', 'clearHistory', {}, 'c1');
    expect(owner.inbox.errors()).toEqual([]);
    expect(owner.inbox.last('chat', 'historyCleared')).toMatchObject({ byName: 'Olga' });
  });

  it('participantCannotClearTheHistory', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    await say(alice, 'bleibt');
    alice.inbox.clear();
    await bob.act('chat', 'clearHistory', {}, 'c1');
    await guest.act('chat', 'clearHistory', {}, 'c2');
    expect(bob.inbox.errors()).toEqual([{ ns: 'chat', id: 'c1', error: 'forbidden', required: 'moderator' }]);
    expect(guest.inbox.errors()).toEqual([{ ns: 'chat', id: 'c2', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(joinedHistory(await room.join('carol')).map((m) => m.text)).toEqual(['bleibt']);
  });

  it('switchedOffChatRefusesParticipantsButNotModerators', async () => {
    const { room, control } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    control().setRoomPolicy({ switchedOff: ['chat'] });
    alice.inbox.clear();
    await say(bob, 'darf ich?', 'o1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'signaling', id: 'o1', error: 'moduleSwitchedOff', namespace: 'chat' }]);
    expect(alice.inbox.frames).toEqual([]);
    await say(alice, 'Moderation spricht', 'o2');
    expect(alice.inbox.errors()).toEqual([]);
    expect(texts(bob)).toEqual(['Moderation spricht']);
    control().setRoomPolicy({ switchedOff: [] });
    await say(bob, 'wieder da', 'o3');
    expect(texts(alice).at(-1)).toBe('wieder da');
  });

  it('waitingGuestCannotChatOrReadTheChat', async () => {
    const { room } = chatRoom({ waitingRoom: 'guests' });
    const alice = await room.join('alice');
    await say(alice, 'intern');
    const guest = await room.wait('guest');
    alice.inbox.clear();
    await say(guest, 'lasst mich rein', 'w1');
    expect(guest.inbox.errors()).toEqual([{ ns: 'core', id: 'w1', error: 'stillWaiting' }]);
    expect(guest.inbox.events('chat')).toEqual([]);
    expect(alice.inbox.frames).toEqual([]);
  });

  it('roomMessageReaches250ParticipantsWithOneWrite', async () => {
    const { room } = chatRoom();
    const alice = await room.join('alice');
    const bots = [];
    for (let i = 0; i < 249; i++) bots.push(await room.join('bob', { displayName: `Bot ${i}` }));
    const before = room.writes.length;
    const started = performance.now();
    await say(alice, 'an alle');
    expect(performance.now() - started).toBeLessThan(200);
    expect(room.writes.slice(before).map((w) => w.recipients)).toEqual([250]);
    expect(bots.every((b) => texts(b).at(-1) === 'an alle')).toBe(true);
  });
});
