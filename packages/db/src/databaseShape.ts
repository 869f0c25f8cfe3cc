import type { SelectType } from 'kysely';
import type { Database } from './Database.js';

/** Postgres type names (`udt_name`) a column may have for the TypeScript type it is read as. */
type PgTypeFor<T> = [T] extends [string]
  ? 'text' | 'varchar' | 'uuid' | 'int8' | 'numeric'
  : [T] extends [Date]
    ? 'timestamptz' | 'timestamp' | 'date'
    : [T] extends [number]
      ? 'int2' | 'int4' | 'float4' | 'float8'
      : [T] extends [boolean]
        ? 'bool'
        : 'json' | 'jsonb';

/** What the drift check knows about one column: derived from its TypeScript type, so it cannot disagree with it. */
export interface ColumnShape<C> {
  readonly nullable: null extends SelectType<C> ? true : false;
  readonly type: PgTypeFor<NonNullable<SelectType<C>>>;
}

/** Every table and every column of {@link Database}, no more and no fewer (the compiler enforces both). */
export type DatabaseShape = {
  readonly [T in keyof Database]: { readonly [C in keyof Database[T]]-?: ColumnShape<Database[T][C]> };
};

/** The untyped form both sides of a drift comparison take. */
export type ShapeRecord = Readonly<
  Record<string, Readonly<Record<string, { readonly nullable: boolean; readonly type: string }>>>
>;

/**
 * Run-time mirror of the {@link Database} interface. The type checker ties it to the interface (a missing or extra
 * column, or a wrong nullability, does not compile); the drift test ties it to the migrated database.
 */
export const databaseShape: DatabaseShape = {
  rooms: {
    id: { nullable: false, type: 'text' },
    title: { nullable: false, type: 'text' },
    created_at: { nullable: false, type: 'timestamptz' },
    created_by: { nullable: true, type: 'text' },
    tenant_id: { nullable: true, type: 'text' },
    closed_at: { nullable: true, type: 'timestamptz' },
    owner_id: { nullable: true, type: 'text' },
    waiting_room: { nullable: false, type: 'text' },
    guest_access: { nullable: false, type: 'text' },
    password_hash: { nullable: true, type: 'text' },
  },
  tenants: {
    id: { nullable: false, type: 'text' },
    name: { nullable: false, type: 'text' },
    created_at: { nullable: false, type: 'timestamptz' },
    guests_allowed: { nullable: true, type: 'bool' },
    phone_dial_in: { nullable: true, type: 'bool' },
    recording: { nullable: true, type: 'bool' },
    streaming: { nullable: true, type: 'bool' },
    max_participants_per_room: { nullable: true, type: 'int4' },
    max_meeting_minutes: { nullable: true, type: 'int4' },
    storage_megabytes: { nullable: true, type: 'int4' },
    keep_chat: { nullable: true, type: 'bool' },
    chat_retention_days: { nullable: true, type: 'int4' },
    language: { nullable: true, type: 'text' },
  },
  users: {
    id: { nullable: false, type: 'text' },
    tenant_id: { nullable: false, type: 'text' },
    issuer: { nullable: false, type: 'text' },
    subject: { nullable: false, type: 'text' },
    display_name: { nullable: false, type: 'text' },
    email: { nullable: true, type: 'text' },
    locale: { nullable: true, type: 'text' },
    is_admin: { nullable: false, type: 'bool' },
    created_at: { nullable: false, type: 'timestamptz' },
    updated_at: { nullable: false, type: 'timestamptz' },
  },
  sessions: {
    id_hash: { nullable: false, type: 'text' },
    user_id: { nullable: false, type: 'text' },
    tenant_id: { nullable: false, type: 'text' },
    provider_sid: { nullable: true, type: 'text' },
    created_at: { nullable: false, type: 'timestamptz' },
    last_seen_at: { nullable: false, type: 'timestamptz' },
    expires_at: { nullable: false, type: 'timestamptz' },
  },
  guest_links: {
    id: { nullable: false, type: 'text' },
    tenant_id: { nullable: false, type: 'text' },
    room_id: { nullable: false, type: 'text' },
    code: { nullable: false, type: 'text' },
    label: { nullable: false, type: 'text' },
    created_by: { nullable: true, type: 'text' },
    created_at: { nullable: false, type: 'timestamptz' },
    expires_at: { nullable: true, type: 'timestamptz' },
    max_uses: { nullable: true, type: 'int4' },
    uses: { nullable: false, type: 'int4' },
    revoked_at: { nullable: true, type: 'timestamptz' },
  },
  guest_sessions: {
    id_hash: { nullable: false, type: 'text' },
    tenant_id: { nullable: false, type: 'text' },
    room_id: { nullable: false, type: 'text' },
    link_id: { nullable: false, type: 'text' },
    display_name: { nullable: false, type: 'text' },
    created_at: { nullable: false, type: 'timestamptz' },
    expires_at: { nullable: false, type: 'timestamptz' },
  },
  room_records: {
    id: { nullable: false, type: 'int8' },
    room_id: { nullable: false, type: 'text' },
    module: { nullable: false, type: 'text' },
    stream: { nullable: false, type: 'text' },
    body: { nullable: false, type: 'jsonb' },
    created_at: { nullable: false, type: 'timestamptz' },
    expires_at: { nullable: true, type: 'timestamptz' },
  },
  room_dial_in: {
    room_id: { nullable: false, type: 'text' },
    conference_number: { nullable: false, type: 'text' },
    pin: { nullable: false, type: 'text' },
    created_at: { nullable: false, type: 'timestamptz' },
    updated_at: { nullable: false, type: 'timestamptz' },
  },
  meetings: {
    id: { nullable: false, type: 'text' },
    room_id: { nullable: false, type: 'text' },
    tenant_id: { nullable: false, type: 'text' },
    title: { nullable: false, type: 'text' },
    started_at: { nullable: false, type: 'timestamptz' },
    ended_at: { nullable: true, type: 'timestamptz' },
    presence_expires_at: { nullable: false, type: 'timestamptz' },
  },
  meeting_presence: {
    id: { nullable: false, type: 'int8' },
    meeting_id: { nullable: false, type: 'text' },
    participant_id: { nullable: false, type: 'text' },
    person_key: { nullable: false, type: 'text' },
    kind: { nullable: false, type: 'text' },
    role: { nullable: false, type: 'text' },
    user_id: { nullable: true, type: 'text' },
    display_name: { nullable: false, type: 'text' },
    joined_at: { nullable: false, type: 'timestamptz' },
    left_at: { nullable: true, type: 'timestamptz' },
  },
  meeting_assets: {
    id: { nullable: false, type: 'text' },
    meeting_id: { nullable: false, type: 'text' },
    tenant_id: { nullable: false, type: 'text' },
    kind: { nullable: false, type: 'text' },
    filename: { nullable: false, type: 'text' },
    media_type: { nullable: false, type: 'text' },
    size: { nullable: false, type: 'int4' },
    sha256: { nullable: false, type: 'text' },
    storage_key: { nullable: false, type: 'text' },
    visibility: { nullable: false, type: 'text' },
    created_at: { nullable: false, type: 'timestamptz' },
    created_by: { nullable: true, type: 'text' },
  },
};
