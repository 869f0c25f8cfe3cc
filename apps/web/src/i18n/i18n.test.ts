import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';
import { pickLocale } from './locales.js';

/** Key paths of a catalogue, with the kind of each leaf. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  }
  return [`${path}:${typeof value}`];
}

describe('i18n', () => {
  it('germanHasExactlyTheEnglishKeys', () => {
    // The type system enforces this already; this guards against casts sneaking in.
    expect(shape(de).sort()).toEqual(shape(en).sort());
  });

  it('noTranslationIsEmpty', () => {
    const empty: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string' && value.trim() === '') empty.push(path);
      if (typeof value === 'function' && String(value('x', 1)).trim() === '') empty.push(path);
      if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(de, 'de');
    walk(en, 'en');
    expect(empty).toEqual([]);
  });

  it('picksTheSavedChoiceThenTheBrowserPreferenceThenEnglish', () => {
    expect(pickLocale('de', ['en-US'])).toBe('de');
    expect(pickLocale(null, ['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(pickLocale('xx', ['EN-gb'])).toBe('en');
    expect(pickLocale(null, ['fr'])).toBe('en');
  });
});
