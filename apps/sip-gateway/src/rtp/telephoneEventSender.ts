import { type DtmfDigit, digitToEvent } from './dtmfDigit.js';
import { encodeTelephoneEvent } from './telephoneEvent.js';

/** One packet to send; the caller sets SSRC, payload type and the next sequence number. */
export interface OutgoingTelephoneEvent {
  readonly marker: boolean;
  readonly timestamp: number;
  readonly payload: Uint8Array;
  /** When to send it, in ms after the first packet. */
  readonly offsetMs: number;
}

export interface TelephoneEventSendOptions {
  /** RTP timestamp of the key press (the stream's current timestamp). */
  readonly timestamp: number;
  /** How long the key is held, in ms (default 100). */
  readonly durationMs?: number;
  /** Packet interval in ms (default 20, the audio ptime). */
  readonly intervalMs?: number;
  readonly clockRate?: number;
  /** −dBm0 (default 10). */
  readonly volume?: number;
  /** How often the end packet goes out (RFC 4733 recommends 3). */
  readonly endRepeats?: number;
}

/**
 * The packets of one key press (RFC 4733 sending procedure): the first with the marker bit, updates every interval
 * with the duration so far, all under the start timestamp, then the end packet with the total duration, repeated.
 * Throws a RangeError for a duration that does not fit one 16-bit segment (over 8 s at 8000 Hz).
 */
export function telephoneEventPackets(digit: DtmfDigit, options: TelephoneEventSendOptions): OutgoingTelephoneEvent[] {
  const clockRate = options.clockRate ?? 8000;
  const intervalMs = options.intervalMs ?? 20;
  const volume = options.volume ?? 10;
  const total = Math.round(((options.durationMs ?? 100) * clockRate) / 1000);
  const step = Math.round((intervalMs * clockRate) / 1000);
  if (total < 1 || total > 0xffff || step < 1) throw new RangeError('telephone-event duration out of range');
  const event = digitToEvent(digit);
  const timestamp = options.timestamp >>> 0;
  const packets: OutgoingTelephoneEvent[] = [];
  let duration = Math.min(step, total);
  while (duration < total) {
    const payload = encodeTelephoneEvent({ event, end: false, volume, duration });
    packets.push({ marker: packets.length === 0, timestamp, payload, offsetMs: packets.length * intervalMs });
    duration += step;
  }
  const end = encodeTelephoneEvent({ event, end: true, volume, duration: total });
  for (let i = 0; i < (options.endRepeats ?? 3); i++) {
    packets.push({ marker: packets.length === 0, timestamp, payload: end, offsetMs: packets.length * intervalMs });
  }
  return packets;
}
