/** A sheet with lines: the minutes button's icon (decorative; the button has a text label). */
export function MinutesIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="24" height="24">
      <path
        d="M6 3h9l3 3v15H6zM9 9h6M9 13h6M9 17h4"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </svg>
  );
}
