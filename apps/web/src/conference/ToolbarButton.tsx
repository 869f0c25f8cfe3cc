import { useMenuItemAttributes } from '@plenum/client-kit/ui';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { ControlIcon, useControlBadge } from '../shell/ControlIcon.js';

export interface ToolbarButtonProps
  extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'className' | 'type' | 'role' | 'tabIndex'> {
  /** The constant accessible name, shown under the icon (or as a tooltip while the toolbar shows icons only). */
  readonly label: string;
  readonly icon: ReactNode;
  /** A count shown on the button, and its description (`useControlBadge`). */
  readonly badge?: string | undefined;
  /** `danger`: looks like the toolbar's Leave button (red). */
  readonly tone?: 'danger' | undefined;
}

/**
 * A toolbar button that does something (not a toggle): a `button` in the toolbar's row, a `menuitem` in its "More"
 * menu. Other attributes (`onClick`, `aria-*`, `ref`) go to the button.
 */
export function ToolbarButton({ label, icon, badge, tone, ...button }: ToolbarButtonProps) {
  const menuItem = useMenuItemAttributes();
  const { badgeId, describedBy } = useControlBadge(badge);
  const described = [button['aria-describedby'], describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <button
      type="button"
      className={tone === 'danger' ? 'control control--danger' : 'control control--toolbar'}
      {...button}
      {...menuItem}
      aria-describedby={described}
    >
      <ControlIcon icon={icon} badge={badge} badgeId={badgeId} />
      <span className="control__label">{label}</span>
    </button>
  );
}
