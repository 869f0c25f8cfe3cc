import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

interface RouterValue {
  readonly pathname: string;
  /** Goes to `path` with history.pushState (or replaceState) and re-renders the app. */
  readonly navigate: (path: string, options?: { readonly replace?: boolean }) => void;
  /**
   * True exactly once: for the first view that wants to move focus to its heading after the
   * document loaded, as long as no in-app navigation happened before. That view leaves focus
   * where the browser put it (at the start of the document, so the first Tab reaches the skip
   * link); every later view change moves focus to its heading.
   */
  readonly claimDocumentLoadView: () => boolean;
}

const RouterContext = createContext<RouterValue | null>(null);

/**
 * A minimal history-API router: the current pathname lives in React state (no global mutable
 * state), `navigate` pushes a history entry, and back/forward arrive as `popstate`.
 */
export function Router({ children }: { readonly children: ReactNode }) {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  const documentLoadView = useRef(true);
  useEffect(() => {
    const onPop = () => {
      documentLoadView.current = false;
      setPathname(window.location.pathname);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((path: string, options?: { readonly replace?: boolean }) => {
    documentLoadView.current = false;
    if (options?.replace) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
    setPathname(window.location.pathname);
    window.scrollTo(0, 0);
  }, []);
  const claimDocumentLoadView = useCallback(() => {
    const first = documentLoadView.current;
    documentLoadView.current = false;
    return first;
  }, []);
  const value = useMemo(
    () => ({ pathname, navigate, claimDocumentLoadView }),
    [pathname, navigate, claimDocumentLoadView],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside Router');
  return value;
}
