import { afterAll, beforeAll } from 'vitest';
import { audioMixerContract } from '../contract/audioMixerContract.js';
import { type MediaPlaneContractHarness, mediaPlaneContract } from '../contract/mediaPlaneContract.js';
import { weriftPeers } from '../contract/weriftPeers.js';
import { JanusMediaPlane } from './JanusMediaPlane.js';
import { janusMixerState, startTestJanus, videoRoomExists } from './testJanus.js';

let janus: Awaited<ReturnType<typeof startTestJanus>>;

beforeAll(async () => {
  janus = await startTestJanus({ min: 40000, max: 40199 });
});

afterAll(async () => {
  await janus.dispose();
});

async function harness(): Promise<MediaPlaneContractHarness> {
  const plane = await JanusMediaPlane.connect({
    url: janus.url,
    apiSecret: janus.apiSecret,
    adminKey: janus.adminKey,
    mixerFeedPorts: janus.mixerFeedPorts,
  });
  return {
    plane,
    peers: weriftPeers(),
    roomExists: (id) => videoRoomExists(janus, id),
    mixerState: (roomId, mixer) => janusMixerState(janus, roomId, mixer),
  };
}

mediaPlaneContract('JanusMediaPlane', harness);
audioMixerContract('JanusMediaPlane', harness);
