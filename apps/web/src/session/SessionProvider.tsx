import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createSessionApi, type Me, type SessionApi } from '../api/sessionApi.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** Who uses the app: not known yet, nobody (or the server could not tell), or a signed-in user. */
export type Session =
  | { readonly status: 'loading' }
  | { readonly status: 'signedOut' }
  | { readonly status: 'signedIn'; readonly user: SessionUser };

export interface SessionUser {
  readonly displayName: string;
  readonly tenantId: string;
  readonly tenantName: string;
  readonly isAdmin: boolean;
  readonly email: string | null;
  readonly locale: string | null;
}

export type SignOutResult = { readonly ok: true } | { readonly ok: false };

interface SessionValue {
  readonly session: Session;
  /** Ends the session and leaves for the server's logout target; resolves `{ ok: false }` when that failed. */
  readonly signOut: () => Promise<SignOutResult>;
}

const SessionContext = createContext<SessionValue | null>(null);

function toUser(me: Me): SessionUser {
  return {
    displayName: me.displayName,
    tenantId: me.tenantId,
    tenantName: me.tenantName,
    isAdmin: me.isAdmin,
    email: me.email,
    locale: me.locale,
  };
}

function leavePage(url: string): void {
  window.location.href = url;
}

/**
 * Reads `/v1/me` once when the app loads. A 401 means signed out; any other failure is treated as signed out as
 * well ("Sign in" is the useful thing to offer). A signed-in user's preferred language applies unless this browser
 * has an explicit choice. Signing in and out are full-page
 * navigations, so the session is read again when the browser comes back.
 */
export function SessionProvider({
  children,
  api: given,
  navigateAway = leavePage,
}: {
  readonly children: ReactNode;
  readonly api?: SessionApi;
  /** Where the browser goes after signing out; injected for tests. */
  readonly navigateAway?: (url: string) => void;
}) {
  const api = useMemo(() => given ?? createSessionApi(), [given]);
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const { preferUserLocale } = useI18n();
  useEffect(() => {
    let cancelled = false;
    api.me().then(
      (me) => {
        if (cancelled) return;
        setSession(me ? { status: 'signedIn', user: toUser(me) } : { status: 'signedOut' });
        if (me) preferUserLocale(me.locale);
      },
      () => !cancelled && setSession({ status: 'signedOut' }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, preferUserLocale]);
  const signOut = useCallback(async (): Promise<SignOutResult> => {
    let target: string;
    try {
      target = await api.logout();
    } catch {
      return { ok: false };
    }
    setSession({ status: 'signedOut' });
    navigateAway(target);
    return { ok: true };
  }, [api, navigateAway]);
  const value = useMemo(() => ({ session, signOut }), [session, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
