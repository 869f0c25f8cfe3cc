import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { Locale } from '../locale.js';
import type { Self } from '../Self.js';

export interface SlotPropsOptions {
  readonly participants?: readonly ParticipantInfo[];
  readonly locale?: Locale;
}

/**
 * A module UI test's slot props for `self` (in English, with nobody else unless `participants` says so): `send`
 * records each command in `sent` and answers with the ids c1, c2, …
 */
export function slotProps<S, M>(state: S, self: Self, messages: M, options: SlotPropsOptions = {}) {
  const sent: unknown[] = [];
  const send = (command: unknown) => {
    sent.push(command);
    return `c${sent.length}`;
  };
  const { participants = [], locale = 'en' } = options;
  return { sent, props: { state, self, send, participants, locale, messages } };
}
