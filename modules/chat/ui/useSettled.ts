import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `ms` (e.g. a count while someone types), so that a live region says it once
 * when typing pauses instead of after every key.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
