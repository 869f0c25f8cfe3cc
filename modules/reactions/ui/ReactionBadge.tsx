import { useEffect, useRef, useState } from 'react';
import type { ShownReaction } from '../client/reactionsReducer.js';
import { reactionEmoji, reactionsLimits } from '../protocol.js';
import './reactions.css';

export interface ReactionBadgeProps {
  readonly shown: ShownReaction;
  /** The reaction's name in words ("Thumbs up"). */
  readonly label: string;
  /** Called once the reaction has been shown for `displayMs`. */
  readonly onExpired?: () => void;
}

/**
 * A reaction on the sender's tile for `displayMs`, then gone. Each new reaction (`seq`) shows
 * anew, even the same emoji twice; when it is over, `onExpired` lets the state forget it. Hidden from screen readers: the module's announcement says it
 * once, coalesced, instead of every tile speaking.
 */
export function ReactionBadge({ shown, label, onExpired }: ReactionBadgeProps) {
  const [visible, setVisible] = useState<number | null>(shown.seq);
  const expired = useRef(onExpired);
  expired.current = onExpired;
  useEffect(() => {
    setVisible(shown.seq);
    const timer = setTimeout(() => {
      setVisible(null);
      expired.current?.();
    }, reactionsLimits.displayMs);
    return () => clearTimeout(timer);
  }, [shown.seq]);
  if (visible !== shown.seq) return null;
  return (
    <span className="reaction-badge" aria-hidden="true" title={label} data-reaction={shown.reaction}>
      {reactionEmoji[shown.reaction]}
    </span>
  );
}
