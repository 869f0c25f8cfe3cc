import { useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { MinutesPanelMessages } from './minutesMessages.js';
import { MAX_NOTES_LENGTH } from './NotesBinding.js';
import { useNotesBinding } from './useNotesBinding.js';

export interface NotesFieldProps {
  readonly text: Y.Text;
  /** The field's accessible name: its visible label ("Notes") and which item it belongs to. */
  readonly name: string;
  readonly readOnly: boolean;
  readonly messages: Pick<MinutesPanelMessages, 'notes' | 'notesFull' | 'notesCut'>;
}

/**
 * An agenda item's notes: a labelled textarea bound to its Y.Text, read-only for readers, capped in length. Text
 * pasted or dropped beyond the cap is cut (by the textarea's `maxLength`); a status region says so each time.
 */
export function NotesField({ text, name, readOnly, messages }: NotesFieldProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const length = useNotesBinding(ref, text);
  // How often text was cut: each cut renders the status anew, so that it is said again.
  const [cuts, setCuts] = useState(0);
  useEffect(() => {
    const field = ref.current;
    if (!field || readOnly) return;
    const inserting = (data: DataTransfer | null) => {
      const added = (data?.getData('text/plain') ?? '').replace(/\r\n?/g, '\n').length;
      const room = MAX_NOTES_LENGTH - field.value.length + (field.selectionEnd - field.selectionStart);
      if (added > room) setCuts((n) => n + 1);
    };
    const paste = (event: ClipboardEvent) => inserting(event.clipboardData);
    const drop = (event: DragEvent) => inserting(event.dataTransfer);
    field.addEventListener('paste', paste);
    field.addEventListener('drop', drop);
    return () => {
      field.removeEventListener('paste', paste);
      field.removeEventListener('drop', drop);
    };
  }, [readOnly]);
  const full = length >= MAX_NOTES_LENGTH;
  return (
    <div className="minutes-notes">
      <label htmlFor={id}>{messages.notes}</label>
      <textarea
        ref={ref}
        id={id}
        aria-label={name}
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
      <p role="status" className="visually-hidden">
        {cuts > 0 && <span key={cuts}>{messages.notesCut(MAX_NOTES_LENGTH)}</span>}
      </p>
    </div>
  );
}
