import { describe, expect, it } from 'vitest';
import { digitToEvent, eventToDigit, parseDtmfDigit } from './dtmfDigit.js';
import { decodeTelephoneEvent, encodeTelephoneEvent } from './telephoneEvent.js';

describe('RFC 4733 telephone-event payloads', () => {
  it('reads baresip’s payloads: key 5, volume 10, growing duration, then the E bit', () => {
    expect(decodeTelephoneEvent(Uint8Array.of(0x05, 0x0a, 0x00, 0xa0))).toEqual({
      ok: true,
      value: { event: 5, end: false, volume: 10, duration: 160 },
    });
    expect(decodeTelephoneEvent(Uint8Array.of(0x0b, 0x8a, 0x07, 0x80))).toEqual({
      ok: true,
      value: { event: 11, end: true, volume: 10, duration: 1920 },
    });
  });

  it('ignores the reserved bit', () => {
    const result = decodeTelephoneEvent(Uint8Array.of(1, 0x40 | 0x80 | 7, 0, 1));
    expect(result).toEqual({ ok: true, value: { event: 1, end: true, volume: 7, duration: 1 } });
  });

  it('refuses a payload shorter than four bytes', () => {
    expect(decodeTelephoneEvent(Uint8Array.of(1, 2, 3))).toEqual({ ok: false, error: 'too_short' });
  });

  it('writes what it reads', () => {
    const event = { event: 15, end: true, volume: 63, duration: 0xffff };
    const bytes = encodeTelephoneEvent(event);
    expect([...bytes]).toEqual([15, 0xbf, 0xff, 0xff]);
    expect(decodeTelephoneEvent(bytes)).toEqual({ ok: true, value: event });
  });

  it('throws on values that do not fit', () => {
    expect(() => encodeTelephoneEvent({ event: 256, end: false, volume: 0, duration: 0 })).toThrow(RangeError);
    expect(() => encodeTelephoneEvent({ event: 1, end: false, volume: 64, duration: 0 })).toThrow(RangeError);
    expect(() => encodeTelephoneEvent({ event: 1, end: false, volume: 0, duration: 65536 })).toThrow(RangeError);
  });
});

describe('DTMF keys', () => {
  it('maps event codes 0–15 to keys and back', () => {
    const keys = Array.from({ length: 16 }, (_, event) => eventToDigit(event));
    expect(keys.join('')).toBe('0123456789*#ABCD');
    for (const [event, key] of keys.entries()) expect(key !== undefined && digitToEvent(key)).toBe(event);
  });

  it('has no key for flash (16) or tones', () => {
    expect(eventToDigit(16)).toBeUndefined();
    expect(eventToDigit(255)).toBeUndefined();
  });

  it('reads keys from text', () => {
    expect(parseDtmfDigit('#')).toBe('#');
    expect(parseDtmfDigit('d')).toBe('D');
    expect(parseDtmfDigit('E')).toBeUndefined();
    expect(parseDtmfDigit('12')).toBeUndefined();
  });
});
