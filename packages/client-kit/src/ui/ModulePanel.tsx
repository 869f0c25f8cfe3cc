import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { CloseIcon } from './CloseIcon.js';
import './ModulePanel.css';

export interface ModulePanelProps {
  /** The slot's `headingId`: the heading labels the side panel's landmark. */
  readonly headingId: string;
  readonly heading: ReactNode;
  /** The accessible name of the close button ("Close polls"). */
  readonly closeLabel: string;
  /** The slot's `onClose`. */
  readonly onClose: () => void;
  /** The module's own class on the frame, for its styles (`poll-panel`). */
  readonly className?: string;
  /**
   * Changes when the content swaps (rooms opened, a list started): if that removed the focused control, focus goes
   * back to the heading instead of falling to the page's end.
   */
  readonly focusKey?: unknown;
  /** The heading, for a module that also moves focus to it on its own terms (e.g. only after its own commands). */
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
  /** The content's scroll area, for a module that scrolls it itself (e.g. to a section it jumps to). */
  readonly bodyRef?: RefObject<HTMLElement | null>;
  readonly children: ReactNode;
}

/**
 * The frame of a module's side panel: a header with the heading (which takes focus when the panel opens) and a close
 * button, and the content below it, which scrolls on its own (and takes focus for that). Escape anywhere in the panel closes it, unless a popup
 * inside took the key first.
 */
export function ModulePanel({
  headingId,
  heading,
  closeLabel,
  onClose,
  className,
  focusKey,
  headingRef: givenRef,
  bodyRef,
  children,
}: ModulePanelProps) {
  const ownRef = useRef<HTMLHeadingElement>(null);
  const headingRef = givenRef ?? ownRef;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the panel opens
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new key is what may have removed the focused control
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) headingRef.current?.focus({ preventScroll: true });
  }, [focusKey]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the panel's controls
    <div className={className ? `module-panel ${className}` : 'module-panel'} onKeyDown={onKeyDown}>
      <div className="module-panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel}>
          <CloseIcon />
        </button>
      </div>
      {/* Reachable by keyboard, so it can be scrolled even when nothing in it is focusable (e.g. results only). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section ref={bodyRef} className="module-panel__body" aria-labelledby={headingId} tabIndex={0}>
        {children}
      </section>
    </div>
  );
}
