/**
 * Fan-out benchmark: how long a room-wide event takes to reach every one of 250 participants over real WebSockets,
 * compared with a bare `ws` server writing the same frame to 250 sockets. Run with `npm run bench:fanout`
 * (needs the machine's PostgreSQL, like the service tests). Prints a markdown report.
 */
import { once } from 'node:events';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import WebSocket, { WebSocketServer } from 'ws';
import { startTestServer } from '../../apps/server/src/testing/startTestServer.js';

const PARTICIPANTS = Number(process.env.FANOUT_PARTICIPANTS ?? 250);
const ROUNDS = Number(process.env.FANOUT_ROUNDS ?? 40);
const PACE_MS = 150; // below the signalling rate limit of one connection

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves when `count` sockets have each seen a frame matching `match` after the call. */
function allReceive(sockets: WebSocket[], match: (text: string) => boolean): Promise<number> {
  return new Promise((resolve) => {
    let left = sockets.length;
    const listeners = sockets.map((socket) => {
      const onMessage = (data: WebSocket.RawData) => {
        if (!match(String(data))) return;
        socket.off('message', onMessage);
        if (--left === 0) resolve(performance.now());
      };
      socket.on('message', onMessage);
      return onMessage;
    });
    void listeners;
  });
}

async function plenum(): Promise<number[]> {
  const server = await startTestServer({
    rooms: { maxParticipants: 1000 },
    signaling: { ratePerSecond: 50, burst: 100 },
  });
  try {
    const room = await server.createRoom('Fan-out');
    const clients = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const client = await server.connect(room);
      await client.join(`Bot ${i}`);
      clients.push(client);
    }
    const speaker = clients[0];
    if (!speaker) throw new Error('no clients');
    const sockets = clients.map((c) => c.socket);
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const name = `Bot 0 r${round}`;
      const done = allReceive(sockets, (t) => t.includes('"participantUpdated"') && t.includes(name));
      const start = performance.now();
      speaker.send({ ns: 'core', action: 'rename', displayName: name });
      times.push((await done) - start);
      await sleep(PACE_MS);
    }
    return times;
  } finally {
    await server.stop();
  }
}

async function bareWs(frameBytes: number): Promise<number[]> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(wss, 'listening');
  const port = (wss.address() as { port: number }).port;
  wss.on('connection', (socket) => {
    socket.on('message', (data) => {
      const frame = String(data).padEnd(frameBytes, ' ');
      for (const client of wss.clients) client.send(frame);
    });
  });
  const clients: WebSocket[] = [];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}`);
    await once(ws, 'open');
    clients.push(ws);
  }
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const tag = `round-${round}`;
    const done = allReceive(clients, (t) => t.startsWith(tag));
    const start = performance.now();
    clients[0]?.send(tag);
    times.push((await done) - start);
    await sleep(PACE_MS);
  }
  for (const c of clients) c.terminate();
  wss.close();
  return times;
}

const ours = await plenum();
const bare = await bareWs(320);
const row = (name: string, t: number[]) =>
  `| ${name} | ${percentile(t, 50).toFixed(1)} | ${percentile(t, 95).toFixed(1)} | ${Math.max(...t).toFixed(1)} |`;
console.log(`## Fan-out to ${PARTICIPANTS} participants (${ROUNDS} rounds, ${cpus().length} cores, Node ${process.version})

Time from one client's command until all ${PARTICIPANTS} sockets received the resulting event, in milliseconds.

| path | p50 | p95 | max |
|---|---|---|---|
${row('Plenum: core.rename → participantUpdated to everyone', ours)}
${row('bare ws: one frame written to every socket', bare)}

Ratio p50 Plenum / bare ws: ${(percentile(ours, 50) / percentile(bare, 50)).toFixed(2)}
`);
process.exit(0);
