import { describe, expect, it } from 'vitest';
import { MAX_TITLE_SLUG_LENGTH, titleSlug, VoteFileNames } from './voteFileNames.js';

// 21:49 UTC is 22:49 in Berlin in November.
const at = '2026-11-26T21:49:12.000Z';

describe('titleSlug', () => {
  it('spellsOutUmlautsAndDropsOtherAccentsAndSigns', () => {
    expect(titleSlug('Haushaltssatzung 2027')).toBe('haushaltssatzung-2027');
    expect(titleSlug('Änderung der Gebührenordnung für Straßenreinigung')).toBe('aenderung-der-gebuehrenordnung-fuer');
    expect(titleSlug('  Café „Öffnungszeiten“ – §3 (neu)! ')).toBe('cafe-oeffnungszeiten-3-neu');
    expect(titleSlug('Ärger/ÖPNV_Übergang')).toBe('aerger-oepnv-uebergang');
  });

  it('capsTheLengthAtADash', () => {
    const slug = titleSlug('Beschluss über die Aufstellung des Bebauungsplans Nr. 47 „Am Mühlenbach“');
    expect(slug).toBe('beschluss-ueber-die-aufstellung-des');
    expect(slug.length).toBeLessThanOrEqual(MAX_TITLE_SLUG_LENGTH);
    const word = titleSlug('x'.repeat(100));
    expect(word).toBe('x'.repeat(MAX_TITLE_SLUG_LENGTH));
  });

  it('isEmptyWhenNothingOfTheTitleIsLeft', () => {
    expect(titleSlug('€ – ?')).toBe('');
    expect(titleSlug('Бюджет')).toBe('');
  });
});

describe('VoteFileNames', () => {
  it('namesAVoteByLanguageBerlinStartAndTitle', () => {
    const names = new VoteFileNames();
    expect(names.nameOf({ voteId: 'AbC-12_xyz', title: 'Haushaltssatzung 2027', startedAt: at }, 'de')).toBe(
      'abstimmung-2026-11-26-2249-haushaltssatzung-2027',
    );
    expect(names.nameOf({ voteId: 'q9', title: 'Budget 2027', startedAt: Date.parse(at) }, 'en')).toBe(
      'vote-2026-11-26-2249-budget-2027',
    );
    expect(names.nameOf({ voteId: 'q10', title: '???', startedAt: at }, 'en')).toBe('vote-2026-11-26-2249');
  });

  it('tellsVotesOfTheSameTitleAndMinuteApartByTheirIdAndKeepsAVotesName', () => {
    const names = new VoteFileNames();
    const vote = (voteId: string, title = 'Haushalt', startedAt = at) => ({ voteId, title, startedAt });
    expect(names.nameOf(vote('AAAAAAfirst'), 'de')).toBe('abstimmung-2026-11-26-2249-haushalt');
    expect(names.nameOf(vote('BBBBBBsecond'), 'de')).toBe('abstimmung-2026-11-26-2249-haushalt-BBBBBB');
    // Same first six characters: the whole id.
    expect(names.nameOf(vote('BBBBBBthird'), 'de')).toBe('abstimmung-2026-11-26-2249-haushalt-BBBBBBthird');
    // A minute later, or another title: the time or the title tells them apart.
    expect(names.nameOf(vote('CCCCCC', 'Haushalt', '2026-11-26T21:50:00Z'), 'de')).toBe(
      'abstimmung-2026-11-26-2250-haushalt',
    );
    expect(names.nameOf(vote('DDDDDD', 'Stellenplan'), 'de')).toBe('abstimmung-2026-11-26-2249-stellenplan');
    // Files made again keep their vote's name.
    expect(names.nameOf(vote('AAAAAAfirst'), 'de')).toBe('abstimmung-2026-11-26-2249-haushalt');
    expect(names.nameOf(vote('BBBBBBsecond'), 'de')).toBe('abstimmung-2026-11-26-2249-haushalt-BBBBBB');
  });
});
