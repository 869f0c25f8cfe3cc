import { LineIcon } from '@plenum/client-kit/ui';
/** A talking stick: a staff with a small microphone head. */
export function StickIcon() {
  return (
    <LineIcon>
      <rect x="13" y="2" width="6" height="9" rx="3" transform="rotate(30 16 6.5)" />
      <path d="M12.5 11.5L5 21" />
      <path d="M9 13l2 1.5" />
    </LineIcon>
  );
}
