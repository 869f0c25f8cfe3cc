/**
 * SIP media benchmark (issue 6): how many calls one core of the gateway relays. Starts `relayProcess.ts` as a child
 * process with N `CallMedia` relays, and plays N phones and a fake AudioBridge from this process: every call sends
 * 50 packets/s of 20 ms PCMU in each direction (phone → gateway → bridge, bridge → gateway → phone), spread evenly
 * over the 20 ms. For each N it measures the relay process's CPU (process.cpuUsage), loss, the RFC 3550 jitter of
 * each stream as sent and as received (the difference is the jitter the relay adds), and the one-way delay through
 * the relay (send time carried in the payload). Run with `npm run bench:sip`; prints a markdown report.
 * Environment: SIP_BENCH_CALLS (default 50,100,200,300,400), SIP_BENCH_SECONDS (measured seconds per N, default 10),
 * SIP_BENCH_PROFILE=<dir> (write a V8 CPU profile of the relay process there).
 */
import { fork } from 'node:child_process';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { encodeG711 } from '../../apps/sip-gateway/src/rtp/g711.js';
import { RtpReceiveStats } from '../../apps/sip-gateway/src/rtp/rtpReceiveStats.js';
import { type FromRelay, fromRelaySchema, type ToRelay } from './relayProtocol.js';

const LEVELS = (process.env.SIP_BENCH_CALLS ?? '50,100,200,300,400').split(',').map(Number);
const SECONDS = Number(process.env.SIP_BENCH_SECONDS ?? 10);
const WARMUP_MS = 2000;
const DRAIN_MS = 300;
const FRAME_MS = 20;
const PACKET_BYTES = 12 + 160;
/** Payload bytes 0–7: send time (float64), byte 8: 1 when sent inside the measured window. */
const SENT_AT = 12;
const IN_WINDOW = 20;

interface Direction {
  seq: number;
  ts: number;
  readonly ssrc: number;
  /** The stream as it leaves the generator: jitter of our own sending. */
  readonly sent: RtpReceiveStats;
  /** The stream as it arrives after the relay. */
  readonly received: RtpReceiveStats;
  sentInWindow: number;
  receivedInWindow: number;
}

interface Call {
  readonly phonePort: number;
  readonly bridgePort: number;
  readonly up: Direction;
  readonly down: Direction;
}

interface Result {
  readonly calls: number;
  readonly cpuPercent: number;
  /** Share of the relay's CPU time spent in the kernel (UDP send and receive system calls). */
  readonly systemShare: number;
  /** Packets that never reached the relay's code (socket buffer overflow while it was not scheduled), %. */
  readonly lossBeforeRelayPercent: number;
  readonly generatorCpuPercent: number;
  readonly lossPercent: number;
  readonly jitterInMs: number;
  readonly jitterOutMs: number;
  readonly jitterAddedMs: number;
  readonly jitterAddedP95Ms: number;
  readonly delayMs: { readonly p50: number; readonly p95: number; readonly p99: number; readonly max: number };
  readonly relayDrops: number;
  readonly relayRssMb: number;
  readonly load: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function direction(ssrc: number): Direction {
  return {
    seq: ssrc & 0xffff,
    ts: 0,
    ssrc,
    sent: new RtpReceiveStats({ clockRate: 8000, probation: 0 }),
    received: new RtpReceiveStats({ clockRate: 8000, probation: 0 }),
    sentInWindow: 0,
    receivedInWindow: 0,
  };
}

async function bind(): Promise<Socket> {
  const socket = createSocket({ type: 'udp4', recvBufferSize: 8 << 20, sendBufferSize: 8 << 20 });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return socket;
}

function startRelay() {
  const profile = process.env.SIP_BENCH_PROFILE;
  const execArgv = ['--import', 'tsx', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])];
  const child = fork(new URL('./relayProcess.ts', import.meta.url), [], { execArgv });
  const waiting: ((message: FromRelay) => void)[] = [];
  child.on('message', (raw: unknown) => {
    const parsed = fromRelaySchema.safeParse(raw);
    if (parsed.success) waiting.shift()?.(parsed.data);
  });
  const request = <E extends FromRelay['event']>(message: ToRelay, event: E) =>
    new Promise<Extract<FromRelay, { event: E }>>((resolve, reject) => {
      waiting.push((reply) =>
        reply.event === event ? resolve(reply as Extract<FromRelay, { event: E }>) : reject(new Error(reply.event)),
      );
      child.send(message);
    });
  return { child, request };
}

const frame = encodeG711(
  Int16Array.from({ length: 160 }, (_, i) => Math.round(6000 * Math.sin((2 * Math.PI * 440 * i) / 8000))),
  'PCMU',
);

async function run(n: number): Promise<Result> {
  const phoneSocket = await bind();
  const bridgeSocket = await bind();
  const relay = startRelay();
  const opened = await relay.request(
    {
      action: 'open',
      calls: n,
      phone: { host: '127.0.0.1', port: phoneSocket.address().port },
      bridge: { host: '127.0.0.1', port: bridgeSocket.address().port },
    },
    'opened',
  );
  const calls: Call[] = opened.calls.map((ports, i) => ({
    ...ports,
    up: direction(0x10000 + i),
    down: direction(0x20000 + i),
  }));
  const byPhonePort = new Int32Array(65536).fill(-1);
  const byBridgePort = new Int32Array(65536).fill(-1);
  calls.forEach((call, i) => {
    byPhonePort[call.phonePort] = i;
    byBridgePort[call.bridgePort] = i;
  });
  const delays = new Float64Array(Math.ceil(n * 2 * (1000 / FRAME_MS) * (SECONDS + 1)));
  let delayCount = 0;

  const receive = (data: Buffer, from: RemoteInfo, index: Int32Array, pick: (call: Call) => Direction) => {
    const now = performance.now();
    const callIndex = index[from.port] ?? -1;
    const call = calls[callIndex];
    if (call === undefined || data.length !== PACKET_BYTES) return;
    const stream = pick(call);
    stream.received.receive(data.readUInt16BE(2), data.readUInt32BE(4), now);
    if (data[IN_WINDOW] === 1) {
      stream.receivedInWindow++;
      if (delayCount < delays.length) delays[delayCount++] = now - data.readDoubleLE(SENT_AT);
    }
  };
  bridgeSocket.on('message', (data, from) => receive(data, from, byBridgePort, (call) => call.up));
  phoneSocket.on('message', (data, from) => receive(data, from, byPhonePort, (call) => call.down));

  let inWindow = false;
  const send = (socket: Socket, stream: Direction, port: number, now: number) => {
    const packet = Buffer.allocUnsafe(PACKET_BYTES);
    packet[0] = 0x80;
    packet[1] = 0;
    packet.writeUInt16BE(stream.seq, 2);
    packet.writeUInt32BE(stream.ts, 4);
    packet.writeUInt32BE(stream.ssrc >>> 0, 8);
    packet.set(frame, 12);
    packet.writeDoubleLE(now, SENT_AT);
    packet[IN_WINDOW] = inWindow ? 1 : 0;
    stream.sent.receive(stream.seq, stream.ts, now);
    if (inWindow) stream.sentInWindow++;
    stream.seq = (stream.seq + 1) & 0xffff;
    stream.ts = (stream.ts + 160) >>> 0;
    socket.send(packet, port, '127.0.0.1');
  };

  // Packet j belongs to call j mod n and is due at start + j × 20/n ms: every call at 50 pps, evenly spread.
  let running = true;
  let j = 0;
  const start = performance.now() + 20;
  const pump = () => {
    const now = performance.now();
    while (start + (j * FRAME_MS) / n <= now) {
      const call = calls[j % n] as Call;
      send(phoneSocket, call.up, call.phonePort, now);
      send(bridgeSocket, call.down, call.bridgePort, now);
      j++;
    }
    if (running) setTimeout(pump, 1);
  };
  pump();

  await sleep(WARMUP_MS);
  const generatorBefore = process.cpuUsage();
  const before = await relay.request({ action: 'sample' }, 'sampled');
  inWindow = true;
  await sleep(SECONDS * 1000);
  inWindow = false;
  const after = await relay.request({ action: 'sample' }, 'sampled');
  const generatorCpu = process.cpuUsage(generatorBefore);
  await sleep(DRAIN_MS);
  running = false;
  await sleep(DRAIN_MS);
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const exited = new Promise((resolve) => relay.child.once('exit', resolve));
  relay.child.send({ action: 'close' } satisfies ToRelay);
  await Promise.race([exited, sleep(3000)]);
  relay.child.kill();
  await Promise.all([phoneSocket, bridgeSocket].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));

  const wallMs = after.atMs - before.atMs;
  const streams = calls.flatMap((call) => [call.up, call.down]);
  const sent = streams.reduce((sum, s) => sum + s.sentInWindow, 0);
  const received = streams.reduce((sum, s) => sum + s.receivedInWindow, 0);
  const jitterIn = streams.map((s) => s.sent.totals().jitterMs);
  const jitterOut = streams.map((s) => s.received.totals().jitterMs);
  const added = Float64Array.from(streams, (_, i) => (jitterOut[i] as number) - (jitterIn[i] as number)).sort();
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const sortedDelays = delays.subarray(0, delayCount).sort();
  const relayCpu = after.userMicros + after.systemMicros - before.userMicros - before.systemMicros;
  const relayIn = after.phonePacketsIn + after.bridgePacketsIn - before.phonePacketsIn - before.bridgePacketsIn;
  return {
    calls: n,
    systemShare: (after.systemMicros - before.systemMicros) / relayCpu,
    lossBeforeRelayPercent: sent === 0 ? Number.NaN : Math.max(0, ((sent - relayIn) / sent) * 100),
    cpuPercent:
      ((after.userMicros + after.systemMicros - before.userMicros - before.systemMicros) / 1000 / wallMs) * 100,
    generatorCpuPercent: ((generatorCpu.user + generatorCpu.system) / 1000 / (SECONDS * 1000)) * 100,
    lossPercent: sent === 0 ? Number.NaN : ((sent - received) / sent) * 100,
    jitterInMs: mean(jitterIn),
    jitterOutMs: mean(jitterOut),
    jitterAddedMs: mean(Array.from(added)),
    jitterAddedP95Ms: percentile(added, 95),
    delayMs: {
      p50: percentile(sortedDelays, 50),
      p95: percentile(sortedDelays, 95),
      p99: percentile(sortedDelays, 99),
      max: sortedDelays[sortedDelays.length - 1] ?? Number.NaN,
    },
    relayDrops: after.dropped,
    relayRssMb: after.rssBytes / 2 ** 20,
    load,
  };
}

/** One-way delay of plain loopback UDP between two sockets of this process, for comparison with the relay path. */
async function loopbackBaseline(): Promise<{ p50: number; p99: number }> {
  const a = await bind();
  const b = await bind();
  const samples: number[] = [];
  b.on('message', (data: Buffer) => samples.push(performance.now() - data.readDoubleLE(0)));
  for (let i = 0; i < 500; i++) {
    const packet = Buffer.alloc(PACKET_BYTES);
    packet.writeDoubleLE(performance.now(), 0);
    a.send(packet, b.address().port, '127.0.0.1');
    await sleep(2);
  }
  await sleep(50);
  await Promise.all([a, b].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  const sorted = Float64Array.from(samples).sort();
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

const f = (x: number, digits = 2) => x.toFixed(digits);

const baseline = await loopbackBaseline();
const results: Result[] = [];
for (const n of LEVELS) {
  const result = await run(n);
  results.push(result);
  process.stderr.write(`${JSON.stringify(result)}\n`);
}
console.log(
  `SIP media relay, ${SECONDS} s per level, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`,
);
console.log(`Plain loopback UDP one-way: p50 ${f(baseline.p50, 3)} ms, p99 ${f(baseline.p99, 3)} ms\n`);
console.log(
  '| calls | relay CPU % of a core (kernel share) | loss % (before relay) | jitter in ms | jitter out ms | added jitter ms (mean / p95 of streams) | delay p50 / p95 / p99 / max ms | generator CPU % | load avg |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.calls} | ${f(r.cpuPercent, 1)} (${f(r.systemShare * 100, 0)} %) | ${f(r.lossPercent, 3)} (${f(r.lossBeforeRelayPercent, 3)}) | ${f(r.jitterInMs, 3)} | ${f(r.jitterOutMs, 3)} | ${f(r.jitterAddedMs, 3)} / ${f(r.jitterAddedP95Ms, 3)} | ${f(r.delayMs.p50, 3)} / ${f(r.delayMs.p95, 3)} / ${f(r.delayMs.p99, 3)} / ${f(r.delayMs.max, 1)} | ${f(r.generatorCpuPercent, 1)} | ${r.load} |`,
  );
}
