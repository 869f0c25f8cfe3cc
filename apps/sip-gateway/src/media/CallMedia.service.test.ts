import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import type { DtmfDigit } from '../rtp/dtmfDigit.js';
import { decodeG711, encodeG711 } from '../rtp/g711.js';
import { parseRtpPacket, type RtpPacket, serializeRtpPacket } from '../rtp/rtpPacket.js';
import { telephoneEventPackets } from '../rtp/telephoneEventSender.js';
import { AUDIO_CODECS, type AudioCodecName } from '../sdp/audioCodecs.js';
import type { NegotiatedAudio } from '../sdp/negotiatedAudio.js';
import type { SdpDirection } from '../sdp/sdpTypes.js';
import { CallMedia } from './CallMedia.js';
import type { PhoneLatching } from './PhoneSourceFilter.js';
import { PortPool } from './PortPool.js';

/** A UDP peer on loopback that records the RTP it receives. */
class Peer {
  readonly received: RtpPacket[] = [];
  private constructor(readonly socket: Socket) {
    socket.on('message', (data) => {
      const parsed = parseRtpPacket(data);
      if (parsed.ok) this.received.push({ ...parsed.value, payload: parsed.value.payload.slice() });
    });
  }

  static async open(): Promise<Peer> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return new Peer(socket);
  }

  get port(): number {
    return this.socket.address().port;
  }

  send(port: number, packet: Parameters<typeof serializeRtpPacket>[0]): void {
    this.socket.send(serializeRtpPacket(packet), port, '127.0.0.1');
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

function negotiated(
  phone: Peer,
  overrides: { codec?: AudioCodecName; payloadType?: number; direction?: SdpDirection } = {},
): NegotiatedAudio {
  const codec = AUDIO_CODECS[overrides.codec ?? 'PCMU'];
  const direction = overrides.direction ?? 'sendrecv';
  return {
    mediaIndex: 0,
    codec,
    payloadType: overrides.payloadType ?? codec.staticPayloadType,
    telephoneEvent: { payloadType: 101, events: [...Array(16).keys()] },
    remote: { addressType: 'IP4', address: '127.0.0.1', port: phone.port },
    direction,
    remotePtime: null,
    remoteHold: direction === 'recvonly' || direction === 'inactive',
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(5);
  }
}

const tone = (samples: number, offset = 0) =>
  Int16Array.from({ length: samples }, (_, i) =>
    Math.round(12000 * Math.sin((2 * Math.PI * 440 * (i + offset)) / 8000)),
  );

function continuous(packets: readonly RtpPacket[]): boolean {
  return packets.every(
    (p, i) =>
      i === 0 ||
      (p.sequenceNumber === (((packets[i - 1] as RtpPacket).sequenceNumber + 1) & 0xffff) &&
        p.timestamp === ((packets[i - 1] as RtpPacket).timestamp + 160) >>> 0),
  );
}

/** A socket on an even port with two more even ports above it, standing for another process's RTP port. */
async function bindEvenPort(): Promise<Socket> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    const { port } = socket.address();
    if (port % 2 === 0 && port < 65000) return socket;
    await new Promise<void>((resolve) => socket.close(() => resolve()));
  }
  throw new Error('no even port');
}

const opened: { close(): Promise<void> }[] = [];

async function setup(options: { comfortSilence?: boolean; latching?: PhoneLatching } = {}) {
  const phone = await Peer.open();
  const bridge = await Peer.open();
  const media = await CallMedia.open({
    host: '127.0.0.1',
    latching: options.latching ?? 'sdp',
    comfortSilence: options.comfortSilence ?? false,
  });
  opened.push(phone, bridge, media);
  return { phone, bridge, media };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((x) => x.close()));
});

describe('CallMedia over loopback UDP', () => {
  it('turns 30 ms PCMA with a dynamic payload type into exactly 160-byte PCMU frames with PT 0 and continuous numbering', async () => {
    const { phone, bridge, media } = await setup();
    media.setPhone(negotiated(phone, { codec: 'PCMA', payloadType: 98 }));
    media.setBridge({ host: '127.0.0.1', port: bridge.port }, 'pcmu');
    for (let i = 0; i < 8; i++) {
      const payload = encodeG711(tone(240, i * 240), 'PCMA');
      phone.send(media.phonePort, {
        payloadType: 98,
        sequenceNumber: 500 + i,
        timestamp: 9000 + i * 240,
        ssrc: 42,
        payload,
      });
      await sleep(2);
    }
    await until(() => bridge.received.length === 12);
    expect(bridge.received.every((p) => p.payloadType === 0 && p.payload.length === 160 && p.ssrc !== 42)).toBe(true);
    expect(continuous(bridge.received)).toBe(true);
    const relayed = Buffer.concat(bridge.received.map((p) => p.payload));
    expect(relayed).toEqual(Buffer.from(encodeG711(decodeG711(encodeG711(tone(1920), 'PCMA'), 'PCMA'), 'PCMU')));
  });

  it('takes DTMF and comfort noise out of the stream, reports each key once, and leaves no sequence gap', async () => {
    const { phone, bridge, media } = await setup();
    const digits: DtmfDigit[] = [];
    media.onDigit = (digit) => digits.push(digit);
    media.setPhone(negotiated(phone));
    media.setBridge({ host: '127.0.0.1', port: bridge.port }, 'pcmu');
    let seq = 1;
    let ts = 0;
    const audio = () => {
      phone.send(media.phonePort, {
        payloadType: 0,
        sequenceNumber: seq++,
        timestamp: ts,
        ssrc: 7,
        payload: encodeG711(tone(160), 'PCMU'),
      });
      ts += 160;
    };
    audio();
    audio();
    for (const event of telephoneEventPackets('5', { timestamp: ts })) {
      phone.send(media.phonePort, { ...event, payloadType: 101, sequenceNumber: seq++, ssrc: 7 });
    }
    ts += 800;
    phone.send(media.phonePort, {
      payloadType: 13,
      sequenceNumber: seq++,
      timestamp: ts,
      ssrc: 7,
      payload: Uint8Array.of(60),
    });
    audio();
    audio();
    await until(() => bridge.received.length === 4 && digits.length === 1);
    await sleep(30);
    expect(digits).toEqual(['5']);
    expect(bridge.received.every((p) => p.payloadType === 0)).toBe(true);
    expect(
      bridge.received.map((p) => (p.sequenceNumber - (bridge.received[0] as RtpPacket).sequenceNumber) & 0xffff),
    ).toEqual([0, 1, 2, 3]);
    expect(media.stats().phone).toMatchObject({ digits: 1, comfortNoisePackets: 1 });
  });

  it('drops RTP from strangers on both sockets, and RTCP, and counts them', async () => {
    const { phone, bridge, media } = await setup();
    const stranger = await Peer.open();
    opened.push(stranger);
    media.setPhone(negotiated(phone));
    media.setBridge({ host: '127.0.0.1', port: bridge.port }, 'pcmu');
    const packet = { payloadType: 0, sequenceNumber: 1, timestamp: 0, ssrc: 3, payload: new Uint8Array(160) };
    stranger.send(media.phonePort, packet);
    stranger.send(media.bridgePort, packet);
    const senderReport = new Uint8Array(28);
    senderReport.set([0x80, 200, 0, 6]); // RTCP SR, length 6 words + 1
    bridge.socket.send(senderReport, media.bridgePort, '127.0.0.1');
    await until(() => media.stats().phone.dropped.stranger === 1 && media.stats().bridge.dropped.stranger === 1);
    await until(() => media.stats().bridge.dropped.rtcp === 1);
    expect(bridge.received).toHaveLength(0);
    expect(phone.received).toHaveLength(0);
  });

  it('plays a prompt to the caller instead of the mix, then goes back to the mix with continuous numbering', async () => {
    const { phone, bridge, media } = await setup();
    media.setPhone(negotiated(phone, { codec: 'PCMA' }));
    media.setBridge({ host: '127.0.0.1', port: bridge.port }, 'pcma');
    const mixPayload = new Uint8Array(160).fill(0x11);
    let seq = 0;
    const mix = setInterval(() => {
      bridge.send(media.bridgePort, {
        payloadType: 8,
        sequenceNumber: seq,
        timestamp: seq * 160,
        ssrc: 99,
        payload: mixPayload,
      });
      seq++;
    }, 20);
    try {
      await until(() => phone.received.length >= 3);
      const outcome = await media.play(tone(160 * 5));
      expect(outcome).toBe('finished');
      await until(() => phone.received.filter((p) => p.payload[0] === 0x11).length >= 6);
    } finally {
      clearInterval(mix);
    }
    const kinds = phone.received.map((p) => (p.payload[0] === 0x11 ? 'mix' : 'prompt'));
    const firstPrompt = kinds.indexOf('prompt');
    expect(kinds.slice(firstPrompt, firstPrompt + 5)).toEqual(Array(5).fill('prompt'));
    expect(kinds.slice(firstPrompt + 5).every((k) => k === 'mix')).toBe(true);
    expect(phone.received.every((p) => p.payloadType === 8 && p.payload.length === 160)).toBe(true);
    const seqs = phone.received.map((p) => p.sequenceNumber);
    expect(seqs.every((s, i) => i === 0 || s === (((seqs[i - 1] as number) + 1) & 0xffff))).toBe(true);
    expect(media.stats().bridge.mixDuringPrompt).toBeGreaterThan(0);
  });

  it('stops sending to a phone that put the call on hold, keeps relaying what it sends, and resumes on re-INVITE', async () => {
    const { phone, bridge, media } = await setup();
    media.setPhone(negotiated(phone));
    media.setBridge({ host: '127.0.0.1', port: bridge.port }, 'pcmu');
    const mixFrame = (n: number) =>
      bridge.send(media.bridgePort, {
        payloadType: 0,
        sequenceNumber: n,
        timestamp: n * 160,
        ssrc: 99,
        payload: new Uint8Array(160).fill(0x22),
      });
    mixFrame(0);
    await until(() => phone.received.length === 1);
    media.setPhone(negotiated(phone, { direction: 'recvonly' }));
    mixFrame(1);
    phone.send(media.phonePort, {
      payloadType: 0,
      sequenceNumber: 1,
      timestamp: 0,
      ssrc: 7,
      payload: new Uint8Array(160),
    });
    await until(() => bridge.received.length === 1);
    await sleep(20);
    expect(phone.received).toHaveLength(1);
    expect(media.stats().bridge.dropped.paused).toBe(1);
    media.setPhone(negotiated(phone));
    mixFrame(2);
    await until(() => phone.received.length === 2);
    expect(phone.received[1]?.sequenceNumber).toBe(((phone.received[0]?.sequenceNumber as number) + 1) & 0xffff);
  });

  it('sends paced G.711 silence while the caller is neither in the mix nor hearing a prompt', async () => {
    const { phone, media } = await setup({ comfortSilence: true });
    media.setPhone(negotiated(phone, { codec: 'PCMA' }));
    await sleep(210);
    const count = phone.received.length;
    expect(count).toBeGreaterThanOrEqual(6);
    expect(count).toBeLessThanOrEqual(13);
    expect(phone.received.every((p) => p.payload.length === 160 && p.payload.every((b) => b === 0xd5))).toBe(true);
    expect(continuous(phone.received)).toBe(true);
  });

  it('reports talking from the caller audio level', async () => {
    const { phone, bridge, media } = await setup();
    const talking: boolean[] = [];
    media.onTalking = (value) => talking.push(value);
    media.setPhone(negotiated(phone));
    media.setBridge({ host: '127.0.0.1', port: bridge.port }, 'pcmu');
    for (let i = 0; i < 5; i++) {
      phone.send(media.phonePort, {
        payloadType: 0,
        sequenceNumber: i,
        timestamp: i * 160,
        ssrc: 7,
        payload: encodeG711(tone(160, i * 160), 'PCMU'),
      });
    }
    await until(() => talking.length === 1);
    expect(talking).toEqual([true]);
    await media.close();
    expect(talking).toEqual([true, false]);
  });

  it('latches to a phone behind NAT whose SDP names another port, and then sends the mix there', async () => {
    const { phone, bridge, media } = await setup({ latching: 'first-source' });
    const sdpSaysElsewhere = negotiated(phone);
    media.setPhone({ ...sdpSaysElsewhere, remote: { addressType: 'IP4', address: '127.0.0.1', port: 9 } });
    media.setBridge({ host: '127.0.0.1', port: bridge.port }, 'pcmu');
    for (let i = 0; i < 4; i++) {
      phone.send(media.phonePort, {
        payloadType: 0,
        sequenceNumber: i,
        timestamp: i * 160,
        ssrc: 7,
        payload: new Uint8Array(160),
      });
    }
    await until(() => bridge.received.length === 2);
    expect(media.stats().phone).toMatchObject({ latched: true, dropped: { stranger: 2 } });
    bridge.send(media.bridgePort, {
      payloadType: 0,
      sequenceNumber: 1,
      timestamp: 0,
      ssrc: 99,
      payload: new Uint8Array(160),
    });
    await until(() => phone.received.length === 1);
  });

  it('takes both ports from the pool, skips one that another process holds, and gives them back on close', async () => {
    const taken = await bindEvenPort();
    const held = taken.address().port;
    const ports = new PortPool({ min: held, max: Math.min(held + 20, 65535) });
    const total = ports.free;
    const media = await CallMedia.open({ host: '127.0.0.1', ports });
    try {
      for (const port of [media.phonePort, media.bridgePort]) {
        expect(port % 2).toBe(0);
        expect(port).toBeGreaterThan(held);
        expect(port).toBeLessThanOrEqual(held + 20);
      }
      expect(ports.free).toBe(total - 2);
    } finally {
      await media.close();
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
    expect(ports.free).toBe(total);
  });
});
