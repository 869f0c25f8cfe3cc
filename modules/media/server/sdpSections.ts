/** One m-line of an SDP, as far as the media module needs to know it. */
export interface SdpSection {
  readonly kind: string;
  readonly mid: string | undefined;
  /** False when the m-line is rejected or stopped (port 0) or does not send. */
  readonly sending: boolean;
}

/**
 * Reads the m-lines of an SDP offer: kind, mid, and whether it sends. Tolerant of CRLF or LF;
 * anything it does not understand is ignored — the SFU validates the SDP for real.
 */
export function sdpSections(sdp: string): SdpSection[] {
  const sections: { kind: string; mid: string | undefined; port: string; direction: string }[] = [];
  for (const line of sdp.split(/\r?\n/)) {
    if (line.startsWith('m=')) {
      const [kind = '', port = '0'] = line.slice(2).split(' ');
      sections.push({ kind, mid: undefined, port, direction: 'sendrecv' });
      continue;
    }
    const current = sections.at(-1);
    if (!current) continue;
    if (line.startsWith('a=mid:')) current.mid = line.slice(6).trim();
    else if (/^a=(sendrecv|sendonly|recvonly|inactive)$/.test(line)) current.direction = line.slice(2);
  }
  return sections.map((s) => ({
    kind: s.kind,
    mid: s.mid,
    sending: s.port !== '0' && (s.direction === 'sendonly' || s.direction === 'sendrecv'),
  }));
}
