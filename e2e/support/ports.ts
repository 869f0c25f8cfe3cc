import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

/** Whether a UDP port on loopback can be bound (nobody holds it). */
export function udpPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createSocket('udp4');
    socket.once('error', () => done(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => done(true)));
  });
}

/** Whether a TCP port on loopback can be listened on (nobody holds it). */
export function tcpPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/**
 * A port for an embedded SIP gateway, free for UDP and TCP (the gateway binds both). Taken below
 * the kernel's ephemeral range (32768 and up), where any outgoing connection — to PostgreSQL, of
 * Chromium — may hold a port at random; and apart from the HTTP (18000–29999) and Janus RTP
 * (20000–21999) ports the e2e servers use.
 */
export async function freeSipPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 12_000 + Math.floor(Math.random() * 6000);
    if ((await udpPortFree(port)) && (await tcpPortFree(port))) return port;
  }
  throw new Error('no free SIP port between 12000 and 17999');
}
