import { type Kysely, sql } from 'kysely';
import type { ShapeRecord } from './databaseShape.js';

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_nullable: string;
  udt_name: string;
}

/**
 * Reads the tables and columns of the current schema (the first one on `search_path`) from information_schema,
 * leaving out Kysely's own migration bookkeeping tables. Scoped to the current schema so that tests isolated in
 * their own schema see only their tables.
 */
export async function readDatabaseShape<DB>(db: Kysely<DB>): Promise<ShapeRecord> {
  const { rows } = await sql<ColumnRow>`
    select c.table_name, c.column_name, c.is_nullable, c.udt_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema()
      and t.table_type = 'BASE TABLE'
      and c.table_name not in ('kysely_migration', 'kysely_migration_lock')
    order by c.table_name, c.ordinal_position`.execute(db);
  const shape: Record<string, Record<string, { nullable: boolean; type: string }>> = {};
  for (const row of rows) {
    const table = shape[row.table_name] ?? {};
    table[row.column_name] = { nullable: row.is_nullable === 'YES', type: row.udt_name };
    shape[row.table_name] = table;
  }
  return shape;
}
