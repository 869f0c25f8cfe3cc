/** The languages of the user interface; every module supplies its words in each of them. */
export const locales = ['en', 'de'] as const;
export type Locale = (typeof locales)[number];

/** A module's words, once per language: the type makes a missing language or key a compile error. */
export type Messages<M> = Readonly<Record<Locale, M>>;
