import { audioMixerContract } from '../contract/audioMixerContract.js';
import { fixturePeers } from '../contract/fixturePeers.js';
import { type MediaPlaneContractHarness, mediaPlaneContract } from '../contract/mediaPlaneContract.js';
import { FakeMediaPlane } from './FakeMediaPlane.js';

async function harness(): Promise<MediaPlaneContractHarness> {
  const plane = new FakeMediaPlane();
  return {
    plane,
    peers: fixturePeers(),
    roomExists: async (id) => plane.rooms.has(id),
    mixerState: async (roomId, mixer) => {
      const room = plane.rooms.get(roomId);
      const live = room?.mixers.get(mixer.id);
      return {
        exists: live !== undefined,
        legs: live === undefined ? 0 : live.phones.length + live.inputs.length,
        feedPublished: room?.publishers.get(mixer.phonesFeed.feedId)?.connected === true,
      };
    },
  };
}

mediaPlaneContract('FakeMediaPlane', harness);
audioMixerContract('FakeMediaPlane', harness);
