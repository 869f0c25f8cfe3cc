import { describe, expect, it } from 'vitest';
import type { ShapeRecord } from './databaseShape.js';
import { diffDatabaseShape } from './diffDatabaseShape.js';

const expected: ShapeRecord = {
  rooms: { id: { nullable: false, type: 'text' }, closed_at: { nullable: true, type: 'timestamptz' } },
};

describe('diffDatabaseShape', () => {
  it('findsNothingWhenTheShapesAgree', () => {
    expect(diffDatabaseShape(expected, structuredClone(expected))).toEqual([]);
  });

  it('reportsATableMissingFromTheDatabase', () => {
    expect(diffDatabaseShape(expected, {})).toEqual(['table rooms: in the Database type but not in the database']);
  });

  it('reportsATableMissingFromTheType', () => {
    const actual = { ...expected, votes: { id: { nullable: false, type: 'text' } } };
    expect(diffDatabaseShape(expected, actual)).toEqual(['table votes: in the database but not in the Database type']);
  });

  it('reportsAColumnMissingOnEitherSide', () => {
    const actual = { rooms: { id: { nullable: false, type: 'text' }, title: { nullable: false, type: 'text' } } };
    expect(diffDatabaseShape(expected, actual)).toEqual([
      'column rooms.closed_at: in the Database type but not in the database',
      'column rooms.title: in the database but not in the Database type',
    ]);
  });

  it('reportsANullabilityOrTypeMismatch', () => {
    const actual = {
      rooms: { id: { nullable: true, type: 'text' }, closed_at: { nullable: true, type: 'timestamp' } },
    };
    expect(diffDatabaseShape(expected, actual)).toEqual([
      'column rooms.id: type says not null, database says nullable',
      'column rooms.closed_at: type expects timestamptz, database has timestamp',
    ]);
  });
});
