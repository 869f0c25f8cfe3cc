import { useEffect, useMemo, useState } from 'react';

/**
 * The server's time as this device estimates it, re-rendering once a second while `ticking`. `serverTime` is the
 * latest server time the client learned: the difference to this device's clock when it arrives corrects a skewed
 * local clock (the transit time of the frame is the remaining error).
 */
export function useServerNow(serverTime: number, ticking: boolean): number {
  // Taken when a new server time arrives, i.e. right after the frame that carried it.
  const offset = useMemo(() => serverTime - Date.now(), [serverTime]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now + offset;
}
