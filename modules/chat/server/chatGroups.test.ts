import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../protocol.js';
import { chatRoom, joinedHistory, say, texts, whisper } from './chatTestRoom.test-support.js';

const histories = (frames: Record<string, unknown>[]) =>
  frames.filter((f) => f.event === 'history').map((f) => (f.messages as ChatMessage[]).map((m) => m.text));

describe('breakout groups', () => {
  it('breakoutChatStaysInBreakoutRoom', async () => {
    const { room, control } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    control().moveToGroup(bob.participantId, 'b1');
    control().moveToGroup(carol.participantId, 'b1');
    await say(bob, 'im Breakout');
    await say(alice, 'im Hauptraum');
    expect(texts(carol)).toEqual(['im Breakout']);
    expect(texts(bob)).toEqual(['im Breakout']);
    expect(texts(alice)).toEqual(['im Hauptraum']);
  });

  it('historyIsKeptPerGroupAndAMoveBringsThatGroupsHistory', async () => {
    const { room, control } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await say(alice, 'vorher');
    control().moveToGroup(carol.participantId, 'b1');
    await say(carol, 'b1 allein');
    control().moveToGroup(bob.participantId, 'b1');
    control().moveToGroup(bob.participantId, null);
    expect(histories(bob.inbox.frames)).toEqual([['b1 allein'], ['vorher']]);
    expect(histories(carol.inbox.frames)).toEqual([[]]);
    expect(histories(alice.inbox.frames)).toEqual([]);
    const dave = await room.join('bob', { displayName: 'Dave' });
    expect(joinedHistory(dave).map((m) => m.text)).toEqual(['vorher']);
  });

  it('aMovedParticipantsPrivateMessagesStayInTheirGroup', async () => {
    const { room, control } = chatRoom();
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await whisper(bob, carol, 'unter uns');
    control().moveToGroup(bob.participantId, 'b1');
    control().moveToGroup(carol.participantId, 'b1');
    expect(histories(carol.inbox.frames).at(-1)).toEqual([]);
    control().moveToGroup(carol.participantId, null);
    expect(histories(carol.inbox.frames).at(-1)).toEqual(['unter uns']);
  });

  it('privateMessageAcrossGroupsIsRefused', async () => {
    const { room, control } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    control().moveToGroup(bob.participantId, 'b1');
    await whisper(alice, bob, 'hallo drüben', 'x1');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'chat', id: 'x1', error: 'invalidRecipient', participantId: bob.participantId, reason: 'otherGroup' },
    ]);
    expect(bob.inbox.events('chat', 'messageSent')).toEqual([]);
  });

  it('aBreakoutGroupsChatEndsWhenTheLastPersonLeavesIt', async () => {
    const { room, control } = chatRoom();
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    control().moveToGroup(bob.participantId, 'b1');
    control().moveToGroup(carol.participantId, 'b1');
    await say(bob, 'alt');
    control().moveToGroup(bob.participantId, null);
    await carol.act('core', 'leave');
    control().moveToGroup(bob.participantId, 'b1');
    expect(histories(bob.inbox.frames).at(-1)).toEqual([]);
  });

  it('theMainRoomKeepsItsChatWhileEveryoneIsInBreakoutRooms', async () => {
    const { room, control } = chatRoom();
    const bob = await room.join('bob');
    await say(bob, 'Hauptraum');
    control().moveToGroup(bob.participantId, 'b1');
    control().moveToGroup(bob.participantId, null);
    expect(histories(bob.inbox.frames).at(-1)).toEqual(['Hauptraum']);
  });

  it('moderatorClearsOnlyTheirOwnGroupsHistory', async () => {
    const { room, control } = chatRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    control().moveToGroup(bob.participantId, 'b1');
    control().moveToGroup(carol.participantId, 'b1');
    await say(bob, 'bleibt');
    await say(alice, 'weg');
    await alice.act('chat', 'clearHistory');
    expect(bob.inbox.events('chat', 'historyCleared')).toEqual([]);
    control().moveToGroup(alice.participantId, 'b1');
    expect(histories(alice.inbox.frames).at(-1)).toEqual(['bleibt']);
  });
});
