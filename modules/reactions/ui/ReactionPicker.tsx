import { type Reaction, Reaction as Reactions, reactionEmoji } from '../protocol.js';
import type { ReactionsUiMessages } from './reactionsUiMessages.js';
import './reactions.css';

export interface ReactionPickerProps {
  readonly messages: ReactionsUiMessages;
  readonly onPick: (reaction: Reaction) => void;
}

/**
 * The fixed set of reactions as a fieldset of buttons (its legend names the group). Each button shows its emoji (hidden
 * from screen readers) and is named in words ("Thumbs up"); Tab and Shift+Tab move between them.
 */
export function ReactionPicker({ messages, onPick }: ReactionPickerProps) {
  return (
    <fieldset className="reaction-picker">
      <legend className="visually-hidden">{messages.picker}</legend>
      {Reactions.options.map((reaction) => (
        <button
          key={reaction}
          type="button"
          className="reaction-picker__button"
          aria-label={messages.names[reaction]}
          title={messages.names[reaction]}
          data-reaction={reaction}
          onClick={() => onPick(reaction)}
        >
          <span aria-hidden="true">{reactionEmoji[reaction]}</span>
        </button>
      ))}
    </fieldset>
  );
}
