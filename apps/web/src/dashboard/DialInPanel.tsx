import { useEffect, useId, useRef } from 'react';
import type { DialInProblem } from '../api/dialInApi.js';
import { loginHref } from '../api/sessionApi.js';
import { DialInDetails } from '../dialIn/DialInDetails.js';
import type { DialInPart } from '../dialIn/dialInText.js';
import type { Catalogue } from '../i18n/en.js';
import type { DialInDialogState, DialInQuestion } from './dialInDialogState.js';
import '../dialIn/DialInDetails.css';

export interface DialInPanelProps {
  readonly state: DialInDialogState;
  /** The dialog's live announcement (changes, copies). */
  readonly status: string;
  readonly t: Catalogue;
  readonly onRetry: () => void;
  /** The switch: on turns dial-in on at once, off asks first. */
  readonly onSwitch: (on: boolean) => void;
  readonly onAsk: (question: DialInQuestion) => void;
  readonly onConfirm: (question: DialInQuestion) => void;
  readonly onDismiss: () => void;
  readonly onWithdraw: () => void;
  readonly onCopy: (part: DialInPart) => void;
}

/**
 * The body of the dial-in dialog, by state (see {@link DialInDialogState}). Controls that stay on screen are never
 * `disabled` while a change runs (that would drop keyboard focus); they say `aria-disabled` and ignore presses. A
 * question takes focus when it opens; when it closes, focus goes back to the control that asked.
 */
export function DialInPanel({
  state,
  status,
  t,
  onRetry,
  onSwitch,
  onAsk,
  onConfirm,
  onDismiss,
  onWithdraw,
  onCopy,
}: DialInPanelProps) {
  const d = t.dialIn;
  const hintId = useId();
  const switchRef = useRef<HTMLInputElement>(null);
  const regenerateRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const notOfferedRef = useRef<HTMLParagraphElement>(null);
  const asking = state.phase === 'ready' ? state.asking : null;
  const withdrawn = state.phase === 'notOffered' && state.withdrawn;
  const askedBefore = useRef<DialInQuestion | null>(null);

  useEffect(() => {
    const before = askedBefore.current;
    askedBefore.current = asking;
    if (asking !== null) {
      if (before !== asking) questionRef.current?.focus();
    } else if (before !== null) {
      (before === 'regenerate' && regenerateRef.current ? regenerateRef.current : switchRef.current)?.focus();
    }
  }, [asking]);

  // The explanation takes focus after withdrawing, and when the switch it replaced had focus (the organisation
  // dropped dial-in while the dialog was open).
  const notOffered = state.phase === 'notOffered';
  useEffect(() => {
    if (!notOffered) return;
    if (withdrawn || document.activeElement === null || document.activeElement === document.body) {
      notOfferedRef.current?.focus();
    }
  }, [notOffered, withdrawn]);

  const problem = (p: DialInProblem | null) => p && <DialInProblemMessage problem={p} t={t} />;

  const question = (which: DialInQuestion, busy: boolean) => (
    <div className="dial-in__confirm">
      <p ref={questionRef} tabIndex={-1}>
        {which === 'regenerate' ? d.regenerateQuestion : d.disableQuestion}
      </p>
      <div className="dial-in__actions">
        <button
          type="button"
          className="button button--small button--danger"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onConfirm(which)}
        >
          {which === 'regenerate'
            ? busy
              ? d.regenerating
              : d.regenerateConfirm
            : busy
              ? d.disabling
              : d.disableConfirm}
        </button>
        <button type="button" className="button button--small" aria-disabled={busy || undefined} onClick={onDismiss}>
          {which === 'regenerate' ? d.regenerateCancel : d.disableCancel}
        </button>
      </div>
    </div>
  );

  return (
    <>
      <p className="modal__intro">{d.intro}</p>
      <p role="status" className="dialog-status">
        {status}
      </p>
      {state.phase === 'loading' && <p className="loading">{d.loading}</p>}
      {state.phase === 'failed' && (
        <>
          <DialInProblemMessage
            problem={state.problem}
            t={t}
            text={state.problem === 'other' ? d.loadFailed : undefined}
          />
          <button type="button" className="button button--small" onClick={onRetry}>
            {d.retry}
          </button>
        </>
      )}
      {state.phase === 'notOffered' && (
        <>
          <div className="message message--warning">
            <p ref={notOfferedRef} tabIndex={-1}>
              {state.withdrawn ? d.withdrawn : d.notOffered}
            </p>
          </div>
          {problem(state.problem)}
          {!state.withdrawn && (
            <>
              <p>{d.withdrawHint}</p>
              <button
                type="button"
                className="button button--small"
                aria-disabled={state.busy || undefined}
                onClick={() => !state.busy && onWithdraw()}
              >
                {state.busy ? d.withdrawing : d.withdraw}
              </button>
            </>
          )}
        </>
      )}
      {state.phase === 'ready' && (
        <>
          <label className="dial-in__switch">
            <input
              ref={switchRef}
              type="checkbox"
              checked={state.dialIn.enabled}
              aria-describedby={hintId}
              aria-disabled={state.busy !== null || state.asking !== null || undefined}
              onChange={(event) => {
                if (state.busy === null && state.asking === null) onSwitch(event.currentTarget.checked);
              }}
            />
            {d.switchLabel}
          </label>
          <p id={hintId} className="field__hint">
            {state.busy === 'enable' ? d.enabling : d.switchHint}
          </p>
          {state.asking === 'disable' && question('disable', state.busy === 'disable')}
          {problem(state.problem)}
          {state.dialIn.enabled ? (
            <div className="dialog-section">
              <DialInDetails dialIn={state.dialIn} words={d} onCopy={onCopy} />
              {state.asking === 'regenerate' ? (
                question('regenerate', state.busy === 'regenerate')
              ) : (
                <div className="dial-in__actions">
                  <button
                    ref={regenerateRef}
                    type="button"
                    className="button button--small"
                    aria-disabled={state.busy !== null || state.asking !== null || undefined}
                    onClick={() => state.busy === null && state.asking === null && onAsk('regenerate')}
                  >
                    {d.regenerate}
                  </button>
                </div>
              )}
            </div>
          ) : (
            <p>{d.off}</p>
          )}
        </>
      )}
    </>
  );
}

/** A failed dial-in request as an alert; an ended session offers signing in again. */
function DialInProblemMessage({
  problem,
  t,
  text,
}: {
  readonly problem: DialInProblem;
  readonly t: Catalogue;
  readonly text?: string | undefined;
}) {
  const texts: Record<DialInProblem, string> = {
    featureDisabled: t.dialIn.notOffered,
    roomNotFound: t.dashboard.problems.notFound,
    notEnabled: t.dialIn.notEnabledAnyMore,
    signedOut: t.dashboard.problems.signedOut,
    network: t.dashboard.problems.network,
    other: t.dashboard.problems.other,
  };
  return (
    <div className="message message--error" role="alert">
      <p>{text ?? texts[problem]}</p>
      {problem === 'signedOut' && (
        <a className="button button--small" href={loginHref('/')}>
          {t.dashboard.signIn}
        </a>
      )}
    </div>
  );
}
