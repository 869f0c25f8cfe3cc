import { useEffect, useState } from 'react';

/** A part of the app that is a chunk of its own: loading, failed (the network dropped), or there. */
export type Chunk<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly module: T };

/**
 * Loads a chunk (`load` wraps one dynamic `import()` and must be the same function on every render) when the
 * component mounts. A new `attempt` tries a failed load again; a loaded chunk stays. The browser keeps loaded
 * modules, so mounting again costs nothing.
 */
export function useChunk<T>(load: () => Promise<T>, attempt = 0): Chunk<T> {
  const [chunk, setChunk] = useState<Chunk<T>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs a failed load on "Try again"
  useEffect(() => {
    let cancelled = false;
    // Only a failed chunk shows "loading" again; a loaded one stays, whatever this attempt brings.
    setChunk((current) => (current.state === 'failed' ? { state: 'loading' } : current));
    load().then(
      (module) => !cancelled && setChunk({ state: 'ready', module }),
      () => !cancelled && setChunk((current) => (current.state === 'ready' ? current : { state: 'failed' })),
    );
    return () => {
      cancelled = true;
    };
  }, [load, attempt]);
  return chunk;
}
