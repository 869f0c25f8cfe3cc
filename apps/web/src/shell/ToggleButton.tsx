import type { ReactNode } from 'react';

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
  return (
    <button
      type="button"
      className={`control control--${variant}`}
      aria-pressed={pressed}
      onClick={onClick}
      disabled={disabled}
      title={variant === 'round' ? label : undefined}
    >
      {icon}
      {badge !== undefined && (
        <span className="control__badge" aria-hidden="true">
          {badge}
        </span>
      )}
      <span className={variant === 'round' ? 'visually-hidden' : 'control__label'}>{label}</span>
    </button>
  );
}
