import { type DtmfDigit, eventToDigit } from './dtmfDigit.js';
import { decodeTelephoneEvent } from './telephoneEvent.js';

/** A key press, reported once per event. */
export interface ReceivedDigit {
  readonly digit: DtmfDigit;
  /** RTP timestamp of the event's start: the same in every packet of the event. */
  readonly timestamp: number;
}

/** What the receiver needs of a telephone-event RTP packet (already filtered by the negotiated payload type). */
export interface TelephoneEventPacket {
  readonly ssrc: number;
  readonly timestamp: number;
  readonly payload: Uint8Array;
}

/** Event start times remembered per source, to recognise late repeats of earlier events. */
const REMEMBERED_EVENTS = 32;
/**
 * A segment this long (half the 16-bit duration) may be continued by the next one; shorter events are never
 * split, so a repeated key after a lost end packet is still a new key press.
 */
const LONG_SEGMENT = 0x8000;
/** The next segment starts where the previous one ended: at most the full 16-bit duration later, plus slack. */
const MAX_SEGMENT_STEP = 0x12000;

/**
 * Turns the packet stream of RFC 4733 into one digit per key press. An event is sent as many packets with the
 * same timestamp (updates with growing duration, then the end packet three times); all of them are keyed
 * by that timestamp, and only the first one seen reports the digit, so a lost first packet loses nothing.
 * An event too long for the 16-bit duration continues under a new timestamp that starts where the previous
 * segment ended (RFC 4733 long-duration events); such a segment of the same, unended event is not a new key
 * press. A new SSRC starts afresh.
 */
export class TelephoneEventReceiver {
  private ssrc: number | null = null;
  private readonly seen: number[] = [];
  private current: { event: number; timestamp: number; duration: number; ended: boolean } | null = null;

  receive(packet: TelephoneEventPacket): ReceivedDigit | null {
    const decoded = decodeTelephoneEvent(packet.payload);
    if (!decoded.ok) return null;
    const { event, end, duration } = decoded.value;
    if (packet.ssrc !== this.ssrc) {
      this.ssrc = packet.ssrc;
      this.seen.length = 0;
      this.current = null;
    }
    const timestamp = packet.timestamp >>> 0;
    if (this.seen.includes(timestamp)) {
      if (this.current?.timestamp === timestamp) {
        this.current.duration = Math.max(this.current.duration, duration);
        this.current.ended ||= end;
      }
      return null;
    }
    const previous = this.current;
    const continues =
      previous !== null &&
      !previous.ended &&
      previous.event === event &&
      previous.duration >= LONG_SEGMENT &&
      (timestamp - previous.timestamp) >>> 0 <= MAX_SEGMENT_STEP;
    this.remember(timestamp);
    this.current = { event, timestamp, duration, ended: end };
    if (continues) return null;
    const digit = eventToDigit(event);
    return digit === undefined ? null : { digit, timestamp };
  }

  private remember(timestamp: number): void {
    this.seen.push(timestamp);
    if (this.seen.length > REMEMBERED_EVENTS) this.seen.shift();
  }
}
