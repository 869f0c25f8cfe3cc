import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real telephone for tests: baresip 1.0 from Debian, run headless from its own config folder. It sends a tone
 * (an 8 kHz WAV through `aufile`), dials, types keys as RFC 4733 DTMF, and dumps what it hears (`sndfile`) so a test
 * can check that the caller heard something.
 */
export interface Baresip {
  /** Everything baresip printed so far. */
  readonly output: () => string;
  /** Dials a SIP URI, e.g. `sip:plenum@127.0.0.1:5090`. */
  dial(uri: string): void;
  /** Types keys during the call (each one a DTMF press), with a pause between presses. */
  keys(keys: string, gapMs?: number): Promise<void>;
  hangup(): void;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** The audio baresip decoded from the call so far (mono PCM at the codec's rate), from its newest dump. */
  heard(): Int16Array;
  stop(): Promise<void>;
}

export interface BaresipOptions {
  /** The caller's number: the user part of its SIP URI (the From header). */
  readonly user?: string;
  /** The tone it sends, in Hz (for three minutes). */
  readonly toneHz?: number;
  /** Codecs baresip offers, most preferred first (module names). */
  readonly codecs?: readonly ('g711' | 'g722')[];
}

/** Whether `port` can be bound on 127.0.0.1 over TCP and UDP right now. */
async function bindable(port: number): Promise<boolean> {
  const server = createServer();
  const tcp = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (tcp) await new Promise((resolve) => server.close(resolve));
  if (!tcp) return false;
  const udp = createSocket('udp4');
  const free = await new Promise<boolean>((resolve) => {
    udp.once('error', () => resolve(false));
    udp.bind(port, '127.0.0.1', () => resolve(true));
  });
  await new Promise<void>((resolve) => (free ? udp.close(() => resolve()) : resolve()));
  return free;
}

/**
 * A port free for UDP and TCP on 127.0.0.1, and the next one too: baresip listens on both, and for SIP over TLS on
 * the port after.
 */
export async function freeSipPort(): Promise<number> {
  for (;;) {
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    await new Promise((resolve) => server.close(resolve));
    if (port < 65_535 && (await bindable(port)) && (await bindable(port + 1))) return port;
  }
}

/**
 * A sine at `hz` for `seconds`, 16-bit mono WAV at `rate` (baresip's aufile ends the call at the end of its file, and
 * wants the codec's rate: 8 kHz for G.711, 16 kHz for G.722).
 */
export function toneWav(hz: number, seconds = 180, amplitude = 8000, rate = 8000): Buffer {
  const samples = Buffer.alloc(rate * seconds * 2);
  for (let i = 0; i < rate * seconds; i++)
    samples.writeInt16LE(Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / rate)), i * 2);
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

/** The samples of a 16-bit PCM WAV file (the `data` chunk; to the end of the file while it is being written). */
export function wavSamples(file: Buffer): Int16Array {
  let at = 12;
  while (at + 8 <= file.length) {
    const id = file.toString('ascii', at, at + 4);
    const size = file.readUInt32LE(at + 4);
    if (id === 'data') {
      // A file still being written says 0 (or too much) here: take what is there.
      const end = size === 0 || at + 8 + size > file.length ? file.length : at + 8 + size;
      const bytes = file.subarray(at + 8, end);
      return new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + (bytes.length & ~1)));
    }
    at += 8 + size + (size & 1);
  }
  return new Int16Array(0);
}

/** Root mean square of a stretch of samples. */
export function rms(samples: Int16Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / samples.length);
}

/**
 * Starts a baresip that is ready to dial. A port taken between choosing and binding it (other tests run alongside)
 * is retried with another port, a few times.
 */
export async function startBaresip(options: BaresipOptions = {}): Promise<Baresip> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startBaresipOnce(options);
    } catch (error) {
      if (attempt >= 3 || !/Address already in use/.test(String(error))) throw error;
    }
  }
}

async function startBaresipOnce(options: BaresipOptions): Promise<Baresip> {
  const dir = mkdtempSync(join(tmpdir(), 'plenum-baresip-'));
  const dumps = join(dir, 'dumps');
  const port = await freeSipPort();
  const codecs = options.codecs ?? ['g711'];
  const rate = codecs[0] === 'g722' ? 16_000 : 8000;
  writeFileSync(join(dir, 'tone.wav'), toneWav(options.toneHz ?? 1000, 180, 8000, rate));
  writeFileSync(
    join(dir, 'config'),
    [
      'poll_method epoll',
      `sip_listen 127.0.0.1:${port}`,
      `audio_source aufile,${join(dir, 'tone.wav')}`,
      'audio_player aufile,/dev/null',
      `snd_path ${dumps}`,
      'module_path /usr/lib/baresip/modules',
      'module stdio.so',
      ...codecs.map((c) => `module ${c}.so`),
      'module aufile.so',
      'module sndfile.so',
      'module_tmp uuid.so',
      'module_tmp account.so',
      'module_app menu.so',
      '',
    ].join('\n'),
  );
  const user = options.user ?? '+4930111222';
  writeFileSync(join(dir, 'accounts'), `<sip:${user}@127.0.0.1:${port}>;regint=0\n`);
  mkdirSync(dumps, { recursive: true });
  const child: ChildProcess = spawn('baresip', ['-f', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const waitFor = async (pattern: RegExp, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output)) {
      if (child.exitCode !== null) throw new Error(`baresip exited; it said:\n${output}`);
      if (Date.now() > deadline) throw new Error(`baresip never logged ${pattern}; it said:\n${output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const baresip: Baresip = {
    output: () => output,
    dial: (uri) => child.stdin?.write(`/dial ${uri}\n`),
    async keys(keys, gapMs = 300) {
      for (const key of keys) {
        child.stdin?.write(key);
        await new Promise((r) => setTimeout(r, gapMs));
      }
    },
    hangup: () => child.stdin?.write('/hangup\n'),
    waitFor,
    heard() {
      const files = readdirSync(dumps)
        .filter((f) => f.endsWith('-dec.wav'))
        .sort();
      const newest = files.at(-1);
      return newest === undefined ? new Int16Array(0) : wavSamples(readFileSync(join(dumps, newest)));
    },
    async stop() {
      if (child.exitCode === null) {
        child.stdin?.write('/quit\n');
        const exited = new Promise((resolve) => child.once('exit', resolve));
        const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor(/baresip is ready/);
  } catch (error) {
    await baresip.stop();
    throw error;
  }
  return baresip;
}
