import { type FormEvent, useId, useState } from 'react';
import type { RoomsApi } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { roomPath } from '../router/matchRoute.js';
import { useRouter } from '../router/Router.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { parseRoomInput } from './parseRoomInput.js';

/** Start page: create a meeting (optional title) or go to one by link or id. */
export function StartPage({ api }: { readonly api: RoomsApi }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const heading = useFocusHeading<HTMLHeadingElement>();
  useDocumentTitle('', t.appName);
  const ids = {
    title: useId(),
    titleHint: useId(),
    link: useId(),
    linkHint: useId(),
    linkError: useId(),
    createError: useId(),
  };
  const [title, setTitle] = useState('');
  const [creating, setCreating] = useState(false);
  const [createFailed, setCreateFailed] = useState(false);
  const [link, setLink] = useState('');
  const [linkInvalid, setLinkInvalid] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setCreating(true);
    setCreateFailed(false);
    try {
      const room = await api.create(title);
      navigate(roomPath(room.id));
    } catch {
      setCreateFailed(true);
      setCreating(false);
    }
  };

  const go = (event: FormEvent) => {
    event.preventDefault();
    const id = parseRoomInput(link);
    if (!id) {
      setLinkInvalid(true);
      return;
    }
    navigate(roomPath(id));
  };

  return (
    <PageShell>
      <div className="start">
        <div className="start__intro">
          <h1 ref={heading} tabIndex={-1}>
            {t.start.title}
          </h1>
          <p className="lead">{t.start.lead}</p>
        </div>
        <div className="start__cards">
          <section className="card" aria-labelledby={`${ids.title}-h`}>
            <h2 id={`${ids.title}-h`}>{t.start.createHeading}</h2>
            <form onSubmit={create} noValidate>
              <div className="field">
                <label htmlFor={ids.title}>{t.start.titleLabel}</label>
                <input
                  id={ids.title}
                  type="text"
                  value={title}
                  maxLength={200}
                  autoComplete="off"
                  aria-describedby={ids.titleHint}
                  onChange={(e) => setTitle(e.target.value)}
                />
                <p id={ids.titleHint} className="field__hint">
                  {t.start.titleHint}
                </p>
              </div>
              {createFailed && (
                <p id={ids.createError} className="message message--error" role="alert">
                  {t.start.createFailed}
                </p>
              )}
              <button type="submit" className="button button--primary" disabled={creating}>
                {creating ? t.start.creating : t.start.create}
              </button>
            </form>
          </section>
          <section className="card" aria-labelledby={`${ids.link}-h`}>
            <h2 id={`${ids.link}-h`}>{t.start.joinHeading}</h2>
            <form onSubmit={go} noValidate>
              <div className="field">
                <label htmlFor={ids.link}>{t.start.linkLabel}</label>
                <input
                  id={ids.link}
                  type="text"
                  value={link}
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={linkInvalid}
                  aria-describedby={linkInvalid ? `${ids.linkError} ${ids.linkHint}` : ids.linkHint}
                  onChange={(e) => {
                    setLink(e.target.value);
                    setLinkInvalid(false);
                  }}
                />
                <p id={ids.linkHint} className="field__hint">
                  {t.start.linkHint}
                </p>
                {linkInvalid && (
                  <p id={ids.linkError} className="field__error" role="alert">
                    {t.start.invalidLink}
                  </p>
                )}
              </div>
              <button type="submit" className="button">
                {t.start.join}
              </button>
            </form>
          </section>
        </div>
      </div>
    </PageShell>
  );
}
