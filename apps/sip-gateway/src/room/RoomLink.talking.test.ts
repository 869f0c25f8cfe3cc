import { EventEmitter } from 'node:events';
import { PhoneEntryView } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RoomLink, type RoomLinkEvents } from './RoomLink.js';

const PHONE = 'phone-participant-0001';

/** A signalling socket that is open at once and records what the link sends. */
class FakeSocket extends EventEmitter {
  readyState: number = WebSocket.OPEN;
  readonly sent: Record<string, unknown>[] = [];
  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close(): void {
    this.readyState = WebSocket.CLOSED;
  }
  /** A frame from the server. */
  frame(frame: Record<string, unknown>): void {
    this.emit('message', JSON.stringify(frame));
  }
}

const entry = PhoneEntryView.parse({
  ticket: `access-ticket-${'x'.repeat(32)}`,
  expiresAt: '2026-11-26T18:00:00.000Z',
  roomId: 'room-id-000000000001',
  role: 'guest',
  waits: false,
  displayName: 'Phone',
  language: 'de',
});

const joined = {
  ns: 'core',
  event: 'joined',
  participantId: PHONE,
  connectionId: 'connection-id-0000001',
  resumed: false,
  resume: { participantId: PHONE, secret: 'secret-secret-secret-1' },
  reconnectGraceSeconds: 10,
  participants: [],
  policy: { selfRename: true, switchedOff: [] },
  modules: {},
};
const audioReady = { ns: 'media', event: 'phoneAudioReady', rtp: { host: '127.0.0.1', port: 41_000 } };

const ignore = () => {};
const events: RoomLinkEvents = {
  waiting: ignore,
  admitted: ignore,
  audioReady: ignore,
  mutedChanged: ignore,
  unmuteRefused: ignore,
  handChanged: ignore,
  audioFailed: ignore,
  ended: ignore,
};

function connected() {
  const socket = new FakeSocket();
  const link = new RoomLink(entry, {
    serverUrl: 'http://127.0.0.1:1',
    events,
    renewTicket: async () => undefined,
    createSocket: () => socket as unknown as WebSocket,
  });
  link.connect();
  socket.emit('open');
  const talking = () => socket.sent.filter((f) => f.action === 'phoneTalking').map((f) => f.talking);
  return { socket, link, talking };
}

describe('RoomLink: the caller talking', () => {
  it('tellsTheMeetingOnlyOnceTheCallersAudioIsInIt', () => {
    const { socket, link, talking } = connected();
    link.setTalking(true);
    link.setTalking(false);
    socket.frame(joined);
    link.setTalking(true);
    expect(talking()).toEqual([]);
    link.setTalking(false);
    socket.frame(audioReady);
    link.setTalking(true);
    link.setTalking(true);
    link.setTalking(false);
    expect(talking()).toEqual([true, false]);
  });

  it('saysItAgainForEveryNewAudioLegSinceTheServerForgetsItThen', () => {
    const { socket, link, talking } = connected();
    socket.frame(joined);
    socket.frame(audioReady);
    link.setTalking(true);
    // A move to a breakout room: a new leg, the server starts from "not talking".
    socket.frame(audioReady);
    expect(talking()).toEqual([true, true]);
    // A resumed connection: nothing is told until its audio is in again.
    socket.frame({ ...joined, resumed: true });
    link.setTalking(false);
    link.setTalking(true);
    expect(talking()).toEqual([true, true]);
    socket.frame(audioReady);
    expect(talking()).toEqual([true, true, true]);
  });
});
