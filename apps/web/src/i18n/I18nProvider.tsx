import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Catalogue } from './en.js';
import { catalogues, type Locale, pickLocale } from './locales.js';

const storageKey = 'plenum.locale';

interface I18nValue {
  readonly locale: Locale;
  readonly t: Catalogue;
  readonly setLocale: (locale: Locale) => void;
  /**
   * The signed-in user's preferred language (from their identity provider): used unless this browser has an
   * explicit choice. Not remembered, so the next user of a shared computer starts from their own.
   */
  readonly preferUserLocale: (tag: string | null) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function readSaved(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Provides the current catalogue; keeps `<html lang>` in sync and remembers an explicit choice. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => pickLocale(readSaved(), navigator.languages));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  const preferUserLocale = useCallback((tag: string | null) => {
    if (tag !== null && readSaved() === null) setLocaleState(pickLocale(null, [tag, ...navigator.languages]));
  }, []);
  const value = useMemo(
    () => ({ locale, t: catalogues[locale], setLocale, preferUserLocale }),
    [locale, setLocale, preferUserLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
