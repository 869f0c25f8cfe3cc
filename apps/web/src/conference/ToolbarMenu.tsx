import { InMenuContext } from '@plenum/client-kit/ui';
import { type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { menuButtonKey, menuKey } from './menuNavigation.js';
import { ToolbarButton } from './ToolbarButton.js';
import './ToolbarMenu.css';

export interface ToolbarMenuProps {
  readonly label: string;
  readonly icon: ReactNode;
  /** The popup's content; `close` shuts it and gives focus back to the button. */
  readonly menu: (close: () => void) => ReactNode;
  /**
   * `list`: a menu button (the toolbar's "More"): the popup is a `menu` of the toolbar's controls as its items, in a
   * column opening towards the end of the toolbar. Without it: a disclosure of the module's own controls.
   */
  readonly variant?: 'list';
  /** A count shown on the button (decorative, like the toolbar's other badges). */
  readonly badge?: string;
  /** `danger`: the button looks like Leave (red), for the moderators' leave menu. */
  readonly tone?: 'danger';
}

/** The items of `menu` itself (not those of a popup inside one of them). */
const itemsOf = (menu: HTMLElement) =>
  [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')].filter(
    (item) => item.closest('[role="menu"]') === menu,
  );

/** An item's visible name, for type-ahead (its label, without the badge's count or a clock before it). */
const nameOf = (item: HTMLElement) => (item.querySelector('.control__label') ?? item).textContent ?? '';

/** Space kept free above the popup, in px. */
const MARGIN = 8;

/**
 * A popup opens above its button; where that is not tall enough (a small window, 200 % zoom) it gets the height there
 * is and scrolls, so no item is out of reach above the window's top (WCAG 1.4.10).
 */
function fitAbove(popup: HTMLElement, anchor: HTMLElement | null): void {
  popup.style.maxHeight = '';
  popup.style.overflowY = '';
  if (!anchor) return;
  const room = anchor.getBoundingClientRect().top - 2 * MARGIN;
  if (popup.offsetHeight <= room) return;
  popup.style.maxHeight = `${Math.max(room, 6 * MARGIN)}px`;
  popup.style.overflowY = 'auto';
}

/**
 * A toolbar button that opens a popup above the toolbar. As a disclosure (a module's popup, e.g. the reaction
 * buttons): `aria-expanded` on the button, focus on the popup's first control when it opens. As a menu button
 * (`variant="list"`, "More"): Enter, Space and ArrowDown open it at its first item, ArrowUp at its last; in it the
 * arrows, Home, End and a letter move between the items, choosing an item closes it, Escape closes it and returns
 * focus to the button, Tab closes it and moves on. Either way Escape closes an inner popup first, alone (without
 * closing an open side panel too), and a click outside or focus leaving closes it where focus is. Inside another
 * menu the button itself is one of that menu's items.
 */
export function ToolbarMenu({ label, icon, menu, variant, badge, tone }: ToolbarMenuProps) {
  const isMenu = variant === 'list';
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const popupId = useId();
  const buttonId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    const element = popup.current;
    if (!open || !element) return;
    fitAbove(element, wrapper.current);
    const targets = isMenu
      ? itemsOf(element)
      : [...element.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]')];
    (open === 'last' ? targets.at(-1) : targets[0])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, isMenu]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // A popup inside this one (reactions inside "More") closes first, alone.
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };
  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = isMenu ? menuButtonKey(event.key) : null;
    if (!at) return;
    event.preventDefault();
    const items = open && popup.current ? itemsOf(popup.current) : [];
    if (items.length > 0) (at === 'last' ? items.at(-1) : items[0])?.focus();
    else setOpen(at);
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const element = popup.current;
    if (!isMenu || !element || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = itemsOf(element);
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return; // a key in a popup inside an item is that popup's
    const move = menuKey(event.key, index, items.map(nameOf));
    if (!move) return;
    if (move.kind === 'focus') {
      event.preventDefault();
      items[move.index]?.focus();
    } else if (move.focus === 'returnFocus') {
      event.preventDefault();
      close();
    } else {
      // Tab: from the button, the browser moves focus on to the control after (or, with Shift, before) it.
      button.current?.focus();
      setOpen(false);
    }
  };
  const onMenuClick = (event: MouseEvent<HTMLDivElement>) => {
    const element = popup.current;
    const item = (event.target as Element).closest<HTMLElement>('[role^="menuitem"]');
    // Choosing an item closes the menu; an item with a popup of its own (reactions) opens that instead.
    if (isMenu && element && item && itemsOf(element).includes(item) && !item.hasAttribute('aria-expanded')) close();
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
      <ToolbarButton
        ref={button}
        id={buttonId}
        label={label}
        icon={icon}
        badge={badge}
        tone={tone}
        {...(isMenu ? { 'aria-haspopup': 'menu' as const } : {})}
        aria-expanded={open !== false}
        aria-controls={popupId}
        onClick={() => setOpen((was) => (was ? false : 'first'))}
        onKeyDown={onButtonKeyDown}
      />
      <div
        ref={popup}
        id={popupId}
        className={variant ? `toolbar-menu__popup toolbar-menu__popup--${variant}` : 'toolbar-menu__popup'}
        hidden={!open}
        {...(isMenu
          ? { role: 'menu', 'aria-labelledby': buttonId, onKeyDown: onMenuKeyDown, onClick: onMenuClick }
          : {})}
      >
        <InMenuContext.Provider value={isMenu}>{open && menu(close)}</InMenuContext.Provider>
      </div>
    </div>
  );
}
