import { useMenuItemAttributes } from '@plenum/client-kit/ui';
import type { ReactNode } from 'react';
import { ControlIcon, useControlBadge } from './ControlIcon.js';

export interface ToggleButtonProps {
  /** What the button does ("Mute microphone"); `pressed` says whether that is in effect. */
  readonly label: string;
  readonly pressed: boolean;
  readonly onClick: () => void;
  readonly icon: ReactNode;
  readonly variant?: 'toolbar' | 'round';
  readonly disabled?: boolean;
  readonly badge?: string;
}

/**
 * A toggle with a constant, action-naming label and `aria-pressed` state, the pattern screen
 * readers announce best ("Mute microphone, toggle button, pressed"). The label stays in the
 * accessible name even where it is visually hidden on narrow screens.
 */
export function ToggleButton({
  label,
  pressed,
  onClick,
  icon,
  variant = 'toolbar',
  disabled = false,
  badge,
}: ToggleButtonProps) {
  // In the toolbar's "More" menu the same toggle is a `menuitemcheckbox` (aria-checked).
  const menuItem = useMenuItemAttributes(pressed);
  const { badgeId, describedBy } = useControlBadge(badge);
  return (
    <button
      type="button"
      className={`control control--${variant}`}
      {...menuItem}
      onClick={onClick}
      disabled={disabled}
      title={variant === 'round' ? label : undefined}
      aria-describedby={describedBy}
    >
      <ControlIcon icon={icon} badge={badge} badgeId={badgeId} />
      <span className={variant === 'round' ? 'visually-hidden' : 'control__label'}>{label}</span>
    </button>
  );
}
