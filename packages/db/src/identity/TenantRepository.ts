import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, TenantsTable } from '../Database.js';
import { mergeTenantSettings } from './mergeTenantSettings.js';
import type { EffectiveTenantSettings, TenantSettings } from './TenantSettings.js';

export interface Tenant {
  readonly id: string;
  readonly name: string;
}

/** A tenant with the settings it chose itself (`null`: installation default). */
export interface TenantWithSettings extends Tenant {
  readonly settings: TenantSettings;
}

/**
 * The `tenants` table. Tenants come from configuration and seeds at start, and from the `plenum tenants` CLI.
 * Callers validate ids, names and setting values; the database's check constraints are only the last line.
 */
export class TenantRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Creates the tenant, or renames it when it exists (idempotent, so seeding at every start is safe). */
  async ensure(tenant: Tenant): Promise<void> {
    await this.#db
      .insertInto('tenants')
      .values({ id: tenant.id, name: tenant.name })
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: tenant.name }))
      .execute();
  }

  async findById(id: string): Promise<Tenant | undefined> {
    return this.#db.selectFrom('tenants').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  }

  /** Every tenant, ordered by id. An administration tool's view: not scoped, never exposed to tenant users. */
  async list(): Promise<Tenant[]> {
    return this.#db.selectFrom('tenants').select(['id', 'name']).orderBy('id').execute();
  }

  /** Creates a tenant with every setting at its default. Resolves false (and changes nothing) when the id exists. */
  async create(tenant: Tenant): Promise<boolean> {
    const row = await this.#db
      .insertInto('tenants')
      .values({ id: tenant.id, name: tenant.name })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Renames a tenant. Resolves false when there is no such tenant. */
  async rename(id: string, name: string): Promise<boolean> {
    const result = await this.#db.updateTable('tenants').set({ name }).where('id', '=', id).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** The tenant and the settings it chose itself, or undefined when there is no such tenant. */
  async findWithSettings(id: string): Promise<TenantWithSettings | undefined> {
    const row = await this.#db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : { id: row.id, name: row.name, settings: toSettings(row) };
  }

  /** The settings the tenant chose itself, or undefined when there is no such tenant. */
  async settings(id: string): Promise<TenantSettings | undefined> {
    return (await this.findWithSettings(id))?.settings;
  }

  /**
   * Changes some settings: a value sets it, `null` goes back to the installation default, an absent key is left
   * alone. Resolves false when there is no such tenant. An empty change only checks that the tenant exists.
   */
  async updateSettings(id: string, change: Partial<TenantSettings>): Promise<boolean> {
    const values = toColumns(change);
    if (Object.keys(values).length === 0) return (await this.findById(id)) !== undefined;
    const result = await this.#db.updateTable('tenants').set(values).where('id', '=', id).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** What applies to the tenant: its own choices over `defaults`. Undefined when there is no such tenant. */
  async effectiveSettings(id: string, defaults: EffectiveTenantSettings): Promise<EffectiveTenantSettings | undefined> {
    const own = await this.settings(id);
    return own === undefined ? undefined : mergeTenantSettings(own, defaults);
  }
}

function toSettings(row: Selectable<TenantsTable>): TenantSettings {
  return {
    guestsAllowed: row.guests_allowed,
    phoneDialIn: row.phone_dial_in,
    recording: row.recording,
    streaming: row.streaming,
    maxParticipantsPerRoom: row.max_participants_per_room,
    maxMeetingMinutes: row.max_meeting_minutes,
    storageMegabytes: row.storage_megabytes,
    keepChat: row.keep_chat,
    chatRetentionDays: row.chat_retention_days,
    language: row.language,
  };
}

/** The columns a settings change touches; keys absent from `change` stay absent (untouched). */
function toColumns(change: Partial<TenantSettings>): Updateable<TenantsTable> {
  const { guestsAllowed, phoneDialIn, recording, streaming, maxParticipantsPerRoom, maxMeetingMinutes } = change;
  const { storageMegabytes, keepChat, chatRetentionDays, language } = change;
  return {
    ...(guestsAllowed === undefined ? {} : { guests_allowed: guestsAllowed }),
    ...(phoneDialIn === undefined ? {} : { phone_dial_in: phoneDialIn }),
    ...(recording === undefined ? {} : { recording }),
    ...(streaming === undefined ? {} : { streaming }),
    ...(maxParticipantsPerRoom === undefined ? {} : { max_participants_per_room: maxParticipantsPerRoom }),
    ...(maxMeetingMinutes === undefined ? {} : { max_meeting_minutes: maxMeetingMinutes }),
    ...(storageMegabytes === undefined ? {} : { storage_megabytes: storageMegabytes }),
    ...(keepChat === undefined ? {} : { keep_chat: keepChat }),
    ...(chatRetentionDays === undefined ? {} : { chat_retention_days: chatRetentionDays }),
    ...(language === undefined ? {} : { language }),
  };
}
