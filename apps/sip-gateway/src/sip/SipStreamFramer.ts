import { getContentLength } from './ContentLength.js';
import { headEnd, type PartialSipMessage, parseSipMessage, partialOf, type SipParseResult } from './parseSipMessage.js';
import { resolveSipLimits, type SipLimits } from './SipLimits.js';
import type { SipParseError } from './SipParseError.js';
import { scanHead } from './scanHead.js';

export type SipStreamEvent =
  /** One whole message, parsed; a failed parse here still leaves the stream in step (answer it and go on). */
  | { readonly type: 'message'; readonly result: SipParseResult }
  /** CRLFCRLF between messages: a keepalive ping, answered with a single CRLF (RFC 5626 §3.5.1). */
  | { readonly type: 'ping' }
  /** A lone CRLF between messages: a keepalive pong, or noise that RFC 3261 §7.5 says to ignore. */
  | { readonly type: 'pong' }
  /**
   * The stream cannot be cut into messages any more (no or bad Content-Length, a head or body over the limits).
   * Answer the partial request if `respondToParseFailure` can, then close the connection; the framer stays closed.
   */
  | { readonly type: 'fatal'; readonly error: SipParseError; readonly partial: PartialSipMessage | undefined };

const crlf = Buffer.from('\r\n');

/**
 * Cuts a TCP (or TLS) byte stream into SIP messages by Content-Length (RFC 3261 §18.3). Chunks may split messages
 * anywhere or hold several. Memory stays within one message's limit plus the chunk being read.
 */
export class SipStreamFramer {
  private readonly limits: SipLimits;
  private storage = Buffer.alloc(0);
  /** Unread bytes are storage[start, end). */
  private start = 0;
  private end = 0;
  /** Unread bytes already searched for the end of the head, so a slow sender is not searched quadratically. */
  private searched = 0;
  /** Head length and body length of the message at the front, once its head is complete. */
  private frame: { readonly head: number; readonly body: number } | undefined;
  private isClosed = false;

  constructor(limits?: Partial<SipLimits>) {
    this.limits = resolveSipLimits(limits);
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Bytes held that do not yet form a whole message. */
  get buffered(): number {
    return this.end - this.start;
  }

  push(chunk: Uint8Array): SipStreamEvent[] {
    if (this.isClosed) return [];
    this.append(chunk);
    const events: SipStreamEvent[] = [];
    for (;;) {
      const event = this.next();
      if (event === undefined) return events;
      events.push(event);
      if (event.type === 'fatal') {
        this.isClosed = true;
        this.storage = Buffer.alloc(0);
        this.start = 0;
        this.end = 0;
        return events;
      }
    }
  }

  private next(): SipStreamEvent | undefined {
    const data = this.storage.subarray(this.start, this.end);
    const limit = this.limits.maxMessageBytes;
    if (this.frame === undefined) {
      if (data.subarray(0, 2).equals(crlf)) {
        if (data.subarray(0, 4).equals(headEnd)) return this.consume(4, { type: 'ping' });
        if (data.length < 4 && headEnd.subarray(0, data.length).equals(data)) return undefined;
        return this.consume(2, { type: 'pong' });
      }
      const end = data.indexOf(headEnd, Math.max(0, this.searched - 3));
      if (end < 0) {
        this.searched = data.length;
        if (data.length <= limit) return undefined;
        return this.fatal({ kind: 'messageTooLarge', limit }, data.subarray(0, Math.max(0, data.lastIndexOf(crlf))));
      }
      const head = data.subarray(0, end);
      const headLength = end + headEnd.length;
      if (headLength > limit) return this.fatal({ kind: 'messageTooLarge', limit }, head);
      const declared = getContentLength(scanHead(head, this.limits));
      if (!declared.ok) return this.fatal(declared.error, head);
      const body = declared.value;
      if (body === undefined) return this.fatal({ kind: 'missingContentLength' }, head);
      if (body > this.limits.maxBodyBytes) {
        return this.fatal({ kind: 'bodyTooLarge', limit: this.limits.maxBodyBytes, length: body }, head);
      }
      if (headLength + body > limit) return this.fatal({ kind: 'messageTooLarge', limit }, head);
      this.frame = { head: headLength, body };
    }
    const size = this.frame.head + this.frame.body;
    if (data.length < size) return undefined;
    const result = parseSipMessage(data.subarray(0, size), { transport: 'stream', limits: this.limits });
    return this.consume(size, { type: 'message', result });
  }

  /** `head`: complete header lines, without the CRLF after the last one. */
  private fatal(error: SipParseError, head: Uint8Array): SipStreamEvent {
    return { type: 'fatal', error, partial: partialOf(scanHead(head, this.limits)) };
  }

  private consume(count: number, event: SipStreamEvent): SipStreamEvent {
    this.start += count;
    this.searched = 0;
    this.frame = undefined;
    return event;
  }

  /**
   * Writes the chunk after the unread bytes. Only when the storage is full are the unread bytes moved to the front of
   * a storage at least twice their size, so that the copying stays linear in the bytes received.
   */
  private append(chunk: Uint8Array): void {
    if (this.end + chunk.byteLength > this.storage.length) {
      const unread = this.end - this.start;
      const size = Math.max((unread + chunk.byteLength) * 2, 4096);
      const oversized = this.storage.length > Math.max(size, 4 * this.limits.maxMessageBytes);
      const target = this.storage.length < size || oversized ? Buffer.alloc(size) : this.storage;
      this.storage.copy(target, 0, this.start, this.end);
      this.storage = target;
      this.start = 0;
      this.end = unread;
    }
    this.storage.set(chunk, this.end);
    this.end += chunk.byteLength;
  }
}
