import { parseSdpMedia } from '../sdp/sdpMedia.js';
import type { ContractPeers, ContractPublisherPeer, ContractSubscriberPeer } from './ContractPeers.js';

/**
 * SDP-only peers for the fake: offers and answers shaped like werift's and Chrome's (BUNDLE,
 * mids, Opus 111 / VP8 96, ssrc, msid), without sockets, so the fake's suite stays I/O-free.
 */

interface Transceiver {
  readonly kind: 'audio' | 'video';
  readonly mid: string;
  direction: 'sendonly' | 'inactive';
}

const CODEC = {
  audio: { pt: 111, rtpmap: 'opus/48000/2', fmtp: 'a=fmtp:111 minptime=10;useinbandfec=1' },
  video: { pt: 96, rtpmap: 'VP8/90000', fmtp: null },
} as const;

function offerSdp(transceivers: readonly Transceiver[], version: number, peer: number): string {
  const lines = [
    'v=0',
    `o=- ${4_000_000 + peer} ${version} IN IP4 0.0.0.0`,
    's=-',
    't=0 0',
    `a=group:BUNDLE ${transceivers.map((t) => t.mid).join(' ')}`,
    'a=extmap-allow-mixed',
    'a=msid-semantic:WMS *',
  ];
  for (const t of transceivers) {
    const codec = CODEC[t.kind];
    lines.push(
      `m=${t.kind} 9 UDP/TLS/RTP/SAVPF ${codec.pt}`,
      'c=IN IP4 0.0.0.0',
      `a=ice-ufrag:pe${peer}`,
      `a=ice-pwd:fixturepassword${String(peer).padStart(9, '0')}`,
      'a=ice-options:trickle',
      `a=fingerprint:sha-256 ${Array.from({ length: 32 }, () => 'AB').join(':')}`,
      'a=setup:actpass',
      `a=mid:${t.mid}`,
      'a=extmap:1 urn:ietf:params:rtp-hdrext:sdes:mid',
      `a=${t.direction}`,
      `a=msid:stream${peer} track${t.mid}`,
      'a=rtcp-mux',
      `a=rtpmap:${codec.pt} ${codec.rtpmap}`,
      ...(codec.fmtp === null ? ['a=rtcp-fb:96 nack', 'a=rtcp-fb:96 nack pli'] : [codec.fmtp]),
      `a=ssrc:${1000 * peer + Number(t.mid)} cname:peer${peer}`,
      'a=candidate:1 1 udp 2130706431 192.0.2.10 50000 typ host',
      'a=end-of-candidates',
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function answerSdp(offer: string, peer: number): string {
  const media = parseSdpMedia(offer);
  const lines = [
    'v=0',
    `o=- ${5_000_000 + peer} 1 IN IP4 0.0.0.0`,
    's=-',
    't=0 0',
    `a=group:BUNDLE ${media.flatMap((m) => (m.port !== 0 && m.mid !== null ? [m.mid] : [])).join(' ')}`,
  ];
  for (const m of media) {
    const codec = m.codecs[0];
    lines.push(
      `m=${m.kind} ${m.port === 0 ? 0 : 9} UDP/TLS/RTP/SAVPF ${codec?.payloadType ?? 0}`,
      'c=IN IP4 0.0.0.0',
      `a=ice-ufrag:sa${peer}`,
      `a=ice-pwd:fixtureanswer${String(peer).padStart(11, '0')}`,
      `a=fingerprint:sha-256 ${Array.from({ length: 32 }, () => 'CD').join(':')}`,
      'a=setup:active',
      ...(m.mid === null ? [] : [`a=mid:${m.mid}`]),
      `a=${m.port === 0 || m.direction === 'inactive' ? 'inactive' : 'recvonly'}`,
      'a=rtcp-mux',
      ...(codec === undefined ? [] : [`a=rtpmap:${codec.payloadType} ${codec.rtpmap}`]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Fixture peers; SDP depends only on call order, so runs are deterministic. */
export function fixturePeers(): ContractPeers {
  let peers = 0;
  return {
    publisher(kinds): ContractPublisherPeer {
      const peer = ++peers;
      const transceivers: Transceiver[] = kinds.map((kind, i) => ({ kind, mid: String(i), direction: 'sendonly' }));
      let version = 0;
      return {
        offer: async () => offerSdp(transceivers, ++version, peer),
        accept: async () => undefined,
        addTrack: (kind) => {
          transceivers.push({ kind, mid: String(transceivers.length), direction: 'sendonly' });
        },
        removeTrack: (mid) => {
          const t = transceivers.find((x) => x.mid === mid);
          if (t === undefined) throw new Error(`no transceiver ${mid}`);
          t.direction = 'inactive';
        },
        close: async () => undefined,
      };
    },
    subscriber(): ContractSubscriberPeer {
      const peer = ++peers;
      return { answer: async (offer) => answerSdp(offer, peer), close: async () => undefined };
    },
  };
}
