import { type RefObject, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { NotesBinding } from './NotesBinding.js';

/**
 * Binds the (uncontrolled) textarea in `ref` to `text` while mounted (see `NotesBinding`); returns the notes' length.
 * React never sets the textarea's value: the binding owns it.
 */
export function useNotesBinding(ref: RefObject<HTMLTextAreaElement | null>, text: Y.Text): number {
  const [length, setLength] = useState(0);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    const binding = new NotesBinding(field, text, setLength);
    const input = () => binding.input();
    const start = () => binding.compositionStart();
    const end = () => binding.compositionEnd();
    field.addEventListener('input', input);
    field.addEventListener('compositionstart', start);
    field.addEventListener('compositionend', end);
    return () => {
      field.removeEventListener('input', input);
      field.removeEventListener('compositionstart', start);
      field.removeEventListener('compositionend', end);
      binding.destroy();
    };
  }, [ref, text]);
  return length;
}
