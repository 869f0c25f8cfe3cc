import { fail, ok, type ParseResult } from '../sip/ParseResult.js';

/** The payload of an RFC 4733 telephone-event packet. */
export interface TelephoneEvent {
  /** 0–255; 0–15 are the DTMF keys. */
  readonly event: number;
  /** The E bit: this packet ends the event. */
  readonly end: boolean;
  /** Power level in −dBm0, 0–63. */
  readonly volume: number;
  /** Duration so far, in timestamp units, counted from the packet's RTP timestamp (the event's start). */
  readonly duration: number;
}

export const TELEPHONE_EVENT_BYTES = 4;

/** Reads the first event of a payload; bytes after the first four are ignored. The reserved R bit is ignored. */
export function decodeTelephoneEvent(payload: Uint8Array): ParseResult<TelephoneEvent, 'too_short'> {
  if (payload.byteLength < TELEPHONE_EVENT_BYTES) return fail('too_short');
  const flags = payload[1] as number;
  return ok({
    event: payload[0] as number,
    end: (flags & 0x80) !== 0,
    volume: flags & 0x3f,
    duration: ((payload[2] as number) << 8) | (payload[3] as number),
  });
}

/** Writes one event. Values come from our code: out-of-range ones throw a RangeError. */
export function encodeTelephoneEvent(event: TelephoneEvent): Uint8Array {
  check('event', event.event, 255);
  check('volume', event.volume, 63);
  check('duration', event.duration, 0xffff);
  return Uint8Array.of(event.event, (event.end ? 0x80 : 0) | event.volume, event.duration >> 8, event.duration & 0xff);
}

function check(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`telephone-event ${name} must be an integer from 0 to ${max}`);
  }
}
