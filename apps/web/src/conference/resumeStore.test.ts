import { ResumeTicket } from '@plenum/module-core/protocol';
import { describe, expect, it } from 'vitest';
import { isResumable, resumeKey, sessionResumeStore } from './resumeStore.js';

const ticket = ResumeTicket.parse({ participantId: 'bob-participant-00002', secret: 'secret-secret-secret-1' });
const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';

function memoryStorage(): Storage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

function setup() {
  const storage = memoryStorage();
  const clock = { now: 1_000_000 };
  const store = sessionResumeStore(
    ROOM,
    () => storage,
    () => clock.now,
  );
  return { storage, clock, store };
}

describe('resumeStore', () => {
  it('keepsTheTicketPerRoomWithTheTimeItWasIssued', () => {
    const t = setup();
    t.store.issued({ ticket, displayName: 'Bob', graceSeconds: 10, microphone: 'on', camera: true });
    expect([...t.storage.data.keys()]).toEqual([resumeKey(ROOM)]);
    expect(t.store.load()).toEqual({
      ticket,
      displayName: 'Bob',
      graceSeconds: 10,
      microphone: 'on',
      camera: true,
      issuedAt: 1_000_000,
      droppedAt: null,
    });
    expect(sessionResumeStore('other-room-id-000000000', () => t.storage).load()).toBeNull();
  });

  it('resumesWithinTheGracePeriodAfterThePageWentAwayAndDropsItAfterwards', () => {
    const t = setup();
    t.store.issued({ ticket, displayName: 'Bob', graceSeconds: 10, microphone: 'on', camera: true });
    t.clock.now += 3_600_000; // an hour in the meeting
    t.store.dropped({ microphone: 'muted', camera: false });
    t.clock.now += 2_000;
    expect(t.store.load()).toMatchObject({ microphone: 'muted', camera: false, droppedAt: t.clock.now - 2_000 });
    t.clock.now += 8_000;
    expect(t.store.load()).toBeNull();
    expect(t.storage.data.size).toBe(0);
  });

  it('clearDropsTheTicket', () => {
    const t = setup();
    t.store.issued({ ticket, displayName: 'Bob', graceSeconds: 10, microphone: 'off', camera: false });
    t.store.clear();
    expect(t.store.load()).toBeNull();
    expect(t.storage.data.size).toBe(0);
  });

  it('ignoresTamperedRecordsAndClockJumps', () => {
    const t = setup();
    t.storage.setItem(resumeKey(ROOM), '{"ticket":{"participantId":"x","secret":"short"}}');
    expect(t.store.load()).toBeNull();
    t.storage.setItem(resumeKey(ROOM), 'not json');
    expect(t.store.load()).toBeNull();
    const record = {
      ticket,
      displayName: 'Bob',
      graceSeconds: 10,
      issuedAt: 0,
      droppedAt: 5_000,
      microphone: 'on' as const,
      camera: false,
    };
    expect(isResumable(record, 9_000)).toBe(true);
    expect(isResumable(record, 4_000)).toBe(false);
    expect(isResumable(record, 15_000)).toBe(false);
  });
});
