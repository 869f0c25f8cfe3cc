/** Four small rooms: the toolbar icon of breakout rooms. Decorative; the button carries the name. */
export function BreakoutIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="24" height="24">
      <rect x="3" y="3" width="7.5" height="7.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <rect x="13.5" y="3" width="7.5" height="7.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <rect x="3" y="13.5" width="7.5" height="7.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <rect x="13.5" y="13.5" width="7.5" height="7.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
