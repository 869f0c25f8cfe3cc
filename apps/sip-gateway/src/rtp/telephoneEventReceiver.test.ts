import { describe, expect, it } from 'vitest';
import type { DtmfDigit } from './dtmfDigit.js';
import { BARESIP_DTMF_CAPTURE } from './fixtures/baresipDtmfCapture.js';
import { parseRtpPacket } from './rtpPacket.js';
import { encodeTelephoneEvent } from './telephoneEvent.js';
import { TelephoneEventReceiver } from './telephoneEventReceiver.js';
import { telephoneEventPackets } from './telephoneEventSender.js';

const SSRC = 0x1234;

function keysOf(receiver: TelephoneEventReceiver, packets: readonly { timestamp: number; payload: Uint8Array }[]) {
  return packets
    .map((packet) => receiver.receive({ ssrc: SSRC, ...packet })?.digit)
    .filter((digit) => digit !== undefined)
    .join('');
}

function press(digit: DtmfDigit, timestamp: number, durationMs = 100) {
  return telephoneEventPackets(digit, { timestamp, durationMs });
}

describe('TelephoneEventReceiver', () => {
  it('turns baresip’s real packets for 5, # and 1 into exactly three keys', () => {
    const receiver = new TelephoneEventReceiver();
    const keys: string[] = [];
    for (const [, text] of BARESIP_DTMF_CAPTURE) {
      const packet = parseRtpPacket(Uint8Array.from(Buffer.from(text, 'hex')));
      if (!packet.ok || packet.value.payloadType !== 101) continue;
      const key = receiver.receive(packet.value);
      if (key !== null) keys.push(key.digit);
    }
    expect(keys).toEqual(['5', '#', '1']);
  });

  it('reports the key once, however many updates and end repeats arrive', () => {
    const receiver = new TelephoneEventReceiver();
    const packets = press('7', 1000);
    expect(packets.length).toBeGreaterThan(5);
    expect(keysOf(receiver, [...packets, ...packets])).toBe('7');
  });

  it('reports the key when the first packets are lost', () => {
    expect(keysOf(new TelephoneEventReceiver(), press('9', 1000).slice(3))).toBe('9');
  });

  it('tells two presses of the same key apart by their timestamps', () => {
    expect(keysOf(new TelephoneEventReceiver(), [...press('1', 1000), ...press('1', 2600)])).toBe('11');
  });

  it('counts a repeated key as new even when all end packets of the first were lost', () => {
    const first = press('3', 1000).filter((p) => (p.payload[1] as number) < 0x80);
    expect(keysOf(new TelephoneEventReceiver(), [...first, ...press('3', 2600)])).toBe('33');
  });

  it('ignores a late repeat of an earlier key', () => {
    const a = press('1', 1000);
    const b = press('2', 2600);
    expect(keysOf(new TelephoneEventReceiver(), [...a, ...b, a[a.length - 1] as (typeof a)[number]])).toBe('12');
  });

  it('does not count the next segment of a very long event as a new key', () => {
    const segment = (timestamp: number, duration: number, end: boolean) => ({
      timestamp,
      payload: encodeTelephoneEvent({ event: 0, end, volume: 10, duration }),
    });
    const packets = [
      segment(0, 32000, false),
      segment(0, 65535, false),
      segment(65535, 8000, false),
      segment(65535, 9000, true),
    ];
    expect(keysOf(new TelephoneEventReceiver(), packets)).toBe('0');
  });

  it('does not report flash (event 16) or unreadable payloads', () => {
    const receiver = new TelephoneEventReceiver();
    const flash = { timestamp: 5, payload: encodeTelephoneEvent({ event: 16, end: false, volume: 10, duration: 160 }) };
    expect(keysOf(receiver, [flash, { timestamp: 9, payload: Uint8Array.of(1) }])).toBe('');
  });

  it('starts afresh for a new SSRC', () => {
    const receiver = new TelephoneEventReceiver();
    const [packet] = press('4', 1000);
    if (packet === undefined) throw new Error('no packet');
    expect(receiver.receive({ ssrc: 1, ...packet })?.digit).toBe('4');
    expect(receiver.receive({ ssrc: 1, ...packet })).toBeNull();
    expect(receiver.receive({ ssrc: 2, ...packet })?.digit).toBe('4');
  });

  it('keeps working over many key presses (its memory is bounded)', () => {
    const receiver = new TelephoneEventReceiver();
    const keys = keysOf(receiver, Array.from({ length: 1000 }, (_, i) => press('5', i * 1600)).flat());
    expect(keys).toBe('5'.repeat(1000));
  });
});

describe('telephoneEventPackets', () => {
  it('sends a 100 ms key as baresip does: marker first, updates every 20 ms, the end three times', () => {
    const packets = telephoneEventPackets('5', { timestamp: 0xb0cd, durationMs: 100 });
    expect(packets.map((p) => [p.marker, p.timestamp, [...p.payload], p.offsetMs])).toEqual([
      [true, 0xb0cd, [5, 10, 0, 160], 0],
      [false, 0xb0cd, [5, 10, 1, 64], 20],
      [false, 0xb0cd, [5, 10, 1, 224], 40],
      [false, 0xb0cd, [5, 10, 2, 128], 60],
      [false, 0xb0cd, [5, 0x8a, 3, 32], 80],
      [false, 0xb0cd, [5, 0x8a, 3, 32], 100],
      [false, 0xb0cd, [5, 0x8a, 3, 32], 120],
    ]);
  });

  it('takes other intervals, volumes, repeat counts and clock rates', () => {
    const packets = telephoneEventPackets('#', {
      timestamp: 0xffffffff,
      durationMs: 40,
      intervalMs: 10,
      volume: 0,
      endRepeats: 1,
      clockRate: 16000,
    });
    expect(packets.map((p) => [...p.payload])).toEqual([
      [11, 0, 0, 160],
      [11, 0, 1, 64],
      [11, 0, 1, 224],
      [11, 0x80, 2, 128],
    ]);
  });

  it('refuses durations that do not fit one segment', () => {
    expect(() => telephoneEventPackets('1', { timestamp: 0, durationMs: 9000 })).toThrow(RangeError);
    expect(() => telephoneEventPackets('1', { timestamp: 0, durationMs: 0 })).toThrow(RangeError);
  });
});
