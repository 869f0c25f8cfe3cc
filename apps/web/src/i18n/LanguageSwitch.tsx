import { useI18n } from './I18nProvider.js';
import { locales } from './locales.js';

/** Two toggle buttons, each named in its own language so people find theirs. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons, not a form fieldset
    <div className="language-switch" role="group" aria-label={t.language}>
      {locales.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="language-switch__option"
          aria-pressed={locale === l}
          onClick={() => setLocale(l)}
        >
          {t.languages[l]}
        </button>
      ))}
    </div>
  );
}
