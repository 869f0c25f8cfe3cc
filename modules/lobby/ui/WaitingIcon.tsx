import { LineIcon } from '@plenum/client-kit/ui';
/** A door with a person waiting beside it. */
export function WaitingIcon() {
  return (
    <LineIcon>
      <path d="M4 21V4a1 1 0 0 1 1-1h7a1 1 0 0 1 1 1v17" />
      <path d="M2 21h20" />
      <circle cx="18" cy="9" r="2" />
      <path d="M18 12v5m-2-3h4" />
      <circle cx="10" cy="12" r="0.5" fill="currentColor" />
    </LineIcon>
  );
}
