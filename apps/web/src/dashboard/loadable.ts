/**
 * A dashboard dialog or section that loads what it shows: `loading`, `failed` to load (shown with a retry), or its
 * own `Ready` state once loaded.
 */
export type Loadable<Ready, Problem> =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly problem: Problem }
  | Ready;

/** The loading events such a dialog shares: load (again), and loading failed. */
export type LoadEvent<Problem> = { readonly type: 'load' } | { readonly type: 'failed'; readonly problem: Problem };

/** Where a loading event leads: `load` to loading, `failed` to failed with its problem. */
export function loadStep<Problem>(event: LoadEvent<Problem>): Loadable<never, Problem> {
  return event.type === 'load' ? { phase: 'loading' } : { phase: 'failed', problem: event.problem };
}
