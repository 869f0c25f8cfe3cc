import { fixturePeers } from '../contract/fixturePeers.js';
import { mediaPlaneContract } from '../contract/mediaPlaneContract.js';
import { FakeMediaPlane } from './FakeMediaPlane.js';

mediaPlaneContract('FakeMediaPlane', async () => {
  const plane = new FakeMediaPlane();
  return { plane, peers: fixturePeers(), roomExists: async (id) => plane.rooms.has(id) };
});
