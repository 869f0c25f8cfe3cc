export type { ScratchDatabase, ScratchKind } from './openScratchDatabase.js';
export { openScratchDatabase } from './openScratchDatabase.js';
export { testDatabaseUrl } from './testDatabaseUrl.js';
