import { type Locale, locales, type Messages } from '../locale.js';

/** Key paths of a message tree with the kind of each leaf. */
function shape(value: unknown, path: string): string[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  }
  return [`${path}:${typeof value}`];
}

/** Paths of empty texts (functions are called with sample arguments). */
function empties(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (typeof value === 'function') {
    const sample = { name: 'x', count: 1, maxParticipants: 1 };
    return String(value(sample, 1)).trim() === '' ? [path] : [];
  }
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => empties(v, `${path}.${k}`));
  return [];
}

/**
 * What a module's words lack: keys one language has and another has not, and empty texts, as
 * `locale:path` lines. The type `Messages<M>` already demands every key; this catches casts and
 * empty strings. Use it in each module's UI test: `expect(missingTranslations(messages)).toEqual([])`.
 */
export function missingTranslations<M>(messages: Messages<M>): string[] {
  const [first, ...others] = locales;
  const reference = new Set(shape(messages[first], ''));
  const problems: string[] = [];
  for (const locale of others as Locale[]) {
    const keys = new Set(shape(messages[locale], ''));
    for (const key of reference) if (!keys.has(key)) problems.push(`${locale}:${key}`);
    for (const key of keys) if (!reference.has(key)) problems.push(`${first}:${key}`);
  }
  for (const locale of locales) problems.push(...empties(messages[locale], locale));
  return problems;
}
