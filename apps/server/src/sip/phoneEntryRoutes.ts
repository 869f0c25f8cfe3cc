import { createHash, randomBytes } from 'node:crypto';
import { pinMatches, type RoomDialInRepository, type RoomStore, type TenantLanguage } from '@plenum/db';
import { PhoneEntryRequest, type PhoneEntryView, toIssues } from '@plenum/protocol';
import type { FastifyInstance } from 'fastify';
import type { AttemptLimiter } from '../access/AttemptLimiter.js';
import type { RoomEntry } from '../access/RoomEntry.js';
import type { TenantSettingsOf } from '../access/tenantSettingsOf.js';
import { assertNotThrottled } from '../access/throttle.js';
import type { Config } from '../config/configSchema.js';
import { RestError } from '../http/restErrors.js';
import { requireGateway } from './gatewayAuth.js';
import { maskPhoneNumber } from './maskPhoneNumber.js';

export interface PhoneEntryDeps {
  readonly rooms: RoomStore;
  readonly dialIn: RoomDialInRepository;
  readonly tenantSettings: TenantSettingsOf;
  /**
   * The language the tenant chose itself (`plenum tenants set <id> language …`); undefined when it follows the
   * installation default, so its callers hear `sip.language` (the gateway's language, not `tenantDefaults.language`).
   */
  readonly ownLanguageOf: (tenantId: string) => Promise<TenantLanguage | undefined>;
  readonly entry: RoomEntry;
  readonly limiter: AttemptLimiter;
  readonly access: Config['access'];
  readonly sip: Config['sip'];
}

/** How many times the per-room attempt budget one conference number may fail in a window. */
const DIAL_IN_NUMBER_FACTOR = 10;

/** Compared against when a conference number is unknown, so a miss takes as long as a wrong PIN. */
const decoyPin = '0000000000';

/**
 * `POST /v1/sip/calls`: the SIP gateway asks whether a caller's conference number and PIN lead into a room, and gets
 * a ticket for a `phone` participant. The answer is the same `dialInRejected` whether the number is unknown, the PIN
 * wrong, the room closed or its tenant without dial-in, so callers cannot find out which numbers exist. Failures
 * count against the caller's number (hashed; anonymous callers share one key) and against the conference number,
 * so neither guessing PINs of one room from many phones nor many rooms from one phone gets far. The answer's
 * `language` is what the caller hears first: the language the room's tenant chose itself, else `sip.language`.
 */
export function phoneEntryRoutes(app: FastifyInstance, deps: PhoneEntryDeps): void {
  const unknownNumbers = new UnknownNumberNames();
  app.post('/v1/sip/calls', async (request, reply): Promise<PhoneEntryView> => {
    requireGateway(request, deps.sip.gatewaySecret);
    const body = PhoneEntryRequest.safeParse(request.body);
    if (!body.success) throw new RestError('invalidBody', 'The call is not valid', toIssues(body.error));
    const { conferenceNumber, pin, caller } = body.data;
    const limits = [
      // Anonymous callers share one key, so it gets the wider per-room budget: one caller's typos must not lock out
      // everyone who hides their number.
      caller === null
        ? { key: 'dial-in caller anonymous', limit: deps.access.attemptsPerRoom }
        : { key: `dial-in caller ${hash(caller)}`, limit: deps.access.attemptsPerClient },
      // A circuit breaker against guessing one room's PIN from many phones. It is wide, because the conference number
      // is no secret (it is in every invitation) and a narrow limit would let anyone lock a room's callers out; the
      // 10-digit PIN itself is what makes guessing hopeless.
      { key: `dial-in number ${conferenceNumber}`, limit: deps.access.attemptsPerRoom * DIAL_IN_NUMBER_FACTOR },
    ];
    assertNotThrottled(deps.limiter, limits);
    const target = await deps.dialIn.findByConferenceNumber(conferenceNumber);
    const pinRight = pinMatches(target?.pin ?? decoyPin, pin) && target !== undefined;
    const room =
      pinRight && target.tenantId !== null ? await deps.rooms.findInTenant(target.tenantId, target.roomId) : undefined;
    const allowed = room?.tenantId ? (await deps.tenantSettings(room.tenantId))?.phoneDialIn === true : false;
    if (!room || !allowed) {
      deps.limiter.fail(limits.map((l) => l.key));
      throw new RestError('dialInRejected', 'The conference number or the PIN is not right');
    }
    // The tenant's own choice; one that follows the defaults gets the gateway's (room.tenantId is set: `allowed`).
    const own = room.tenantId === null ? undefined : await deps.ownLanguageOf(room.tenantId);
    const language = own ?? deps.sip.language;
    const identity =
      caller === null ? `phone:anonymous:${randomBytes(16).toString('base64url')}` : `phone:${hash(caller)}`;
    const displayName = caller === null ? unknownNumbers.next(room.id, language) : maskPhoneNumber(caller);
    const ticket = await deps.entry.phoneTicket(room, { identity, displayName });
    void reply.code(201).header('cache-control', 'no-store');
    return { ...ticket, language };
  });
}

/**
 * Names for callers without a number ("Unbekannte Nummer 1", "Unknown number 2"): moderators must be able to tell
 * them apart (whom to mute, whom to admit). Counted per room while this server runs; memory is bounded.
 */
class UnknownNumberNames {
  readonly #next = new Map<string, number>();

  next(roomId: string, language: 'de' | 'en'): string {
    const n = (this.#next.get(roomId) ?? 0) + 1;
    this.#next.delete(roomId);
    if (this.#next.size >= 10_000) this.#next.delete(this.#next.keys().next().value ?? '');
    this.#next.set(roomId, n);
    return `${language === 'de' ? 'Unbekannte Nummer' : 'Unknown number'} ${n}`;
  }
}

/** A caller's number as a key: never kept or logged in the clear. */
function hash(caller: string): string {
  return createHash('sha256').update(`plenum dial-in ${caller}`, 'utf8').digest('base64url');
}
