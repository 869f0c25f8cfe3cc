import type { TestServer } from './startTestServer.js';

/** A room with telephone dial-in, as the telephone tests need it. */
export interface DialInRoom {
  readonly roomId: string;
  readonly conferenceNumber: string;
  readonly pin: string;
}

/**
 * Creates a room of the test server's owner with telephone dial-in on (the tenant must allow it), optionally making
 * guests — and so callers — wait; answers its conference number and PIN.
 */
export async function dialInRoom(server: TestServer, title: string, waitingRoom?: 'guests'): Promise<DialInRoom> {
  const roomId = await server.createRoom(title);
  if (waitingRoom) {
    const patched = await server.app.inject({
      method: 'PATCH',
      url: `/v1/rooms/${roomId}`,
      headers: { ...server.owner.headers, 'content-type': 'application/json' },
      payload: { waitingRoom },
    });
    if (patched.statusCode !== 200) throw new Error(`waiting room not set: ${patched.statusCode}`);
  }
  const res = await server.app.inject({ method: 'PUT', url: `/v1/rooms/${roomId}/sip`, headers: server.owner.headers });
  if (res.statusCode !== 200) throw new Error(`dial-in not enabled: ${res.statusCode} ${res.body}`);
  return { roomId, ...(JSON.parse(res.body) as { conferenceNumber: string; pin: string }) };
}
