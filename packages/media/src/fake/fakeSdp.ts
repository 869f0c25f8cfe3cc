import { parseSdpMedia, type SdpDirection } from '../sdp/sdpMedia.js';

/**
 * Plausible SDP for the fake: the shape Janus produces (BUNDLE, one host candidate,
 * `a=setup:active` in answers), deterministic in `seq`, never valid for real ICE.
 */

const REVERSE: Readonly<Record<SdpDirection, SdpDirection>> = {
  sendonly: 'recvonly',
  recvonly: 'sendonly',
  sendrecv: 'sendrecv',
  inactive: 'inactive',
};

function header(seq: number, bundle: readonly string[]): string[] {
  const hex = seq.toString(16).padStart(2, '0').slice(-2).toUpperCase();
  return [
    'v=0',
    `o=- ${1_000_000 + seq} 1 IN IP4 127.0.0.1`,
    's=FakeMediaPlane',
    't=0 0',
    ...(bundle.length > 0 ? [`a=group:BUNDLE ${bundle.join(' ')}`] : []),
    `a=fingerprint:sha-256 ${Array.from({ length: 32 }, () => hex).join(':')}`,
    'a=msid-semantic: WMS *',
  ];
}

function transport(seq: number, setup: 'active' | 'actpass', port: number): string[] {
  return [
    'c=IN IP4 127.0.0.1',
    'a=rtcp-mux',
    `a=ice-ufrag:fk${seq}`,
    `a=ice-pwd:fakepassword${String(seq).padStart(12, '0')}`,
    `a=setup:${setup}`,
    ...(port === 0 ? [] : ['a=candidate:1 1 udp 2015363327 127.0.0.1 9 typ host', 'a=end-of-candidates']),
  ];
}

/** An answer mirroring the offer: same m-lines and mids, reversed directions, the first codec of each. */
export function fakeAnswer(offer: string, seq: number): string {
  const media = parseSdpMedia(offer);
  const lines = header(
    seq,
    media.filter((m) => m.port !== 0 && m.mid !== null).map((m) => m.mid ?? ''),
  );
  for (const m of media) {
    const codec = m.codecs[0];
    lines.push(`m=${m.kind} ${m.port === 0 ? 0 : 9} UDP/TLS/RTP/SAVPF ${codec?.payloadType ?? 0}`);
    lines.push(`a=${m.port === 0 ? 'inactive' : REVERSE[m.direction]}`);
    if (m.mid !== null) lines.push(`a=mid:${m.mid}`);
    lines.push(...transport(seq, 'active', m.port));
    if (codec !== undefined && codec.rtpmap !== '') lines.push(`a=rtpmap:${codec.payloadType} ${codec.rtpmap}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface FakeOfferLine {
  readonly mid: string;
  readonly kind: 'audio' | 'video';
  /** false: an m-line kept for its mid but carrying nothing (`a=inactive`, port 0). */
  readonly active: boolean;
}

/** A subscriber offer like Janus's: one sendonly m-line per stream, Opus 111 / VP8 96. */
export function fakeSubscriberOffer(lines: readonly FakeOfferLine[], seq: number): string {
  const sdp = header(
    seq,
    lines.filter((l) => l.active).map((l) => l.mid),
  );
  for (const line of lines) {
    const [pt, rtpmap] = line.kind === 'audio' ? [111, 'opus/48000/2'] : [96, 'VP8/90000'];
    sdp.push(`m=${line.kind} ${line.active ? 9 : 0} UDP/TLS/RTP/SAVPF ${pt}`);
    sdp.push(`a=${line.active ? 'sendonly' : 'inactive'}`);
    sdp.push(`a=mid:${line.mid}`);
    sdp.push(...transport(seq, 'actpass', line.active ? 9 : 0));
    sdp.push(`a=rtpmap:${pt} ${rtpmap}`);
  }
  return `${sdp.join('\r\n')}\r\n`;
}
