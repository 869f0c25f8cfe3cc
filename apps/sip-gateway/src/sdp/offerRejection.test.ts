import { describe, expect, it } from 'vitest';
import { formatWarningHeader, offerRejection, sdpParseFailure } from './offerRejection.js';
import { parseSdp } from './parseSdp.js';

describe('offer rejections', () => {
  it('map every reason to 488 with its RFC 3261 warning code', () => {
    expect(
      (['incompatible_address', 'incompatible_transport', 'no_audio', 'no_common_codec'] as const).map((code) => [
        offerRejection(code).status,
        offerRejection(code).warning.code,
      ]),
    ).toEqual([
      [488, 301],
      [488, 302],
      [488, 304],
      [488, 305],
    ]);
  });

  it('turn an unreadable body into 400 with a 399 warning that names the error, not the input', () => {
    const result = parseSdp('v=0\r\no=<script> 1 1 IN IP4 x y\r\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const failure = sdpParseFailure(result.error);
    expect(failure).toEqual({ status: 400, warning: { code: 399, text: 'Malformed SDP (bad_origin)' } });
    expect(formatWarningHeader(failure.warning, 'plenum')).toBe('399 plenum "Malformed SDP (bad_origin)"');
  });
});
