import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import './ToolbarMenu.css';

export interface ToolbarMenuProps {
  readonly label: string;
  readonly icon: ReactNode;
  /** The popup's content; `close` shuts it and gives focus back to the button. */
  readonly menu: (close: () => void) => ReactNode;
  /** `list`: a column of controls opening towards the end of the toolbar (the toolbar's "More"). */
  readonly variant?: 'list';
  /** A count shown on the button (decorative, like the toolbar's other badges). */
  readonly badge?: string;
}

/**
 * A module's toolbar button that opens a small popup of its controls above the toolbar (e.g. the
 * reaction buttons), as a disclosure: `aria-expanded` on the button, focus on the popup's first
 * control when it opens. Escape closes it and returns focus to the button (without closing an
 * open side panel too); a click outside or Tab past its end closes it where focus is.
 */
export function ToolbarMenu({ label, icon, menu, variant, badge }: ToolbarMenuProps) {
  const [open, setOpen] = useState(false);
  const popupId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    popup.current?.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // A popup inside this one (reactions inside "More") closes first, alone.
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus leaving are caught as they bubble up from the controls
    <div
      ref={wrapper}
      className="toolbar-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="control control--toolbar"
        aria-expanded={open}
        aria-controls={popupId}
        onClick={() => setOpen((was) => !was)}
      >
        {icon}
        {badge !== undefined && (
          <span className="control__badge" aria-hidden="true">
            {badge}
          </span>
        )}
        <span className="control__label">{label}</span>
      </button>
      <div
        ref={popup}
        id={popupId}
        className={variant ? `toolbar-menu__popup toolbar-menu__popup--${variant}` : 'toolbar-menu__popup'}
        hidden={!open}
      >
        {open && menu(close)}
      </div>
    </div>
  );
}
