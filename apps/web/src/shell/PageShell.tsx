import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { Link } from '../router/Link.js';
import { SessionControls } from '../session/SessionControls.js';

/** The light frame of the non-conference pages: skip link, banner with logo, sign-in state and language switch, main. */
export function PageShell({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="page" data-theme="light">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="page__header">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t.appName}
        </Link>
        <div className="page__header-tools">
          <SessionControls />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="page__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
