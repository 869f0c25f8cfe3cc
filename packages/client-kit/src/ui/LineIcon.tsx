import type { ReactNode } from 'react';

/**
 * The frame of Plenum's decorative 24×24 line icons: a module draws only its paths inside. Every icon sits next to a
 * text label or inside a named control, so it is hidden from assistive technology.
 */
export function LineIcon({ children, size = 24 }: { readonly children: ReactNode; readonly size?: number }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}
