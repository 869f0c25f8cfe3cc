import { MemoryRecordStore } from './MemoryRecordStore.js';
import { describeRecordStoreContract } from './recordStoreContract.js';

describeRecordStoreContract('memory', async () => ({ store: new MemoryRecordStore(), prepare: async () => {} }));
