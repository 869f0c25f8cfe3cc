import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mediaConfig } from '../sdp/mediaConfig.js';
import { type Baresip, startBaresip } from '../testing/baresip.js';
import type { CallEndReason, InboundCall } from './InboundCall.js';
import { SipUserAgent } from './SipUserAgent.js';

/**
 * The user agent against a real SIP peer: baresip 1.0.0 from Debian (`apt-get install baresip`) dials in over UDP,
 * sends G.711 from a WAV file, and hangs up, or is hung up on.
 */

const cleanups: Array<() => Promise<unknown> | unknown> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real baresip for this test, stopped afterwards. */
async function baresip(): Promise<Baresip> {
  const phone = await startBaresip({ user: 'caller' });
  cleanups.push(() => phone.stop());
  return phone;
}

async function rtpSink(): Promise<{ socket: UdpSocket; packets: () => number }> {
  const socket = createSocket('udp4');
  let packets = 0;
  socket.on('message', () => {
    packets++;
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => socket.close(() => resolve())));
  return { socket, packets: () => packets };
}

async function gateway() {
  const rtp = await rtpSink();
  const media = mediaConfig(
    { addresses: { IP4: '127.0.0.1' }, port: rtp.socket.address().port },
    { codecs: ['PCMU', 'PCMA'] },
  );
  const calls: Array<{ call: InboundCall; ended: CallEndReason[] }> = [];
  const log: string[] = [];
  const ua = new SipUserAgent({
    transport: { port: 0 },
    log: (event) => log.push(event),
    onCall: (call) => {
      const entry = { call, ended: [] as CallEndReason[] };
      call.onEnded = (reason) => entry.ended.push(reason);
      calls.push(entry);
      call.ringing();
      call.answer(media);
    },
  });
  const { udp } = await ua.start();
  cleanups.push(() => ua.stop());
  return { ua, port: udp, calls, rtp, log };
}

describe('SipUserAgent with baresip', () => {
  it('answers a call from baresip, receives its audio, and ends when baresip hangs up (remoteBye)', async () => {
    const { port, calls, rtp, ua } = await gateway();
    const phone = await baresip();
    phone.dial(`sip:4930123456@127.0.0.1:${port}`);
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 8000 });
    const entry = calls[0];
    expect(entry?.call.dialled).toBe('4930123456');
    expect(entry?.call.caller).toBe('caller');
    await phone.waitFor(/Call established/);
    await vi.waitFor(() => expect(rtp.packets()).toBeGreaterThan(10), { timeout: 5000 });
    phone.hangup();
    await vi.waitFor(() => expect(entry?.ended).toEqual(['remoteBye']), { timeout: 5000 });
    expect(ua.activeCalls).toBe(0);
  });

  it('hangs up on baresip with a BYE that baresip accepts (localBye)', async () => {
    const { port, calls, log } = await gateway();
    const phone = await baresip();
    phone.dial(`sip:4930123456@127.0.0.1:${port}`);
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 8000 });
    await phone.waitFor(/Call established/);
    const entry = calls[0];
    entry?.call.hangup();
    expect(entry?.ended).toEqual(['localBye']);
    // baresip's words for a BYE it accepted.
    await phone.waitFor(/session closed: Connection reset by peer/);
    await vi.waitFor(() => expect(log).toContainEqual(expect.stringMatching(/BYE answered 200$/)));
  });
});
