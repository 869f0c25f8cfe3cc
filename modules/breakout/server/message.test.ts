import { describe, expect, it } from 'vitest';
import { breakoutLimits } from '../protocol.js';
import { breakoutRoom, clearAll, joinedSession, openManual } from './breakoutTestRoom.test-support.js';

describe('a message to all rooms', () => {
  it('messageReachesEveryRoomAndTheMainRoom', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    const guest = await room.join('guest');
    await openManual(alice, 2, [
      [bob, 1],
      [carol, 2],
    ]);
    clearAll(alice, bob, carol, guest);
    await alice.act('breakout', 'message', { text: '  Noch 5 Minuten!\r\nBitte Ergebnisse notieren.  ' });
    const message = {
      ns: 'breakout',
      event: 'message',
      text: 'Noch 5 Minuten!\nBitte Ergebnisse notieren.',
      from: alice.participantId,
      sentAt: room.clock.now(),
    };
    for (const p of [alice, bob, carol, guest]) expect(p.inbox.events('breakout')).toEqual([message]);
  });

  it('aLateJoinerGetsTheLatestMessage', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    await openManual(alice, 1, []);
    await alice.act('breakout', 'message', { text: 'first' });
    await room.advance(1000);
    await alice.act('breakout', 'message', { text: 'second' });
    const bob = await room.join('bob');
    expect(joinedSession(bob)?.message).toEqual({
      text: 'second',
      from: alice.participantId,
      sentAt: room.clock.now(),
    });
  });

  it('messagesAreCappedAndMustSaySomething', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]]);
    clearAll(alice, bob);
    await alice.act('breakout', 'message', { text: 'x'.repeat(breakoutLimits.messageMaxLength + 1) }, 'm1');
    await alice.act('breakout', 'message', { text: ' \n\u200B\t ' }, 'm2');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'breakout', id: 'm1', error: 'messageTooLong', maxLength: breakoutLimits.messageMaxLength },
      { ns: 'breakout', id: 'm2', error: 'emptyMessage' },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    await alice.act('breakout', 'message', { text: 'x'.repeat(breakoutLimits.messageMaxLength) }, 'm3');
    expect(alice.inbox.errors()).toHaveLength(2);
  });

  it('messagesStayPlainText', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]]);
    await alice.act('breakout', 'message', { text: '<img src=x onerror=alert(1)> \u202Egnp.exe' });
    expect(bob.inbox.last('breakout', 'message')?.text).toBe('<img src=x onerror=alert(1)> gnp.exe');
  });

  it('participantCannotMessageAllRooms', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    await openManual(alice, 1, [[bob, 1]]);
    clearAll(alice, bob, guest);
    await bob.act('breakout', 'message', { text: 'hi all' }, 'b');
    await guest.act('breakout', 'message', { text: 'hi all' }, 'g');
    expect(bob.inbox.errors()).toEqual([{ ns: 'breakout', id: 'b', error: 'forbidden', required: 'moderator' }]);
    expect(guest.inbox.errors()).toEqual([{ ns: 'breakout', id: 'g', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(joinedSession(await room.join('carol'))?.message).toBeNull();
  });

  it('noMessageWithoutOpenRooms', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    await alice.act('breakout', 'message', { text: 'hello' }, 'm');
    expect(alice.inbox.errors()).toEqual([{ ns: 'breakout', id: 'm', error: 'notRunning' }]);
  });
});
