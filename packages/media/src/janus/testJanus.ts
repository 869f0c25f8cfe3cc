import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MixerState } from '../contract/mediaPlaneContract.js';
import { MediaError } from '../MediaError.js';
import type { AudioMixer } from '../MediaPlane.js';
import { type EmbeddedJanus, type PortRange, startEmbeddedJanus } from './embeddedJanus.js';
import { JanusClient } from './JanusClient.js';

/**
 * Test support: an embedded Janus in a temp folder, and probes over a second client. Each test
 * file uses its own RTP range so files never collide; the AudioBridge gets the 100 ports above
 * it and mixer feeds (`mixerFeedPorts`, for the plane) the 100 above those.
 */
export async function startTestJanus(
  rtpPorts: PortRange,
): Promise<EmbeddedJanus & { mixerFeedPorts: PortRange; dispose(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'plenum-media-'));
  const janus = await startEmbeddedJanus({
    dataDir,
    rtpPorts,
    audioBridgeRtpPorts: { min: rtpPorts.max + 1, max: rtpPorts.max + 100 },
  });
  return Object.assign(janus, {
    mixerFeedPorts: { min: rtpPorts.max + 101, max: rtpPorts.max + 200 },
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

/** Runs `fn` with a control handle of `plugin` on a separate session (a probe that shares nothing with the plane). */
async function probe<T>(
  janus: EmbeddedJanus,
  plugin: string,
  fn: (message: (body: Record<string, unknown>) => Promise<Readonly<Record<string, unknown>>>) => Promise<T>,
): Promise<T> {
  const client = await JanusClient.connect({ url: janus.url, apiSecret: janus.apiSecret });
  try {
    const session = await client.createSession();
    const handle = await session.attach(plugin, () => undefined);
    return await fn(async (body) => (await handle.message(body)).data);
  } finally {
    await client.close();
  }
}

const ids = (list: unknown, where: (p: Record<string, unknown>) => boolean): unknown[] =>
  Array.isArray(list) ? (list as Record<string, unknown>[]).filter(where).map((p) => p.id) : [];

/** What Janus still holds of a mixer: its AudioBridge participants, and its remote publisher in the VideoRoom. */
export async function janusMixerState(janus: EmbeddedJanus, roomId: string, mixer: AudioMixer): Promise<MixerState> {
  const legs = await probe(janus, 'janus.plugin.audiobridge', async (message) => {
    try {
      return ids((await message({ request: 'listparticipants', room: Number(mixer.id) })).participants, () => true)
        .length;
    } catch (error) {
      if (error instanceof MediaError && error.kind === 'notFound') return null;
      throw error;
    }
  });
  const feedPublished = await probe(janus, 'janus.plugin.videoroom', async (message) => {
    try {
      const reply = await message({ request: 'listparticipants', room: Number(roomId) });
      return ids(reply.participants, (p) => p.publisher === true).includes(Number(mixer.phonesFeed.feedId));
    } catch (error) {
      if (error instanceof MediaError && error.kind === 'notFound') return false;
      throw error;
    }
  });
  return { exists: legs !== null, legs: legs ?? 0, feedPublished };
}
