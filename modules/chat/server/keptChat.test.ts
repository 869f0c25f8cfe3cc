import type { RoomId } from '@plenum/protocol';
import type { RecordStreamKey, RoomRecordStore } from '@plenum/room-kit';
import { FakeClock, MemoryRecordStore, personas } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { type ChatMessage, chatLimits } from '../protocol.js';
import { maxKeepDays } from './ChatArchive.js';
import { chatRoom, joinedHistory, received, say, whisper } from './chatTestRoom.test-support.js';

const DAY = 86_400_000;
const roomId = 'KeptChatRoomId________' as RoomId;
const kept = { keepChatDays: 30 };

/** One meeting of the same room after another, sharing one record store. */
function meetings(records: RoomRecordStore = new MemoryRecordStore()) {
  return (settings: { keepChatDays?: number } = kept, clock?: FakeClock) =>
    chatRoom(settings, { records, roomId, ...(clock ? { clock } : {}) });
}

async function endMeeting(room: ReturnType<typeof chatRoom>['room']): Promise<void> {
  await room.room.close();
}

const lastHistory = (p: { inbox: { last(ns: string, event: string): Record<string, unknown> | undefined } }) =>
  (p.inbox.last('chat', 'history')?.messages ?? []) as ChatMessage[];

describe('kept chat', () => {
  it('chatEndsWithTheMeetingUnlessTheTenantKeepsIt', async () => {
    const records = new MemoryRecordStore();
    const next = meetings(records);
    const first = next({}).room;
    await say(await first.join('alice'), 'vergänglich');
    await endMeeting(first);
    const second = next({}).room;
    const alice = await second.join('alice');
    expect(joinedHistory(alice)).toEqual([]);
    expect(alice.inbox.events('chat', 'history')).toEqual([]);
    expect(await records.latest({ room: roomId, module: 'chat', stream: 'main' }, 10, Date.now())).toEqual([]);
  });

  it('keptChatComesBackInTheNextMeetingMarkedAsEarlier', async () => {
    const next = meetings();
    const first = next().room;
    const alice = await first.join('alice');
    const bob = await first.join('bob');
    await say(alice, 'eins');
    await say(bob, 'zwei');
    await endMeeting(first);

    const second = next().room;
    const carol = await second.join('carol');
    expect(lastHistory(carol).map((m) => [m.fromName, m.text, m.seq, m.earlier])).toEqual([
      ['Alice', 'eins', 1, true],
      ['Bob', 'zwei', 2, true],
    ]);
    const guest = await second.join('guest');
    expect(joinedHistory(guest).map((m) => m.text)).toEqual(['eins', 'zwei']);
  });

  it('joinStateSaysHowLongChatIsKept', async () => {
    const alice = await meetings()().room.join('alice');
    const modules = alice.inbox.last('core', 'joined')?.modules as { chat: { keptForDays?: number } };
    expect(modules.chat.keptForDays).toBe(30);
    const bob = await chatRoom().room.join('bob');
    const plain = bob.inbox.last('core', 'joined')?.modules as { chat: { keptForDays?: number } };
    expect(plain.chat.keptForDays).toBeUndefined();
  });

  it('newMessagesAreNumberedAfterTheKeptOnes', async () => {
    const next = meetings();
    const first = next().room;
    await say(await first.join('alice'), 'alt');
    await endMeeting(first);
    const second = next().room;
    const bob = await second.join('bob');
    await say(bob, 'neu');
    const [message] = received(bob);
    expect(message?.seq).toBe(chatLimits.historyPerGroup + 1);
    expect(message?.earlier).toBeUndefined();
    expect(lastHistory(bob).map((m) => m.seq)).toEqual([1]);
  });

  it('privateMessagesAreNeverKept', async () => {
    const next = meetings();
    const first = next().room;
    const alice = await first.join('alice');
    const bob = await first.join('bob');
    await whisper(alice, bob, 'nur für dich');
    await say(alice, 'für alle');
    await endMeeting(first);
    const carol = await next().room.join('carol');
    expect(lastHistory(carol).map((m) => m.text)).toEqual(['für alle']);
  });

  it('breakoutRoomChatIsNeverKept', async () => {
    const next = meetings();
    const { room: first, control } = next();
    const alice = await first.join('alice');
    const bob = await first.join('bob');
    control().moveToGroup(bob.participantId, 'b1');
    await first.settle();
    await say(bob, 'im Gruppenraum');
    await say(alice, 'im Hauptraum');
    await endMeeting(first);
    const carol = await next().room.join('carol');
    expect(lastHistory(carol).map((m) => m.text)).toEqual(['im Hauptraum']);
  });

  it('clearingTheHistoryAlsoDeletesTheKeptChat', async () => {
    const next = meetings();
    const first = next().room;
    const alice = await first.join('alice');
    await say(alice, 'weg damit');
    await alice.act('chat', 'clearHistory');
    await endMeeting(first);
    const bob = await next().room.join('bob');
    expect(joinedHistory(bob)).toEqual([]);
    expect(bob.inbox.events('chat', 'history')).toEqual([]);
  });

  it('keptMessagesAreGoneAfterTheRetentionTime', async () => {
    const next = meetings();
    const first = next({ keepChatDays: 1 }).room;
    await say(await first.join('alice'), 'kurzlebig');
    await endMeeting(first);
    const dayAfter = new FakeClock(first.clock.now() + DAY + 1);
    const bob = await next({ keepChatDays: 1 }, dayAfter).room.join('bob');
    expect(joinedHistory(bob)).toEqual([]);
    expect(lastHistory(bob)).toEqual([]);
  });

  it('anEndlessRetentionIsCappedSoMessagesAreStillKept', async () => {
    const records = new MemoryRecordStore();
    const next = meetings(records);
    const first = next({ keepChatDays: 2_147_483_647 }).room;
    await say(await first.join('alice'), 'lange');
    await endMeeting(first);
    const kept = await records.latest({ room: roomId, module: 'chat', stream: 'main' }, 10, first.clock.now());
    expect(kept).toHaveLength(1);
    const later = new FakeClock(first.clock.now() + (maxKeepDays - 1) * DAY);
    const bob = await next({ keepChatDays: 2_147_483_647 }, later).room.join('bob');
    expect(lastHistory(bob).map((m) => m.text)).toEqual(['lange']);
  });

  it('messagesSentBeforeTheKeptOnesArriveStayAfterThem', async () => {
    const records = new SlowStore();
    const next = meetings(records);
    const first = next().room;
    await say(await first.join('alice'), 'gestern');
    await endMeeting(first);
    records.holdReads = true;
    const second = next().room;
    const bob = second.connect();
    const { displayName, role, kind } = personas.bob;
    second.room.join(bob.connectionId, { displayName, role, kind });
    second.room.command(bob.connectionId, { ns: 'chat', action: 'send', text: 'heute' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(bob.inbox.events('chat', 'messageSent')).toHaveLength(1);
    records.releaseReads();
    await second.settle();
    expect(lastHistory(bob).map((m) => m.text)).toEqual(['gestern', 'heute']);
    expect(await records.latest({ room: roomId, module: 'chat', stream: 'main' }, 10, second.clock.now())).toEqual([
      expect.objectContaining({ text: 'gestern' }),
      expect.objectContaining({ text: 'heute' }),
    ]);
  });

  it('aFailingStoreDoesNotStopTheChat', async () => {
    const records = new SlowStore();
    records.failWrites = true;
    const { room } = meetings(records)();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await say(alice, 'trotzdem da');
    expect(received(bob).map((m) => m.text)).toEqual(['trotzdem da']);
    expect(alice.inbox.errors()).toEqual([]);
  });
});

/** A memory store whose reads can be held back and whose writes can fail. */
class SlowStore extends MemoryRecordStore {
  holdReads = false;
  failWrites = false;
  #held: (() => void)[] = [];

  override async latest(key: RecordStreamKey, limit: number, now: number): Promise<unknown[]> {
    if (this.holdReads) await new Promise<void>((resolve) => this.#held.push(resolve));
    return super.latest(key, limit, now);
  }

  override async append(key: RecordStreamKey, body: unknown, expiresAt: number | null): Promise<void> {
    if (this.failWrites) throw new Error('disk full');
    return super.append(key, body, expiresAt);
  }

  releaseReads(): void {
    this.holdReads = false;
    for (const release of this.#held.splice(0)) release();
  }
}
