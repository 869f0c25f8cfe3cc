import type { Locale } from '@plenum/client-kit';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import { voteShortResult } from '../voteResultText.js';
import { type MinutesPanelMessages, voteWhen } from './minutesMessages.js';

/** One concluded vote as the "Linked vote" select offers it. */
export interface VoteChoice {
  readonly voteId: string;
  readonly label: string;
}

/**
 * The room's concluded votes (given oldest first) as choices, newest first, each telling its vote apart from the others: title, when it
 * ended (the date unless today; seconds when another vote ended in the same minute) and how in short (counts
 * "7:2:1", or "cancelled"). Should two still read the same (same title, second and result), the later ones
 * get " (2)", " (3)" …
 */
export function voteChoices(
  votes: readonly ConcludedVote[],
  locale: Locale,
  now: number,
  messages: Pick<MinutesPanelMessages, 'voteOption'>,
): VoteChoice[] {
  const minute = (vote: ConcludedVote) => voteWhen(vote.endedAt, locale, now);
  const perMinute = new Map<string, number>();
  for (const vote of votes) perMinute.set(minute(vote), (perMinute.get(minute(vote)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const choices = votes.map((vote) => {
    const shared = (perMinute.get(minute(vote)) ?? 0) > 1;
    const when = voteWhen(vote.endedAt, locale, now, shared);
    const label = messages.voteOption(vote.title, when, voteShortResult(vote, locale));
    const times = (seen.get(label) ?? 0) + 1;
    seen.set(label, times);
    return { voteId: vote.voteId, label: times === 1 ? label : `${label} (${times})` };
  });
  return choices.reverse();
}
