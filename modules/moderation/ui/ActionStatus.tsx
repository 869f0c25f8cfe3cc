import { useState } from 'react';

/** What the last action did, in words, and a number that tells a repeat of the same words from the old ones. */
export interface ActionDone {
  readonly text: string;
  readonly seq: number;
}

/** The state of an `ActionStatus`: what was said last, and `say` to say something new. */
export function useActionDone(): readonly [ActionDone | null, (text: string) => void] {
  const [done, setDone] = useState<ActionDone | null>(null);
  const say = (text: string) => setDone((last) => ({ text, seq: (last?.seq ?? 0) + 1 }));
  return [done, say];
}

/**
 * A visible, polite status of what the moderator's last action here did ("Muted 3 people."): the live region is there
 * from the start (empty), so screen readers hear what is put in; the same words again are a new line, said again.
 */
export function ActionStatus({ done }: { readonly done: ActionDone | null }) {
  return (
    <div role="status" className="moderation-tools__status">
      {done && (
        <p key={done.seq} className="moderation-tools__hint">
          {done.text}
        </p>
      )}
    </div>
  );
}
