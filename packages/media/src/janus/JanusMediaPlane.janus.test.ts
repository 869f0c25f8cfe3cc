import { afterAll, beforeAll } from 'vitest';
import { mediaPlaneContract } from '../contract/mediaPlaneContract.js';
import { weriftPeers } from '../contract/weriftPeers.js';
import type { EmbeddedJanus } from './embeddedJanus.js';
import { JanusMediaPlane } from './JanusMediaPlane.js';
import { startTestJanus, videoRoomExists } from './testJanus.js';

let janus: EmbeddedJanus & { dispose(): Promise<void> };

beforeAll(async () => {
  janus = await startTestJanus({ min: 40000, max: 40199 });
});

afterAll(async () => {
  await janus.dispose();
});

mediaPlaneContract('JanusMediaPlane', async () => {
  const plane = await JanusMediaPlane.connect({ url: janus.url, apiSecret: janus.apiSecret, adminKey: janus.adminKey });
  return { plane, peers: weriftPeers(), roomExists: (id) => videoRoomExists(janus, id) };
});
