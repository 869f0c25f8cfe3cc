import type { ShapeRecord } from './databaseShape.js';

/**
 * Lists every difference between the schema the code expects and the one the database has, as human-readable
 * lines (empty when they agree). Both directions count: a table or column the database has but the type does not
 * is drift too, because the type is supposed to be the whole schema.
 */
export function diffDatabaseShape(expected: ShapeRecord, actual: ShapeRecord): string[] {
  const problems: string[] = [];
  for (const [table, columns] of Object.entries(expected)) {
    const actualColumns = actual[table];
    if (actualColumns === undefined) {
      problems.push(`table ${table}: in the Database type but not in the database`);
      continue;
    }
    for (const [column, want] of Object.entries(columns)) {
      const have = actualColumns[column];
      if (have === undefined) {
        problems.push(`column ${table}.${column}: in the Database type but not in the database`);
        continue;
      }
      if (have.nullable !== want.nullable) {
        problems.push(
          `column ${table}.${column}: type says ${want.nullable ? 'nullable' : 'not null'}, ` +
            `database says ${have.nullable ? 'nullable' : 'not null'}`,
        );
      }
      if (have.type !== want.type) {
        problems.push(`column ${table}.${column}: type expects ${want.type}, database has ${have.type}`);
      }
    }
    for (const column of Object.keys(actualColumns)) {
      if (!(column in columns)) {
        problems.push(`column ${table}.${column}: in the database but not in the Database type`);
      }
    }
  }
  for (const table of Object.keys(actual)) {
    if (!(table in expected)) {
      problems.push(`table ${table}: in the database but not in the Database type`);
    }
  }
  return problems;
}
