/**
 * Just enough SDP reading for the fake and the tests: one entry per m-line, in order.
 * Not a validator; lines it does not know are skipped.
 */

export type SdpDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface SdpCodec {
  readonly payloadType: number;
  /** e.g. `opus/48000/2`, `VP8/90000`. */
  readonly rtpmap: string;
}

export interface SdpMedia {
  readonly kind: string;
  readonly port: number;
  readonly mid: string | null;
  readonly direction: SdpDirection;
  /** True when the m-line carries `a=simulcast` (RID based) or an `a=ssrc-group:SIM`. */
  readonly simulcast: boolean;
  readonly codecs: readonly SdpCodec[];
}

const DIRECTIONS: readonly string[] = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];

export function parseSdpMedia(sdp: string): SdpMedia[] {
  const result: SdpMedia[] = [];
  let sessionDirection: SdpDirection = 'sendrecv';
  let current: { kind: string; port: number; payloadTypes: number[]; lines: string[] } | null = null;

  const flush = () => {
    if (current === null) return;
    const attr = (name: string) => current?.lines.filter((l) => l.startsWith(`a=${name}`)) ?? [];
    const mid = attr('mid:')[0]?.slice('a=mid:'.length).trim() ?? null;
    const direction = (current.lines.map((l) => l.slice(2).trim()).find((a) => DIRECTIONS.includes(a)) ??
      sessionDirection) as SdpDirection;
    const rtpmaps = new Map<number, string>();
    for (const line of attr('rtpmap:')) {
      const match = /^a=rtpmap:(\d+)\s+(.+)$/.exec(line.trim());
      if (match?.[1] !== undefined && match[2] !== undefined) rtpmaps.set(Number(match[1]), match[2]);
    }
    result.push({
      kind: current.kind,
      port: current.port,
      mid,
      direction,
      simulcast: attr('simulcast:').length > 0 || attr('ssrc-group:SIM').length > 0,
      codecs: current.payloadTypes.map((pt) => ({ payloadType: pt, rtpmap: rtpmaps.get(pt) ?? '' })),
    });
  };

  for (const raw of sdp.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('m=')) {
      flush();
      const [kind = '', port = '0', , ...formats] = line.slice(2).split(/\s+/);
      current = { kind, port: Number(port), payloadTypes: formats.map(Number).filter(Number.isInteger), lines: [] };
    } else if (current !== null) {
      current.lines.push(line);
    } else if (DIRECTIONS.includes(line.slice(2))) {
      sessionDirection = line.slice(2) as SdpDirection;
    }
  }
  flush();
  return result;
}
