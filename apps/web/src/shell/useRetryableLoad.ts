import { useCallback, useEffect, useRef, useState } from 'react';

/** What `useRetryableLoad` tells about one attempt. */
export interface LoadHandlers<T> {
  readonly started: () => void;
  readonly loaded: (value: T) => void;
  readonly failed: (error: unknown) => void;
}

/**
 * Runs `load` when the component mounts, again when `key` (what is loaded, e.g. a room id) changes, and on every call
 * of the returned `retry` ("Try again"), telling `handlers`. The answer of an attempt that was overtaken (a newer one
 * started, or the component is gone) is dropped. The latest `load` and `handlers` are used, so callers may pass fresh
 * closures on every render.
 */
export function useRetryableLoad<T>(load: () => Promise<T>, handlers: LoadHandlers<T>, key: string): () => void {
  const [attempt, setAttempt] = useState(0);
  const latest = useRef({ load, handlers });
  latest.current = { load, handlers };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `attempt` are what start a new attempt
  useEffect(() => {
    let overtaken = false;
    const { load: run, handlers: on } = latest.current;
    on.started();
    run().then(
      (value) => !overtaken && latest.current.handlers.loaded(value),
      (error: unknown) => !overtaken && latest.current.handlers.failed(error),
    );
    return () => {
      overtaken = true;
    };
  }, [key, attempt]);
  return useCallback(() => setAttempt((n) => n + 1), []);
}
