import type { ConcludedVote } from '@plenum/room-kit/facts';
import { describe, expect, it } from 'vitest';
import { minutesMessages } from './minutesMessages.js';
import { voteChoices } from './voteChoices.js';

const vote = (change: Partial<ConcludedVote>): ConcludedVote => ({
  voteId: 'vote-0001',
  title: 'Kreisstraße K 12',
  endedAt: Date.UTC(2026, 10, 26, 21, 40, 10),
  reason: 'stopped',
  counts: { yes: 1, no: 0, abstain: 0 },
  eligible: 3,
  cast: 1,
  ...change,
});
const en = minutesMessages.en.panel;
const de = minutesMessages.de.panel;
const time = (at: number, seconds = false) =>
  new Date(at).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  });

describe('voteChoices', () => {
  it('tellsVotesOfOneTitleInOneMinuteApartBySecondsAndHowTheyEnded', () => {
    const stopped = vote({});
    const cancelled = vote({ voteId: 'vote-0002', reason: 'cancelled', endedAt: stopped.endedAt + 20_000 });
    const labels = voteChoices([stopped, cancelled], 'en', stopped.endedAt, en).map((c) => c.label);
    expect(labels).toEqual([
      `Kreisstraße K 12 (${time(cancelled.endedAt, true)}, cancelled)`,
      `Kreisstraße K 12 (${time(stopped.endedAt, true)}, 1:0:0)`,
    ]);
    expect(new Set(labels).size).toBe(2);
  });

  it('givesTheTimeWithoutSecondsWhenNoOtherVoteEndedInThatMinuteAndTheDateWhenNotToday', () => {
    const earlier = vote({ voteId: 'vote-0000', title: 'Satzung', endedAt: Date.UTC(2026, 0, 5, 9) });
    const today = vote({});
    const choices = voteChoices([earlier, today], 'de', today.endedAt, de);
    expect(choices.map((c) => c.voteId)).toEqual(['vote-0001', 'vote-0000']);
    const day = new Date(earlier.endedAt).toLocaleDateString('de-DE', { dateStyle: 'medium' });
    const clock = (at: number) => new Date(at).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
    expect(choices.map((c) => c.label)).toEqual([
      `Kreisstraße K 12 (${clock(today.endedAt)} Uhr, 1:0:0)`,
      `Satzung (${day}, ${clock(earlier.endedAt)} Uhr, 1:0:0)`,
    ]);
    expect(day).toMatch(/2026/);
  });

  it('numbersChoicesThatWouldStillReadTheSame', () => {
    const one = vote({});
    const labels = voteChoices([one, { ...one, voteId: 'vote-0002' }], 'en', one.endedAt, en).map((c) => c.label);
    // Newest first: the later vote is numbered.
    expect(labels).toEqual([
      `Kreisstraße K 12 (${time(one.endedAt, true)}, 1:0:0) (2)`,
      `Kreisstraße K 12 (${time(one.endedAt, true)}, 1:0:0)`,
    ]);
  });
});
