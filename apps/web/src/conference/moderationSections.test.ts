import { describe, expect, it } from 'vitest';
import { panelSections, startsOpen } from './moderationSections.js';

const section = (heading: string, extra: object = {}) => ({ heading, content: null, ...extra });

describe('panelSections', () => {
  it('putsFrequentSectionsFirstAndLastOnesLastKeepingRegistryOrderWithin', () => {
    const ordered = panelSections([
      { ns: 'lobby', sections: [section('Waiting room', { place: 'frequent' })] },
      {
        ns: 'moderation',
        sections: [
          section('Microphones', { key: 'microphones', place: 'frequent' }),
          section('Participants', { key: 'participants', place: 'frequent' }),
          section('Rules', { key: 'rules' }),
          section('Debrief', { key: 'ending', place: 'last' }),
        ],
      },
      { ns: 'raise-hands', sections: [section('Raised hands')] },
      { ns: 'timer', sections: [section('Timer')] },
    ]);
    expect(ordered.map((s) => s.heading)).toEqual([
      'Waiting room',
      'Microphones',
      'Participants',
      'Rules',
      'Raised hands',
      'Timer',
      'Debrief',
    ]);
    expect(ordered.map((s) => s.id)).toEqual([
      'lobby',
      'moderation:microphones',
      'moderation:participants',
      'moderation:rules',
      'raise-hands',
      'timer',
      'moderation:ending',
    ]);
    expect(ordered.map((s) => s.ns)).toContain('raise-hands');
  });

  it('skipsModulesThatOfferNothing', () => {
    expect(
      panelSections([
        { ns: 'polls', sections: [null, undefined] },
        { ns: 'chat', sections: [] },
      ]),
    ).toEqual([]);
  });

  it('opensOnlyTheFrequentSectionsAtFirst', () => {
    expect(startsOpen(section('a', { place: 'frequent' }))).toBe(true);
    expect(startsOpen(section('b'))).toBe(false);
    expect(startsOpen(section('c', { place: 'last' }))).toBe(false);
  });
});
