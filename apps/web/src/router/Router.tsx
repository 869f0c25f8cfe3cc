import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

interface RouterValue {
  readonly pathname: string;
  /** Goes to `path` with history.pushState (or replaceState) and re-renders the app. */
  readonly navigate: (path: string, options?: { readonly replace?: boolean }) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

/**
 * A minimal history-API router: the current pathname lives in React state (no global mutable
 * state), `navigate` pushes a history entry, and back/forward arrive as `popstate`.
 */
export function Router({ children }: { readonly children: ReactNode }) {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  useEffect(() => {
    const onPop = () => setPathname(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((path: string, options?: { readonly replace?: boolean }) => {
    if (options?.replace) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
    setPathname(window.location.pathname);
    window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ pathname, navigate }), [pathname, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside Router');
  return value;
}
