import { type ReactNode, useId } from 'react';

/**
 * A control's icon with its count beside it (not on top of it: a wide icon such as the timer's ticking clock stays
 * readable). The count stays out of the control's name (names stay constant) but is its description: put
 * `describedBy` on the control, so a screen reader says "More, button, 1" as the eye sees the 1 (WCAG 1.3.1).
 */
export function useControlBadge(badge: string | undefined): {
  readonly badgeId: string;
  readonly describedBy: string | undefined;
} {
  const badgeId = useId();
  return { badgeId, describedBy: badge === undefined ? undefined : badgeId };
}

export function ControlIcon({
  icon,
  badge,
  badgeId,
}: {
  readonly icon: ReactNode;
  readonly badge?: string | undefined;
  /** The id the control's `aria-describedby` points at (`useControlBadge`). */
  readonly badgeId?: string;
}) {
  return (
    <span className="control__icon">
      {icon}
      {badge !== undefined && (
        <span className="control__badge" aria-hidden="true" id={badgeId}>
          {badge}
        </span>
      )}
    </span>
  );
}
