import type { Locale } from '@plenum/client-kit';
import { useEffect, useRef, useState } from 'react';
import type { CarriedOver } from '../protocol.js';
import { cancelOnEscape } from './cancelOnEscape.js';
import type { MinutesPanelMessages } from './minutesMessages.js';

export interface CarryOverNoticeProps {
  readonly carriedOver: CarriedOver;
  readonly moderator: boolean;
  readonly locale: Locale;
  readonly messages: MinutesPanelMessages;
  /**
   * Moderators: export the current minutes for moderators, then start new ones (`startNew`). The notice's buttons go
   * away with it: the caller moves focus to a place that stays (the panel's heading).
   */
  readonly onStartNew: () => void;
  /** Moderators: go on with these minutes; the notice goes away for everyone (`continue`). */
  readonly onContinue: () => void;
}

/** "26 Nov 2026, 14:05": a date and time in the language's style. */
export function dateTime(at: number, locale: Locale): string {
  return new Date(at).toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * At the top of the minutes panel while the minutes continue an earlier meeting. Moderators choose: start new minutes
 * (after a confirm step saying that the current ones are stored as files for moderators first) or continue these;
 * everyone else sees the line only. Focus moves to the question when asked and back to the button on cancel (or
 * Escape, which does not reach the panel).
 */
export function CarryOverNotice({
  carriedOver,
  moderator,
  locale,
  messages: m,
  onStartNew,
  onContinue,
}: CarryOverNoticeProps) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (returning.current) opener.current?.focus();
    returning.current = false;
  }, [asking]);
  const cancel = () => {
    returning.current = true;
    setAsking(false);
  };
  const { lastChangedAt } = carriedOver;
  const text = m.carriedOver(lastChangedAt === null ? null : dateTime(lastChangedAt, locale));
  if (!moderator) return <p className="minutes-panel__note minutes-carried__info">{text}</p>;
  return (
    <div className="minutes-carried">
      <p className="minutes-carried__text">{text}</p>
      {asking ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the buttons inside
        <div className="minutes-item__confirm" onKeyDown={cancelOnEscape(cancel)}>
          <p ref={question} tabIndex={-1}>
            {m.startNewQuestion}
          </p>
          <div className="minutes-form__buttons">
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => {
                setAsking(false);
                onStartNew();
              }}
            >
              {m.startNewConfirm}
            </button>
            <button type="button" className="button button--small" onClick={cancel}>
              {m.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div className="minutes-form__buttons">
          <button ref={opener} type="button" className="button button--small" onClick={() => setAsking(true)}>
            {m.startNew}
          </button>
          <button type="button" className="button button--small" onClick={onContinue}>
            {m.continueMinutes}
          </button>
        </div>
      )}
    </div>
  );
}
