import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import type { BreakoutMessages } from './breakoutMessages.js';
import './breakout.css';

export interface BreakoutPanelProps {
  readonly headingId: string;
  readonly messages: BreakoutMessages;
  readonly onClose: () => void;
  /**
   * Changes when the content swaps (rooms opened or closed, this client moved): if that removed the
   * focused control (e.g. "Open breakout rooms", "Go to Room 2"), focus returns to the heading.
   */
  readonly focusKey: string;
  /** The start form, the running rooms, or a line saying none are open. */
  readonly children: ReactNode;
}

/**
 * The "Breakout rooms" side panel: a heading that takes focus when the panel opens (it labels the
 * panel's landmark), a close button, and the content. Escape anywhere in the panel closes it.
 */
export function BreakoutPanel({ headingId, messages, onClose, focusKey, children }: BreakoutPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new key is what may have removed the focused control
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) heading.current?.focus({ preventScroll: true });
  }, [focusKey]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the panel's controls
    <div className="breakout-panel" onKeyDown={onKeyDown}>
      <div className="breakout-panel__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {messages.title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={messages.closePanel}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div className="breakout-panel__body">{children}</div>
    </div>
  );
}
