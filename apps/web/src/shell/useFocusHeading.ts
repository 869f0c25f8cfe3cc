import { useEffect, useRef } from 'react';
import { useRouter } from '../router/Router.js';

/**
 * Moves focus to a page's main heading when the page appears, so that screen-reader and
 * keyboard users learn that the view changed (a single-page app has no page load to tell them).
 * The first view after the document loaded is the exception: the browser's page load already
 * tells them, and focus stays at the start of the document, where the skip link is.
 */
export function useFocusHeading<T extends HTMLElement>(key: unknown = null) {
  const ref = useRef<T>(null);
  const { claimDocumentLoadView } = useRouter();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` deliberately re-triggers the focus move
  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    if (claimDocumentLoadView()) return;
    heading.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
