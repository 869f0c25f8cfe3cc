import { LineIcon } from './LineIcon.js';

/** The "×" of a close or remove button (decorative: the button carries the name). */
export function CloseIcon({ size = 20 }: { readonly size?: number }) {
  return (
    <LineIcon size={size}>
      <path d="M6 6l12 12M18 6L6 18" />
    </LineIcon>
  );
}
