/** A bar chart: the polls button's icon (decorative; the button has a text label). */
export function PollsIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="24" height="24">
      <path d="M5 20V11M12 20V4M19 20v-6" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" fill="none" />
    </svg>
  );
}
