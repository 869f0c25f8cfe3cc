import { useEffect } from 'react';

/** Sets `document.title` to "<page> – Plenum" (WCAG 2.4.2: pages have descriptive titles). */
export function useDocumentTitle(page: string, appName: string): void {
  useEffect(() => {
    document.title = page ? `${page} – ${appName}` : appName;
  }, [page, appName]);
}
