import { useCallback, useSyncExternalStore } from 'react';
import type { MinutesSession } from '../client/MinutesSession.js';

/** Re-renders the calling component after every change of the session's doc; returns the doc's revision. */
export function useMinutesRevision(session: MinutesSession): number {
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  return useSyncExternalStore(subscribe, () => session.revision);
}
