import { describe, expect, it } from 'vitest';
import { debianDejaVuFonts, ReportFontError, ReportFonts } from './ReportFonts.js';
import { formatReportTime, reportLabels } from './reportLabels.js';

describe('ReportFonts', () => {
  const fonts = ReportFonts.load();

  it('printsGermanAndOtherEuropeanNamesUnchanged', () => {
    const names = 'Jürgen Weiß, Ärztin Öztürk, Łukasz Wąsik, Zoë Ő. Čapek, 1 250 €';
    expect(fonts.printable(names, 'regular')).toBe(names);
    expect(fonts.printable(names, 'bold')).toBe(names);
    expect(fonts.printable(names, 'mono')).toBe(names);
  });

  it('showsACharacterTheFontLacksAsItsCodePointInsteadOfDroppingIt', () => {
    expect(fonts.printable('李 Wei', 'regular')).toBe('[U+674E] Wei');
    // DejaVu Sans Mono has no emoji; DejaVu Sans has this one.
    expect(fonts.printable('ok 😀', 'mono')).toBe('ok [Emoji U+1F600]');
    expect(fonts.printable('ok 😀', 'regular')).toBe('ok 😀');
  });

  it('namesAMissingEmojiOnceWithoutItsInvisibleJoinersAndSelectors', () => {
    // DejaVu Sans lacks these; U+FE0F (emoji presentation) and U+200D (joiner) would print as nothing or a box.
    expect(fonts.printable('🏗️ Bau', 'regular')).toBe('[Emoji U+1F3D7] Bau');
    expect(fonts.printable('👩‍💻 IT', 'regular')).toBe('[Emoji U+1F469 U+1F4BB] IT');
    expect(fonts.printable('👍🏽🇩🇪', 'bold')).toBe('[Emoji U+1F44D U+1F3FD][Emoji U+1F1E9 U+1F1EA]');
    // Letters around a missing one, and a missing combining mark, stay where they are.
    expect(fonts.printable('1️⃣ a李b', 'regular')).toBe('1[U+20E3] a[U+674E]b');
  });

  it('fallsBackToTheDecompositionWhenTheFontHasItsParts', () => {
    // DejaVu Sans Mono lacks the ligature "ǆ" but has "d" and "ž".
    expect(fonts.printable('ǆ', 'mono')).toBe('dž');
  });

  it('saysWhichPackageProvidesAMissingFont', () => {
    expect(() => ReportFonts.load({ ...debianDejaVuFonts, bold: '/nonexistent/DejaVuSans-Bold.ttf' })).toThrow(
      new ReportFontError(
        'cannot read the report font /nonexistent/DejaVuSans-Bold.ttf (on Debian: apt-get install fonts-dejavu-core)',
      ),
    );
  });
});

describe('reportLabels', () => {
  it('countsPagesAndPrintsTheCreationTimeWithItsZoneInEachLanguage', () => {
    expect(reportLabels.de.pageOf(2, 3)).toBe('Seite 2 von 3');
    expect(reportLabels.en.pageOf(2, 3)).toBe('Page 2 of 3');
    expect(reportLabels.de.created(formatReportTime('2026-07-01T08:05:00Z', 'de', 'Europe/Berlin'))).toBe(
      'Erstellt: 01.07.2026, 10:05 MESZ',
    );
    expect(reportLabels.en.created(formatReportTime('2026-11-26T16:28:00Z', 'en', 'Europe/Berlin'))).toBe(
      'Created: 26/11/2026, 17:28 CET',
    );
  });
});
