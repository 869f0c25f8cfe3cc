import { useCallback, useEffect, useState } from 'react';
import type { DialInApi, EnabledDialIn } from '../api/dialInApi.js';

/**
 * The room's dial-in details for the meeting screen, or `null` when there is nothing to show: dial-in is off, the
 * organisation does not offer it (403), this person is not the owner (404), or the request failed. Never throws: the
 * details are a convenience in the meeting, and a failure there is not worth an error message.
 */
export async function loadOwnerDialIn(api: DialInApi, roomId: string): Promise<EnabledDialIn | null> {
  try {
    const dialIn = await api.get(roomId);
    return dialIn.enabled ? dialIn : null;
  } catch {
    return null;
  }
}

/**
 * The dial-in details while `owner` (only the owner may read them; asking for anyone else would only fetch a refusal),
 * loaded once when the person is known to be the owner, and again on `reload` (e.g. when the details are opened, in
 * case the owner made new ones in another tab).
 */
export function useOwnerDialIn(
  load: (() => Promise<EnabledDialIn | null>) | undefined,
  owner: boolean,
): { readonly dialIn: EnabledDialIn | null; readonly reload: () => void } {
  const [dialIn, setDialIn] = useState<EnabledDialIn | null>(null);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on `reload`
  useEffect(() => {
    if (!owner || !load) {
      setDialIn(null);
      return;
    }
    let cancelled = false;
    void load().then((found) => !cancelled && setDialIn(found));
    return () => {
      cancelled = true;
    };
  }, [load, owner, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { dialIn, reload };
}
