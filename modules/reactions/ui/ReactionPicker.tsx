import type { KeyboardEvent } from 'react';
import { type Reaction, Reaction as Reactions, reactionEmoji } from '../protocol.js';
import { pickerKey } from './pickerKey.js';
import type { ReactionsUiMessages } from './reactionsUiMessages.js';
import './reactions.css';

export interface ReactionPickerProps {
  readonly messages: ReactionsUiMessages;
  readonly onPick: (reaction: Reaction) => void;
}

/**
 * The fixed set of reactions as a fieldset of buttons (its legend names the group). Each button shows its emoji (hidden
 * from screen readers) and is named in words ("Thumbs up"); the arrow keys (wrapping around), Home and End move
 * between them, and so do Tab and Shift+Tab.
 */
export function ReactionPicker({ messages, onPick }: ReactionPickerProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const next = pickerKey(event.key, buttons.indexOf(event.target as HTMLButtonElement), buttons.length);
    if (next === null) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
  return (
    <fieldset className="reaction-picker" onKeyDown={onKeyDown}>
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
