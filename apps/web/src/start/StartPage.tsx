import { type FormEvent, useId, useState } from 'react';
import type { RoomsApi } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { roomPath } from '../router/matchRoute.js';
import { useRouter } from '../router/Router.js';
import { PageShell } from '../shell/PageShell.js';
import { TextField } from '../shell/TextField.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { parseRoomInput } from './parseRoomInput.js';

/** Start page: create a meeting (optional title) or go to one by link or id. */
export function StartPage({ api }: { readonly api: RoomsApi }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const heading = useFocusHeading<HTMLHeadingElement>();
  useDocumentTitle('', t.appName);
  const ids = { createHeading: useId(), joinHeading: useId(), createError: useId() };
  const [title, setTitle] = useState('');
  const [creating, setCreating] = useState(false);
  const [createFailed, setCreateFailed] = useState(false);
  const [link, setLink] = useState('');
  const [linkProblem, setLinkProblem] = useState<'empty' | 'invalid' | null>(null);

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
    const input = parseRoomInput(link, window.location);
    switch (input.kind) {
      case 'empty':
      case 'invalid':
        setLinkProblem(input.kind);
        return;
      case 'here':
        navigate(roomPath(input.roomId));
        return;
      case 'elsewhere':
        // A meeting of another Plenum server: its id means nothing here, so go there.
        window.location.assign(input.url);
        return;
    }
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
          <section className="card" aria-labelledby={ids.createHeading}>
            <h2 id={ids.createHeading}>{t.start.createHeading}</h2>
            <form onSubmit={create} noValidate>
              <TextField
                label={t.start.titleLabel}
                hint={t.start.titleHint}
                value={title}
                maxLength={200}
                autoComplete="off"
                onValueChange={setTitle}
              />
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
          <section className="card" aria-labelledby={ids.joinHeading}>
            <h2 id={ids.joinHeading}>{t.start.joinHeading}</h2>
            <form onSubmit={go} noValidate>
              <TextField
                label={t.start.linkLabel}
                hint={t.start.linkHint}
                error={
                  linkProblem === 'empty'
                    ? t.start.emptyLink
                    : linkProblem === 'invalid'
                      ? t.start.invalidLink
                      : undefined
                }
                value={link}
                autoComplete="off"
                spellCheck={false}
                onValueChange={(value) => {
                  setLink(value);
                  setLinkProblem(null);
                }}
              />
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
