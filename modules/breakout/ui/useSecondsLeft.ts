import { useEffect, useMemo, useState } from 'react';

/**
 * Whole seconds until `endsAt` (server clock), ticking once a second; null without a deadline.
 * `serverNow` is the server's clock when the deadline was sent: the difference to this device's
 * clock at that moment corrects a skewed local clock.
 */
export function useSecondsLeft(endsAt: number | null, serverNow: number): number | null {
  // Taken when a new server time arrives, i.e. right after the frame that carried it.
  const offset = useMemo(() => Date.now() - serverNow, [serverNow]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  if (endsAt === null) return null;
  return Math.max(0, Math.ceil((endsAt + offset - now) / 1000));
}
