import type { PollPanelMessages } from './pollsMessages.js';

/**
 * How many voted, in words: "2 of 3 have voted" when it is known how many could vote (`eligible`), else (or when
 * more voted than are there now: some left) "2 people have voted".
 */
export function votersText(
  messages: Pick<PollPanelMessages, 'voters' | 'votersOf'>,
  voters: number,
  eligible: number | null,
): string {
  return eligible !== null && eligible > 0 && voters <= eligible
    ? messages.votersOf(voters, eligible)
    : messages.voters(voters);
}
