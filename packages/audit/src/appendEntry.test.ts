import { describe, expect, it } from 'vitest';
import { appendEntry } from './appendEntry.js';
import { resumeChain, startChain } from './ChainHead.js';
import { canonicalJson } from './canonicalJson.js';
import { entryHash } from './entryHash.js';
import { genesisHash } from './genesisHash.js';
import { sha256Hex } from './sha256Hex.js';

const AT = new Date(Date.UTC(2026, 10, 26, 16, 0, 0, 250));

describe('appendEntry', () => {
  it('startsAtSeqZeroLinkedToTheSubjectsGenesis', () => {
    const { entry } = appendEntry(startChain('legal-vote:a'), 'started', { title: 'Budget' }, AT);
    expect(entry).toEqual({
      seq: 0,
      at: '2026-11-26T16:00:00.250Z',
      kind: 'started',
      data: { title: 'Budget' },
      prev: sha256Hex('{"format":"plenum-audit/1","subject":"legal-vote:a"}'),
    });
    expect(genesisHash('legal-vote:a')).not.toBe(genesisHash('legal-vote:b'));
  });

  it('linksEachEntryToTheHashOfTheOneBefore', () => {
    const first = appendEntry(startChain('legal-vote:a'), 'started', {}, AT);
    const second = appendEntry(first.head, 'ballotCast', { choice: 'yes' }, AT);
    expect(second.entry.seq).toBe(1);
    expect(second.entry.prev).toBe(first.hash);
    expect(second.head).toEqual({ subject: 'legal-vote:a', seq: 2, hash: second.hash });
  });

  it('hashesTheCanonicalJsonOfTheEntry', () => {
    const { entry, hash } = appendEntry(startChain('s'), 'ended', { results: { yes: 1, no: 0 } }, AT);
    expect(hash).toBe(sha256Hex(canonicalJson(entry)));
    expect(entryHash({ ...entry, data: { results: { no: 0, yes: 1 } } })).toBe(hash);
    expect(entryHash({ ...entry, data: { results: { yes: 1, no: 1 } } })).not.toBe(hash);
  });

  it('takesTheTimeAsEpochMillisecondsToo', () => {
    expect(appendEntry(startChain('s'), 'started', {}, AT.getTime()).entry.at).toBe('2026-11-26T16:00:00.250Z');
  });

  it('resumesAfterARestartWhereItLeftOff', () => {
    const first = appendEntry(startChain('s'), 'started', {}, AT);
    expect(resumeChain('s', first.entry)).toEqual(first.head);
  });

  it('refusesDataThatCouldNotBeVerifiedLater', () => {
    const head = startChain('s');
    expect(() => appendEntry(head, 'x', { n: Number.NaN }, AT)).toThrow();
    expect(() => appendEntry(head, 'x', { at: new Date() } as never, AT)).toThrow();
    expect(() => appendEntry(head, 'not a kind', {}, AT)).toThrow();
    expect(() => appendEntry(head, 'x', {}, new Date(Number.NaN))).toThrow();
    expect(() => startChain('vote "1"')).toThrow();
  });
});
