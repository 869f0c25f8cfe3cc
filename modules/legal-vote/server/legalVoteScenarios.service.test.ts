import { migrateToLatest, newRoomId, RoomRecordRepository, RoomRepository, TenantRepository } from '@plenum/db';
import { openScratchDatabase, type ScratchDatabase } from '@plenum/db/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { legalVoteAfterEndScenarios } from './legalVoteAfterEndScenarios.test-support.js';
import { legalVoteEndingScenarios } from './legalVoteEndingScenarios.test-support.js';
import { legalVoteFilesScenarios } from './legalVoteFilesScenarios.test-support.js';
import { legalVoteRecordScenarios } from './legalVoteRecordScenarios.test-support.js';
import { legalVoteScenarios } from './legalVoteScenarios.test-support.js';
import type { VoteStore } from './legalVoteStorage.test-support.js';

// Every rule's scenario again, with the room's records in PostgreSQL: one migrated scratch schema for the file, a
// room row per scenario (records reference their room).
describe('legal votes on PostgreSQL', () => {
  let scratch: ScratchDatabase | undefined;
  let records: RoomRecordRepository;
  let rooms: RoomRepository;

  beforeAll(async () => {
    scratch = await openScratchDatabase('postgres');
    await migrateToLatest(scratch.db);
    records = new RoomRecordRepository(scratch.db);
    rooms = new RoomRepository(scratch.db);
    await new TenantRepository(scratch.db).ensure({ id: 'council', name: 'Council' });
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  const postgres: VoteStore = async () => {
    const room = await rooms.create({ id: newRoomId(), title: 'Ausschuss', tenantId: 'council' });
    return { records, roomId: room.id };
  };

  legalVoteScenarios(postgres);
  legalVoteEndingScenarios(postgres);
  legalVoteAfterEndScenarios(postgres);
  legalVoteFilesScenarios(postgres);
  legalVoteRecordScenarios(postgres);
});
