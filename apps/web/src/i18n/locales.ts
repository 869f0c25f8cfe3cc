import { type Locale, locales } from '@plenum/client-kit';
import { de } from './de.js';
import { type Catalogue, en } from './en.js';

// One list of languages for the app and every module's words (`Messages` in the client kit).
export { type Locale, locales };

export const catalogues: Readonly<Record<Locale, Catalogue>> = { en, de };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Chooses the UI language: a saved choice wins, else the first of the browser's preferred
 * languages we support (by primary subtag, so `de-AT` → `de`), else English.
 */
export function pickLocale(saved: string | null, preferred: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}
