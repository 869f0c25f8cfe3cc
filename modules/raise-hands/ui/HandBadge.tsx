import { HandIcon } from './HandIcon.js';
import './raiseHands.css';

export interface HandBadgeProps {
  /** The accessible name ("Hand raised", or with the queue place for moderators). */
  readonly label: string;
  /** The queue place shown next to the hand (moderators), or null. */
  readonly position: number | null;
}

/** A raised hand on a participant's tile or in the participant list: an image with a name, no control. */
export function HandBadge({ label, position }: HandBadgeProps) {
  return (
    <span className="hand-badge" role="img" aria-label={label} title={label} data-raised-hand={position ?? ''}>
      <HandIcon />
      {position !== null && (
        <span className="hand-badge__position" aria-hidden="true">
          {position}
        </span>
      )}
    </span>
  );
}
