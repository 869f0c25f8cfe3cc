import { StickIcon } from './StickIcon.js';
import './talkingStick.css';

export interface SpeakerBadgeProps {
  /** The accessible name ("Speaking (speaker list)" or "Next on the speaker list"). */
  readonly label: string;
  readonly kind: 'speaking' | 'next';
}

/** The stick on the current speaker's tile (or a quieter mark on the next one's): an image with a name, no control. */
export function SpeakerBadge({ label, kind }: SpeakerBadgeProps) {
  return (
    <span
      className={`speaker-badge speaker-badge--${kind}`}
      role="img"
      aria-label={label}
      title={label}
      data-talking-stick={kind}
    >
      <StickIcon />
    </span>
  );
}
