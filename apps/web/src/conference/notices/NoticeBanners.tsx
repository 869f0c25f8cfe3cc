import type { Locale } from '@plenum/client-kit/ui';
import { useEffect, useId, useRef } from 'react';
import type { Catalogue } from '../../i18n/en.js';
import { useCountdown } from '../../shell/countdown.js';
import type { ShownNotice } from './Notice.js';
import { noticeText } from './noticeText.js';

export interface NoticeBannersProps {
  /** Oldest first, as the session keeps them; shown newest first. */
  readonly notices: readonly ShownNotice[];
  readonly t: Catalogue;
  readonly locale: Locale;
  readonly onDismiss: (id: number) => void;
  /** The person points at notice `id` or has focus in it (`held`), or no longer does: a brief notice waits meanwhile. */
  readonly onHold: (id: number, held: boolean) => void;
  /** Where focus goes when the last notice is dismissed from the keyboard (the meeting's main area). */
  readonly fallbackFocus: () => HTMLElement | null;
}

/**
 * The session's notices, newest first, each an alert of its own with a "Dismiss" button (described by the notice's
 * words, so that several are told apart). A new notice is a new element, so screen readers announce it once; a
 * countdown changes only on screen. Dismissing moves focus to the next notice, or to the meeting when none is left;
 * so does a notice that goes by itself (its wait is over, its state ended) while its "Dismiss" has focus. A notice
 * that goes by itself after a while (brief) is held while the pointer is over it or focus is in it.
 */
export function NoticeBanners({ notices, t, locale, onDismiss, onHold, fallbackFocus }: NoticeBannersProps) {
  const list = useRef<HTMLDivElement>(null);
  /** The notice whose "Dismiss" has focus, until focus moves elsewhere. */
  const focusedId = useRef<number | null>(null);
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;
  useEffect(() => {
    const id = focusedId.current;
    if (id === null || notices.some((n) => n.id === id)) return;
    focusedId.current = null;
    // Focus went with the notice only if nothing else has it now.
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    (list.current?.querySelector<HTMLButtonElement>('button[data-dismiss]') ?? fallback.current())?.focus();
  }, [notices]);
  if (notices.length === 0) return null;
  const dismiss = (id: number, button: HTMLButtonElement) => {
    const focused = document.activeElement === button;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button[data-dismiss]') ?? [])];
    const at = buttons.indexOf(button);
    const next = buttons[at + 1] ?? buttons[at - 1] ?? null;
    focusedId.current = null;
    onDismiss(id);
    if (focused) (next ?? fallback.current())?.focus();
  };
  const focusChanged = (id: number | null) => {
    focusedId.current = id;
  };
  return (
    <div ref={list} className="notices">
      {[...notices].reverse().map((shown) => (
        <NoticeBanner
          key={shown.id}
          shown={shown}
          t={t}
          locale={locale}
          onDismiss={dismiss}
          onFocusChange={focusChanged}
          onHold={onHold}
        />
      ))}
    </div>
  );
}

function NoticeBanner({
  shown,
  t,
  locale,
  onDismiss,
  onFocusChange,
  onHold,
}: {
  readonly shown: ShownNotice;
  readonly t: Catalogue;
  readonly locale: Locale;
  readonly onDismiss: (id: number, button: HTMLButtonElement) => void;
  /** The "Dismiss" got focus (the id), or lost it to another element (null). */
  readonly onFocusChange: (id: number | null) => void;
  readonly onHold: (id: number, held: boolean) => void;
}) {
  const textId = useId();
  const pointed = useRef(false);
  const focused = useRef(false);
  const held = useRef(false);
  const change = (which: typeof pointed, now: boolean) => {
    which.current = now;
    const holding = pointed.current || focused.current;
    if (holding === held.current) return;
    held.current = holding;
    if (shown.brief) onHold(shown.id, holding);
  };
  return (
    <div
      className="banner banner--notice"
      role="alert"
      data-notice-kind={shown.notice.kind === 'module' ? `module:${shown.notice.ns}` : shown.notice.kind}
      {...(shown.brief ? { 'data-brief': '' } : {})}
      onPointerEnter={() => change(pointed, true)}
      onPointerLeave={() => change(pointed, false)}
      onFocus={() => change(focused, true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) change(focused, false);
      }}
    >
      <span id={textId}>
        {shown.countdown ? (
          <NoticeCountdown
            text={(seconds) => noticeText(t, locale, shown.notice, seconds)}
            seconds={shown.countdown.seconds}
            start={shown.id}
          />
        ) : (
          noticeText(t, locale, shown.notice)
        )}
      </span>
      <button
        type="button"
        className="button button--small"
        data-dismiss=""
        aria-describedby={textId}
        onClick={(event) => onDismiss(shown.id, event.currentTarget)}
        onFocus={() => onFocusChange(shown.id)}
        onBlur={(event) => {
          if (event.relatedTarget) onFocusChange(null);
        }}
      >
        {t.conference.dismiss}
      </button>
    </div>
  );
}

/**
 * A notice about a wait, counting down on screen once a second. Screen readers get the words as they were when the
 * notice appeared, so the alert is announced once, not every second.
 */
export function NoticeCountdown({
  text,
  seconds,
  start,
}: {
  readonly text: (seconds: number) => string;
  readonly seconds: number;
  /** A new value restarts the countdown (a new notice). */
  readonly start: unknown;
}) {
  const left = useCountdown(seconds, start);
  return (
    <>
      <span aria-hidden="true">{text(left)}</span>
      <span className="visually-hidden">{text(seconds)}</span>
    </>
  );
}
