/** A ballot going into a box: the formal vote button's icon (decorative; the button has a text label). */
export function LegalVoteIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="24" height="24">
      <path
        d="M4 13h16v7H4zM8 13V4h8v9M10.5 8l1.5 1.5 3-3"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </svg>
  );
}
