import { useId, useRef } from 'react';
import type * as Y from 'yjs';
import type { MinutesPanelMessages } from './minutesMessages.js';
import { MAX_NOTES_LENGTH } from './NotesBinding.js';
import { useNotesBinding } from './useNotesBinding.js';

export interface NotesFieldProps {
  readonly text: Y.Text;
  readonly readOnly: boolean;
  readonly messages: Pick<MinutesPanelMessages, 'notes' | 'notesFull'>;
}

/** An agenda item's notes: a labelled textarea bound to its Y.Text, read-only for readers, capped in length. */
export function NotesField({ text, readOnly, messages }: NotesFieldProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const length = useNotesBinding(ref, text);
  const full = length >= MAX_NOTES_LENGTH;
  return (
    <div className="minutes-notes">
      <label htmlFor={id}>{messages.notes}</label>
      <textarea
        ref={ref}
        id={id}
        rows={5}
        readOnly={readOnly}
        maxLength={MAX_NOTES_LENGTH}
        {...(full ? { 'aria-describedby': `${id}-full` } : {})}
      />
      {full && (
        <p id={`${id}-full`} className="minutes-panel__note">
          {messages.notesFull(MAX_NOTES_LENGTH)}
        </p>
      )}
    </div>
  );
}
