import { FakeMediaPlane } from '@plenum/media/fake';
import type { ConnectionId, RoomId } from '@plenum/protocol';
import { type Logger, silentLogger } from '@plenum/room-kit';
import { FakeClock } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
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
    clock,
    log: silentLogger,
    rooms: ConfigSchema.parse({}).rooms,
  });
  const connection = new SignalingConnection({
    id: 'c'.repeat(22) as ConnectionId,
    roomId: 'r'.repeat(22) as RoomId,
    socket: { send: (d) => sent.push(JSON.parse(d) as Record<string, unknown>), close: () => {}, readyState: 1 },
    host,
    limits,
    log,
    now: () => clock.now(),
    onRejected: () => {},
    onAccepted: () => {},
  });
  const text = (s: string) => connection.receive(Buffer.from(s), false);
  return { clock, sent, logged, text };
}

describe('SignalingConnection', () => {
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
