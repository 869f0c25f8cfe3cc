import { type FormEvent, useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { CountdownText } from '../shell/CountdownText.js';
import { useCountdown } from '../shell/countdown.js';
import { PageShell } from '../shell/PageShell.js';
import { TextField } from '../shell/TextField.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import type { PasswordError } from './entryGate.js';

/**
 * Asks for the room password before the pre-join screen. A wrong password is said at the field
 * (announced) and focus goes back to it; after too many attempts, the waiting time counts down
 * and "Continue" stays disabled until it has passed. The password lives in this form's state and is
 * handed to `onSubmit`; it is never stored.
 */
export function PasswordStep({
  title,
  error,
  busy,
  onSubmit,
}: {
  readonly title: string;
  readonly error: PasswordError | null;
  readonly busy: boolean;
  readonly onSubmit: (password: string) => void;
}) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  useDocumentTitle(t.entry.passwordHeading, t.appName);
  const fieldId = useId();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const wait = error?.kind === 'tooManyAttempts' ? error.retryAfterSeconds : null;
  const left = useCountdown(wait, error);
  const blocked = left > 0;
  useEffect(() => {
    if (error) document.getElementById(fieldId)?.focus();
  }, [error, fieldId]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password === '') {
      setMissing(true);
      document.getElementById(fieldId)?.focus();
      return;
    }
    onSubmit(password);
  };
  const shown: PasswordError | null = missing ? { kind: 'missing' } : error;
  const errorText =
    shown === null ? undefined : shown.kind === 'missing' ? (
      t.entry.passwordMissing
    ) : shown.kind === 'wrong' ? (
      t.entry.passwordWrong
    ) : blocked ? (
      <CountdownText text={t.entry.tooManyAttempts} left={left} total={shown.retryAfterSeconds} />
    ) : undefined;
  return (
    <PageShell>
      <div className="notice-page">
        <h1 ref={heading} tabIndex={-1}>
          {t.entry.passwordHeading}
        </h1>
        {title && <p className="lead">{title}</p>}
        <p>{t.entry.passwordIntro}</p>
        <form className="card" onSubmit={submit} noValidate>
          <TextField
            id={fieldId}
            type="password"
            label={t.entry.passwordLabel}
            hint={t.entry.passwordHint}
            error={errorText}
            value={password}
            autoComplete="off"
            required
            onValueChange={(value) => {
              setPassword(value);
              setMissing(false);
            }}
          />
          <button type="submit" className="button button--primary" disabled={busy || blocked}>
            {t.entry.continue}
          </button>
        </form>
      </div>
    </PageShell>
  );
}
