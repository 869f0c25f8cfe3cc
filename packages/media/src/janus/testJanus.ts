import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedJanus, type PortRange, startEmbeddedJanus } from './embeddedJanus.js';
import { JanusClient } from './JanusClient.js';

/**
 * Test support: an embedded Janus in a temp folder, and a room-existence probe over a second
 * client. Each test file uses its own RTP range so files never collide.
 */
export async function startTestJanus(rtpPorts: PortRange): Promise<EmbeddedJanus & { dispose(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'plenum-media-'));
  const janus = await startEmbeddedJanus({
    dataDir,
    rtpPorts,
    audioBridgeRtpPorts: { min: rtpPorts.max + 1, max: rtpPorts.max + 100 },
  });
  return Object.assign(janus, {
    async dispose() {
      await janus.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  });
}

/** Asks Janus over a separate session whether a VideoRoom room exists. */
export async function videoRoomExists(janus: EmbeddedJanus, roomId: string): Promise<boolean> {
  const client = await JanusClient.connect({ url: janus.url, apiSecret: janus.apiSecret });
  try {
    const session = await client.createSession();
    const handle = await session.attach('janus.plugin.videoroom', () => undefined);
    const reply = await handle.message({ request: 'exists', room: Number(roomId) });
    return reply.data.exists === true;
  } finally {
    await client.close();
  }
}
