import type { ModuleContext } from '@plenum/client-kit';
import { describe, expect, it } from 'vitest';
import { legalVoteProtocol } from '../protocol.js';
import {
  type KeptReceipts,
  MAX_KEPT_RECEIPTS,
  RECEIPTS_STORAGE_KEY,
  sessionReceipts,
  withKeptReceipt,
} from './keptReceipts.js';
import { legalVoteClientWith } from './legalVoteClient.js';
import { receipt, SAM, TOKEN, voteInfo, voteResult } from './legalVoteFixtures.test-support.js';
import { initLegalVote, legalVoteReducer } from './legalVoteReducer.js';

const sam: ModuleContext = {
  self: { participantId: SAM, role: 'participant', owner: false, moderator: false },
  participants: [],
  receivedAt: 10,
};
const vote = voteInfo();
const result = voteResult();
const notVoted = { eligible: true, choice: null, token: TOKEN, receipt: null } as const;
const kept: KeptReceipts = { 'vote-0001': { receipt, choice: 'yes' } };
const voted = { eligible: true, choice: 'yes', token: TOKEN, receipt } as const;

const join = (over: Record<string, unknown>) =>
  legalVoteProtocol.joinState.parse({
    running: null,
    last: null,
    lastFiles: null,
    sameAccount: [],
    serverNow: 10,
    ...over,
  });
type Input = Parameters<typeof legalVoteReducer>[1];
const event = (name: 'receipt' | 'ended', fields: Record<string, unknown>) =>
  ({
    type: 'event',
    event: { ...legalVoteProtocol.events[name].parse(fields), event: name },
  }) as Input;

/** A tab's session storage in memory; `refuse` makes every access throw, as a browser's privacy settings may. */
function memoryStorage(refuse = false) {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => {
      if (refuse) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (refuse) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
  };
  return { items, storage };
}

describe('kept receipts', () => {
  it('aFreshJoinShowsTheKeptReceiptWithTheLastResultTheServerSendsWithoutOne', () => {
    const state = initLegalVote(join({ last: result }), sam, kept);
    expect(state?.last?.mine).toEqual(voted);
    expect(state?.kept).toBe(kept);
    const other = initLegalVote(join({ last: { ...result, voteId: 'vote-0002' } }), sam, kept);
    expect(other?.last?.mine).toBeNull();
  });

  it('aRunningVoteWithoutAReceiptGetsTheKeptOneAndTheServersReceiptStands', () => {
    const running = { vote, count: 1, ballots: [], mine: notVoted, problems: [] };
    expect(initLegalVote(join({ running }), sam, kept)?.running?.mine).toEqual(voted);
    const serverSays = { ...voted, choice: 'no' } as const;
    const known = initLegalVote(join({ running: { ...running, mine: serverSays } }), sam, kept);
    expect(known?.running?.mine).toEqual(serverSays);
    expect(initLegalVote(join({ running }), sam)?.running?.mine).toEqual(notVoted);
  });

  it('theEndOfAVoteThisClientDidNotSeeRunTakesTheKeptReceipt', () => {
    const fresh = initLegalVote(join({}), sam, kept);
    if (!fresh) throw new Error('off');
    const state = legalVoteReducer(fresh, event('ended', { result: { ...result, reason: 'interrupted' } }), sam);
    expect(state.last?.mine).toEqual(voted);
  });

  it('everyReceiptOfTheRunningOrLastVoteIsKept', () => {
    const running = { vote, count: 0, ballots: [], mine: notVoted, problems: [] };
    const fresh = initLegalVote(join({ running }), sam);
    if (!fresh) throw new Error('off');
    const state = legalVoteReducer(fresh, event('receipt', { receipt, choice: 'no' }), sam);
    expect(state.kept).toEqual({ 'vote-0001': { receipt, choice: 'no' } });
    const ended = initLegalVote(join({ last: result }), sam);
    if (!ended) throw new Error('off');
    expect(legalVoteReducer(ended, event('receipt', { receipt, choice: 'yes' }), sam).kept).toEqual(kept);
  });

  it('keepsTheLatestReceiptsOnePerVote', () => {
    let receipts: KeptReceipts = {};
    for (let i = 0; i < MAX_KEPT_RECEIPTS + 2; i++)
      receipts = withKeptReceipt(receipts, { receipt: { ...receipt, voteId: `vote-x${i}` }, choice: 'no' });
    const ids = Object.keys(receipts);
    expect(ids).toHaveLength(MAX_KEPT_RECEIPTS);
    expect(ids[0]).toBe('vote-x2');
    const again = withKeptReceipt(receipts, { receipt: { ...receipt, voteId: 'vote-x2' }, choice: 'yes' });
    expect(Object.keys(again).at(-1)).toBe('vote-x2');
    expect(again['vote-x2']?.choice).toBe('yes');
    expect(Object.keys(again)).toHaveLength(MAX_KEPT_RECEIPTS);
  });

  it('theClientModuleKeepsReceiptsInTheTabsSessionStorageAndReadsThemOnAFreshJoin', () => {
    const { items, storage } = memoryStorage();
    const client = legalVoteClientWith(sessionReceipts(() => storage));
    const running = { vote, count: 0, ballots: [], mine: notVoted, problems: [] };
    const before = client.init(join({ running }), sam);
    if (!before) throw new Error('off');
    client.reduce(before, event('receipt', { receipt, choice: 'yes' }), sam);
    expect(JSON.parse(items.get(RECEIPTS_STORAGE_KEY) ?? '')).toEqual(kept);
    // The page reloads (or the room runs again): a new client state from a join state without this client's standing.
    const reloaded = legalVoteClientWith(sessionReceipts(() => storage)).init(join({ last: result }), sam);
    expect(reloaded?.last?.mine).toEqual(voted);
  });

  it('unreadableOrRefusedStorageKeepsNothingAndFailsNothing', () => {
    const { items, storage } = memoryStorage();
    items.set(RECEIPTS_STORAGE_KEY, '{"vote-0001":{"receipt":{"voteId":"x"}}}');
    expect(sessionReceipts(() => storage).load()).toEqual({});
    items.set(RECEIPTS_STORAGE_KEY, 'not json');
    expect(sessionReceipts(() => storage).load()).toEqual({});
    const refused = sessionReceipts(() => memoryStorage(true).storage);
    expect(refused.load()).toEqual({});
    expect(() => refused.save(kept)).not.toThrow();
    const none = sessionReceipts(() => undefined);
    expect(none.load()).toEqual({});
    expect(() => none.save(kept)).not.toThrow();
  });
});
