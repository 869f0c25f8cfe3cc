import { fail, ok, type ParseResult } from '../sip/ParseResult.js';
import { type DtmfDigit, eventToDigit, parseDtmfDigit } from './dtmfDigit.js';

/** A key press carried in a SIP INFO request instead of RTP. */
export interface InfoDtmf {
  readonly digit: DtmfDigit;
  /** From `Duration=` of application/dtmf-relay, in ms; `null` when absent. */
  readonly durationMs: number | null;
}

export type InfoDtmfError = 'unsupported_content_type' | 'too_large' | 'missing_signal' | 'bad_signal' | 'bad_duration';

export const MAX_INFO_DTMF_BODY = 1024;

/**
 * Reads the DTMF bodies of SIP INFO that PBXs send when RFC 4733 is not used:
 * `application/dtmf-relay` (`Signal=5\r\nDuration=160`, Cisco style, keys in any case, LF or CRLF) and
 * `application/dtmf` (the key alone). The signal is a key (`0`–`9`, `*`, `#`, `A`–`D`) or an event code 10–15.
 */
export function parseInfoDtmf(contentType: string, body: string): ParseResult<InfoDtmf, InfoDtmfError> {
  if (body.length > MAX_INFO_DTMF_BODY) return fail('too_large');
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (mediaType === 'application/dtmf') {
    const digit = readSignal(body.trim());
    return digit === undefined
      ? fail(body.trim() === '' ? 'missing_signal' : 'bad_signal')
      : ok({ digit, durationMs: null });
  }
  if (mediaType !== 'application/dtmf-relay') return fail('unsupported_content_type');
  const fields = new Map<string, string>();
  for (const line of body.split(/\r?\n/)) {
    const equals = line.indexOf('=');
    if (equals < 1) continue;
    fields.set(line.slice(0, equals).trim().toLowerCase(), line.slice(equals + 1).trim());
  }
  const signal = fields.get('signal');
  if (signal === undefined || signal === '') return fail('missing_signal');
  const digit = readSignal(signal);
  if (digit === undefined) return fail('bad_signal');
  const duration = fields.get('duration');
  if (duration === undefined) return ok({ digit, durationMs: null });
  if (!/^\d{1,6}$/.test(duration)) return fail('bad_duration');
  return ok({ digit, durationMs: Number(duration) });
}

function readSignal(text: string): DtmfDigit | undefined {
  if (text.length === 1) return parseDtmfDigit(text);
  return /^1[0-5]$/.test(text) ? eventToDigit(Number(text)) : undefined;
}
