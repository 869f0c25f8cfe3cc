import { describe, expect, it } from 'vitest';
import { matchingPeople, movedChoice, searchKey } from './participantFilter.js';

const people = ['Frau Meier', 'Jörg Müller', 'Ben', 'Benedikt Schulz', 'Zoë'].map((displayName) => ({ displayName }));
const names = (query: string) => matchingPeople(people, query).map((p) => p.displayName);

describe('participant filter', () => {
  it('ignoresAccentsCaseAndSpaces', () => {
    expect(searchKey('  Jörg MÜLLER ')).toBe('jorg muller');
    expect(names('muller')).toEqual(['Jörg Müller']);
    expect(names('ZOE')).toEqual(['Zoë']);
  });

  it('needsEveryWordInAnyOrderAndKeepsTheOrder', () => {
    expect(names('ben')).toEqual(['Ben', 'Benedikt Schulz']);
    expect(names('meier fr')).toEqual(['Frau Meier']);
    expect(names('ben meier')).toEqual([]);
  });

  it('showsEveryoneForAnEmptyQuery', () => {
    expect(names('')).toEqual(people.map((p) => p.displayName));
    expect(names('   ')).toHaveLength(people.length);
  });
});

describe('movedChoice', () => {
  it('movesOneStepOrAPageAndStopsAtTheEnds', () => {
    expect(movedChoice('ArrowDown', 3, 5)).toBe(4);
    expect(movedChoice('ArrowDown', 4, 5)).toBe(4);
    expect(movedChoice('ArrowUp', 1, 5)).toBe(0);
    expect(movedChoice('ArrowUp', 0, 5)).toBe(0);
    expect(movedChoice('PageDown', 3, 30)).toBe(13);
    expect(movedChoice('PageDown', 25, 30)).toBe(29);
    expect(movedChoice('PageUp', 12, 30)).toBe(2);
    expect(movedChoice('PageUp', 5, 30)).toBe(0);
  });

  it('startsAtTheFirstGoingDownAndAtTheLastGoingUp', () => {
    expect(movedChoice('ArrowDown', -1, 5)).toBe(0);
    expect(movedChoice('ArrowUp', -1, 5)).toBe(4);
  });

  it('entersTheFirstMatchWhenNothingIsChosen', () => {
    expect(movedChoice('Enter', -1, 3)).toBe(0);
    expect(movedChoice('Enter', 2, 3)).toBe(2);
    expect(movedChoice('Enter', -1, 0)).toBeNull();
  });

  it('ignoresOtherKeysAndEmptyLists', () => {
    expect(movedChoice('Tab', 2, 5)).toBeNull();
    expect(movedChoice('Home', 2, 5)).toBeNull();
    expect(movedChoice('ArrowDown', -1, 0)).toBeNull();
  });
});
