import { describeAssetStoreContract } from './describeAssetStoreContract.js';
import { MemoryAssetStore } from './MemoryAssetStore.js';

describeAssetStoreContract('MemoryAssetStore', async () => {
  const store = new MemoryAssetStore();
  return { store, count: async () => store.size, dispose: async () => {} };
});
