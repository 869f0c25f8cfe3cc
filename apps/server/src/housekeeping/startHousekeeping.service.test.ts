import {
  GuestLinkRepository,
  migrateToLatest,
  newRoomId,
  RoomRecordRepository,
  RoomRepository,
  SessionRepository,
} from '@plenum/db';
import { openScratchDatabase } from '@plenum/db/testing';
import { sql } from 'kysely';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { signInDirectly } from '../testing/signInDirectly.js';
import { startHousekeeping } from './startHousekeeping.js';

describe('housekeeping', () => {
  it('removesExpiredSignInAndGuestSessionsAndRecordsAndKeepsLiveOnes', async () => {
    const scratch = await openScratchDatabase('postgres');
    try {
      await migrateToLatest(scratch.db);
      const live = await signInDirectly(scratch.db, { tenantId: 'haus' });
      const old = await signInDirectly(scratch.db, { tenantId: 'haus' });
      await sql`update sessions set expires_at = now() - interval '1 minute' where user_id = ${old.userId}`.execute(
        scratch.db,
      );
      const room = await new RoomRepository(scratch.db).create({ id: newRoomId(), title: 'x', tenantId: 'haus' });
      const links = new GuestLinkRepository(scratch.db);
      const link = await links.create(
        { tenantId: 'haus', roomId: room.id },
        { id: 'l'.repeat(22), code: 'c'.repeat(32), label: '', createdBy: null, expiresAt: null, maxUses: null },
      );
      await links.redeem(link.code, new Date(), {
        idHash: 'old',
        displayName: 'G',
        expiresAt: new Date(Date.now() - 1),
      });
      await links.redeem(link.code, new Date(), {
        idHash: 'new',
        displayName: 'G',
        expiresAt: new Date(Date.now() + 60_000),
      });

      const records = new RoomRecordRepository(scratch.db);
      const chat = { room: room.id, module: 'chat', stream: 'main' };
      await records.append(chat, { n: 'expired' }, Date.now() - 1);
      await records.append(chat, { n: 'kept' }, Date.now() + 60_000);

      const sweptAt: Date[] = [];
      const meetings = {
        deleteExpiredPresence: async (at: Date) => {
          sweptAt.push(at);
          return 0;
        },
      };
      const stop = startHousekeeping(
        { sessions: new SessionRepository(scratch.db), guestLinks: links, records, meetings },
        pino({ level: 'silent' }),
      );
      await stop();
      const users = await sql<{ user_id: string }>`select user_id from sessions`.execute(scratch.db);
      expect(users.rows.map((r) => r.user_id)).toEqual([live.userId]);
      expect(await links.findSession('old')).toBeUndefined();
      expect(await links.findSession('new')).toBeDefined();
      expect(sweptAt).toHaveLength(1);
      const left = await sql<{ body: unknown }>`select body from room_records`.execute(scratch.db);
      expect(left.rows.map((r) => r.body)).toEqual([{ n: 'kept' }]);
    } finally {
      await scratch.dispose();
    }
  });
});
