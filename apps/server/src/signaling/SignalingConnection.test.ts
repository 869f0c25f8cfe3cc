import { FakeMediaPlane } from '@plenum/media/fake';
import type { ConnectionId, RoomId } from '@plenum/protocol';
import { installationSigner, type Logger, silentLogger } from '@plenum/room-kit';
import { FakeClock, MemoryRecordStore, testInstallationKey } from '@plenum/room-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import type { EntryGrant } from '../access/EntryGrant.js';
import { TicketStore } from '../access/TicketStore.js';
import { ConfigSchema } from '../config/configSchema.js';
import { registry } from '../registry.js';
import { RoomHost } from '../rooms/RoomHost.js';
import { SignalingConnection } from './SignalingConnection.js';

const limits = ConfigSchema.parse({}).signaling;

function setup() {
  const clock = new FakeClock();
  const sent: Record<string, unknown>[] = [];
  const logged: { fields: Record<string, unknown>; message: string }[] = [];
  const log: Logger = {
    ...silentLogger,
    warn: (fields, message) => logged.push({ fields: fields as Record<string, unknown>, message }),
    child: () => log,
  };
  const host = new RoomHost({
    registry,
    media: new FakeMediaPlane(),
    records: new MemoryRecordStore(),
    signer: installationSigner(testInstallationKey()),
    clock,
    log: silentLogger,
    rooms: ConfigSchema.parse({}).rooms,
  });
  const tickets = new TicketStore<EntryGrant>({ ttlMs: 60_000 }, () => clock.now());
  const closed: number[] = [];
  const connection = new SignalingConnection({
    id: 'c'.repeat(22) as ConnectionId,
    roomId,
    socket: {
      send: (d) => sent.push(JSON.parse(d) as Record<string, unknown>),
      close: (code) => closed.push(code),
      readyState: 1,
    },
    host,
    tickets,
    limits,
    log,
    now: () => clock.now(),
    onRejected: () => {},
    onAccepted: () => {},
  });
  const text = (s: string) => connection.receive(Buffer.from(s), false);
  return { clock, sent, logged, text, tickets, connection, closed, host };
}

const roomId = 'r'.repeat(22) as RoomId;
const grant = (role: EntryGrant['role']): EntryGrant => ({
  role,
  kind: 'browser',
  displayName: null,
  userId: role === 'guest' ? null : 'u1',
  identity: role === 'guest' ? 'guest:g1' : 'user:u1',
  mustWait: false,
  guestLink: null,
  room: { waitingRoom: 'off', maxParticipants: 10 },
});

describe('SignalingConnection', () => {
  it('joinsWithTheRoleTheTicketGrantsAndRefusesItsReplay', () => {
    const { sent, text, tickets, connection } = setup();
    const { ticket } = tickets.issue(roomId, grant('owner'));
    expect(connection.entered).toBe(false);
    text(JSON.stringify({ ns: 'core', id: 'j1', action: 'join', displayName: 'Olga', ticket }));
    expect(connection.entered).toBe(true);
    return vi.waitFor(() => {
      const joined = sent.find((f) => f.event === 'joined') as { participants: { owner?: boolean }[] } | undefined;
      expect(joined?.participants[0]?.owner).toBe(true);
    });
  });

  it('joinsAPhoneCallerAsPhoneUnderTheNameTheTicketFixesWhateverTheJoinSays', () => {
    const { sent, text, tickets } = setup();
    const phone: EntryGrant = { ...grant('guest'), kind: 'phone', displayName: '+49 … 34', identity: 'phone:abc' };
    const { ticket } = tickets.issue(roomId, phone);
    text(JSON.stringify({ ns: 'core', id: 'j1', action: 'join', displayName: 'Chef', ticket }));
    return vi.waitFor(() => {
      const joined = sent.find((f) => f.event === 'joined') as
        | { participants: { displayName: string; kind: string }[] }
        | undefined;
      expect(joined?.participants[0]).toMatchObject({ displayName: '+49 … 34', kind: 'phone' });
    });
  });

  it('refusesAJoinWithoutAValidTicketAndKeepsTheSocketForAnotherTry', () => {
    const { sent, text, tickets, connection, closed } = setup();
    text(JSON.stringify({ ns: 'core', id: 'j1', action: 'join', displayName: 'Eve' }));
    expect(sent.at(-1)).toMatchObject({ ns: 'signaling', id: 'j1', error: 'invalidCommand' });
    text(JSON.stringify({ ns: 'core', id: 'j2', action: 'join', displayName: 'Eve', ticket: 'x'.repeat(43) }));
    expect(sent.at(-1)).toEqual({ ns: 'signaling', id: 'j2', error: 'ticketRejected', reason: 'unknown' });
    const other = tickets.issue('o'.repeat(22) as RoomId, grant('participant'));
    text(JSON.stringify({ ns: 'core', id: 'j3', action: 'join', displayName: 'Eve', ticket: other.ticket }));
    expect(sent.at(-1)).toMatchObject({ error: 'ticketRejected', reason: 'wrongRoom' });
    expect(connection.entered).toBe(false);
    expect(closed).toEqual([]);
    connection.closeUnjoined();
    expect(closed).toEqual([4408]);
  });

  it('doesNotCloseASocketThatJoinedWhenTheDeadlinePasses', () => {
    const { text, tickets, connection, closed } = setup();
    const { ticket } = tickets.issue(roomId, grant('guest'));
    text(JSON.stringify({ ns: 'core', action: 'join', displayName: 'Gast', ticket }));
    connection.closeUnjoined();
    expect(closed).toEqual([]);
  });

  it('answersEveryBadFrameButLogsAtMostOnceInTenSeconds', () => {
    const { clock, sent, logged, text } = setup();
    for (let i = 0; i < 20; i++) {
      text('garbage');
      clock.advance(100);
    }
    expect(sent.filter((f) => f.error === 'invalidJson')).toHaveLength(20);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.fields).toMatchObject({ reason: 'invalidJson', rejected: 1 });
    clock.advance(10_000);
    text('garbage');
    expect(logged).toHaveLength(2);
    expect(logged[1]?.fields).toMatchObject({ rejected: 20 });
  });

  it('neverLogsTheRejectedInput', () => {
    const { logged, text } = setup();
    text('{"ns":"core","action":"join","displayName":"", "secret":"Geheimnis"}');
    expect(JSON.stringify(logged)).not.toContain('Geheimnis');
  });
});
