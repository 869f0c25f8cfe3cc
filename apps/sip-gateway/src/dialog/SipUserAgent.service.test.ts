import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mediaConfig } from '../sdp/mediaConfig.js';
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

/** A port free for UDP and TCP on 127.0.0.1 (baresip listens on both). */
async function freePort(): Promise<number> {
  for (;;) {
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    await new Promise((resolve) => server.close(resolve));
    const udp = createSocket('udp4');
    const free = await new Promise<boolean>((resolve) => {
      udp.once('error', () => resolve(false));
      udp.bind(port, '127.0.0.1', () => resolve(true));
    });
    await new Promise<void>((resolve) => (free ? udp.close(() => resolve()) : resolve()));
    if (free) return port;
  }
}

/** One second of an 8 kHz 440 Hz tone, 16-bit mono WAV (baresip's aufile loops it). */
function toneWav(): Buffer {
  const rate = 8000;
  const samples = Buffer.alloc(rate * 2);
  for (let index = 0; index < rate; index++) {
    samples.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * index) / rate)), index * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

interface Baresip {
  readonly output: () => string;
  command(text: string): void;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

async function startBaresip(): Promise<Baresip> {
  const dir = mkdtempSync(join(tmpdir(), 'plenum-baresip-'));
  const port = await freePort();
  writeFileSync(join(dir, 'tone.wav'), toneWav());
  writeFileSync(
    join(dir, 'config'),
    [
      'poll_method epoll',
      `sip_listen 127.0.0.1:${port}`,
      `audio_source aufile,${join(dir, 'tone.wav')}`,
      'audio_player aufile,/dev/null',
      'module_path /usr/lib/baresip/modules',
      'module stdio.so',
      'module g711.so',
      'module aufile.so',
      'module_tmp uuid.so',
      'module_tmp account.so',
      'module_app menu.so',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'accounts'), `<sip:caller@127.0.0.1:${port}>;regint=0\n`);
  const child: ChildProcess = spawn('baresip', ['-f', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  cleanups.push(async () => {
    child.stdin?.write('/quit\n');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  });
  const baresip: Baresip = {
    output: () => output,
    command: (text) => child.stdin?.write(`${text}\n`),
    waitFor: (pattern, timeoutMs = 8000) =>
      vi.waitFor(
        () => {
          if (!pattern.test(output)) throw new Error(`baresip never logged ${pattern}; it said:\n${output}`);
        },
        { timeout: timeoutMs, interval: 50 },
      ),
  };
  await baresip.waitFor(/baresip is ready/);
  return baresip;
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
    const baresip = await startBaresip();
    baresip.command(`/dial sip:4930123456@127.0.0.1:${port}`);
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 8000 });
    const entry = calls[0];
    expect(entry?.call.dialled).toBe('4930123456');
    expect(entry?.call.caller).toBe('caller');
    await baresip.waitFor(/Call established/);
    await vi.waitFor(() => expect(rtp.packets()).toBeGreaterThan(10), { timeout: 5000 });
    baresip.command('/hangup');
    await vi.waitFor(() => expect(entry?.ended).toEqual(['remoteBye']), { timeout: 5000 });
    expect(ua.activeCalls).toBe(0);
  });

  it('hangs up on baresip with a BYE that baresip accepts (localBye)', async () => {
    const { port, calls, log } = await gateway();
    const baresip = await startBaresip();
    baresip.command(`/dial sip:4930123456@127.0.0.1:${port}`);
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 8000 });
    await baresip.waitFor(/Call established/);
    const entry = calls[0];
    entry?.call.hangup();
    expect(entry?.ended).toEqual(['localBye']);
    // baresip's words for a BYE it accepted.
    await baresip.waitFor(/session closed: Connection reset by peer/);
    await vi.waitFor(() => expect(log).toContainEqual(expect.stringMatching(/BYE answered 200$/)));
  });
});
