/** The languages of the user interface; every module supplies its words in each of them. */
export const locales = ['en', 'de'] as const;
export type Locale = (typeof locales)[number];

/** A module's words, once per language: the type makes a missing language or key a compile error. */
export type Messages<M> = Readonly<Record<Locale, M>>;

/**
 * The locale dates, times and numbers are written in for a UI language: English as written in a German administration
 * (day before month, 24-hour clock: en-GB), not the US defaults `en` would give. Any other tag is passed through.
 */
export function formatLocale(locale: string): string {
  if (locale === 'en') return 'en-GB';
  if (locale === 'de') return 'de-DE';
  return locale;
}
