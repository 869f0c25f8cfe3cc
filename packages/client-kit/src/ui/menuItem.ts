import { createContext, useContext } from 'react';

/**
 * True inside the popup of a menu button (the toolbar's "More"): controls there are the menu's items. The menu sets
 * it around its items and back to false around a popup of its own inside an item (reactions inside "More").
 */
export const InMenuContext = createContext(false);

/** The role and state attributes of a control in a toolbar, or of the same control as an item of a menu. */
export interface MenuItemAttributes {
  readonly role?: 'menuitem' | 'menuitemcheckbox';
  readonly tabIndex?: number;
  readonly 'aria-pressed'?: boolean;
  readonly 'aria-checked'?: boolean;
}

/**
 * The attributes of a button that does something (`pressed` undefined) or toggles something (`pressed`): outside a
 * menu a button, or a toggle button with `aria-pressed`; inside one a `menuitem`, or a `menuitemcheckbox` with
 * `aria-checked`, reached with the arrow keys rather than Tab (tabindex -1, the menu moves focus).
 */
export function menuItemAttributes(inMenu: boolean, pressed?: boolean): MenuItemAttributes {
  if (!inMenu) return pressed === undefined ? {} : { 'aria-pressed': pressed };
  return pressed === undefined
    ? { role: 'menuitem', tabIndex: -1 }
    : { role: 'menuitemcheckbox', 'aria-checked': pressed, tabIndex: -1 };
}

/** `menuItemAttributes` for where the calling component is rendered. */
export function useMenuItemAttributes(pressed?: boolean): MenuItemAttributes {
  return menuItemAttributes(useContext(InMenuContext), pressed);
}
