import { randomInt } from 'node:crypto';
import { RoomId } from '@plenum/protocol';
import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, RoomDialInTable } from '../Database.js';
import type { RoomOwnerScope } from './Room.js';
import type { DialInTarget, RoomDialIn } from './RoomDialIn.js';

/** 10 random decimal digits from the CSPRNG; a leading zero is kept. */
export function randomDialInDigits(): string {
  return String(randomInt(0, 10_000_000_000)).padStart(10, '0');
}

/** Fresh numbers are drawn again when one is taken; ten collisions in a row mean the space is (nearly) full. */
const MAX_ATTEMPTS = 10;

/**
 * The `room_dial_in` table. Every owner query is scoped in SQL by tenant and owner of an open room, like
 * `RoomRepository.findOwned`; only {@link findByConferenceNumber} looks a room up by its number alone, because a
 * caller knows nothing else.
 */
export class RoomDialInRepository {
  readonly #db: Kysely<Database>;
  readonly #digits: () => string;

  /** `digits` draws a 10-digit number (tests pass their own to force collisions). */
  constructor(db: Kysely<Database>, digits: () => string = randomDialInDigits) {
    this.#db = db;
    this.#digits = digits;
  }

  /**
   * Enables dial-in with a new conference number and PIN; when it is enabled already, the numbers stay (idempotent).
   * `undefined` when the scope owns no such open room.
   */
  async enable(scope: RoomOwnerScope, roomId: RoomId): Promise<RoomDialIn | undefined> {
    const row = await this.#withFreshNumbers((conferenceNumber, pin) =>
      this.#db
        .insertInto('room_dial_in')
        .columns(['room_id', 'conference_number', 'pin'])
        .expression((eb) =>
          eb
            .selectFrom('rooms')
            .select([
              'rooms.id',
              sql<string>`cast(${conferenceNumber} as text)`.as('conference_number'),
              sql<string>`cast(${pin} as text)`.as('pin'),
            ])
            .where(ownedOpenRoom(scope, roomId)),
        )
        .onConflict((oc) => oc.column('room_id').doNothing())
        .returningAll()
        .executeTakeFirst(),
    );
    return row === undefined ? this.get(scope, roomId) : toDialIn(row);
  }

  /** The room's dial-in, or `undefined` when it is off or the scope owns no such open room. */
  async get(scope: RoomOwnerScope, roomId: RoomId): Promise<RoomDialIn | undefined> {
    const row = await this.#db
      .selectFrom('room_dial_in')
      .selectAll()
      .where(ofOwnedRoom(scope, roomId))
      .executeTakeFirst();
    return row === undefined ? undefined : toDialIn(row);
  }

  /** Replaces conference number and PIN; `undefined` when dial-in is off or the scope owns no such open room. */
  async regenerate(scope: RoomOwnerScope, roomId: RoomId): Promise<RoomDialIn | undefined> {
    const row = await this.#withFreshNumbers((conferenceNumber, pin) =>
      this.#db
        .updateTable('room_dial_in')
        .set({ conference_number: conferenceNumber, pin, updated_at: sql<Date>`now()` })
        .where(ofOwnedRoom(scope, roomId))
        .returningAll()
        .executeTakeFirst(),
    );
    return row === undefined ? undefined : toDialIn(row);
  }

  /** Disables dial-in (the numbers are forgotten). Whether there was one to disable. */
  async disable(scope: RoomOwnerScope, roomId: RoomId): Promise<boolean> {
    const result = await this.#db.deleteFrom('room_dial_in').where(ofOwnedRoom(scope, roomId)).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * For the SIP gateway: the open room with this conference number, with its PIN for {@link pinMatches}. The
   * lookup goes through the unique index; the caller throttles failed numbers.
   */
  async findByConferenceNumber(conferenceNumber: string): Promise<DialInTarget | undefined> {
    const row = await this.#db
      .selectFrom('room_dial_in')
      .innerJoin('rooms', 'rooms.id', 'room_dial_in.room_id')
      .selectAll('room_dial_in')
      .select('rooms.tenant_id')
      .where('room_dial_in.conference_number', '=', conferenceNumber)
      .where('rooms.closed_at', 'is', null)
      .executeTakeFirst();
    return row === undefined ? undefined : { ...toDialIn(row), tenantId: row.tenant_id };
  }

  /** Runs `write` with fresh numbers, again with new ones while the conference number is taken. */
  async #withFreshNumbers<T>(write: (conferenceNumber: string, pin: string) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write(this.#digits(), randomDialInDigits());
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}

/** PostgreSQL's unique_violation; the only unique constraint a write here can hit is the conference number. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

function ownedOpenRoom(scope: RoomOwnerScope, roomId: RoomId) {
  return (eb: ExpressionBuilder<Database, 'rooms'>) =>
    eb.and([
      eb('rooms.id', '=', roomId),
      eb('rooms.tenant_id', '=', scope.tenantId),
      eb('rooms.owner_id', '=', scope.ownerId),
      eb('rooms.closed_at', 'is', null),
    ]);
}

function ofOwnedRoom(scope: RoomOwnerScope, roomId: RoomId) {
  return (eb: ExpressionBuilder<Database, 'room_dial_in'>) =>
    eb('room_dial_in.room_id', 'in', eb.selectFrom('rooms').select('rooms.id').where(ownedOpenRoom(scope, roomId)));
}

function toDialIn(row: Selectable<RoomDialInTable>): RoomDialIn {
  return {
    roomId: RoomId.parse(row.room_id),
    conferenceNumber: row.conference_number,
    pin: row.pin,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
