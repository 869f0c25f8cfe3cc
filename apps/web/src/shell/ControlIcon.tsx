import type { ReactNode } from 'react';

/**
 * A control's icon with its count beside it (not on top of it: a wide icon such as the timer's ticking clock stays
 * readable). The count is decorative: what it counts is said elsewhere (the panel, an announcement).
 */
export function ControlIcon({ icon, badge }: { readonly icon: ReactNode; readonly badge?: string | undefined }) {
  return (
    <span className="control__icon">
      {icon}
      {badge !== undefined && (
        <span className="control__badge" aria-hidden="true">
          {badge}
        </span>
      )}
    </span>
  );
}
