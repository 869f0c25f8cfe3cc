import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditDocument } from './AuditDocument.js';
import type { AuditEntry } from './AuditEntry.js';
import { appendEntry } from './appendEntry.js';
import { startChain } from './ChainHead.js';
import { exportChain, serializeAuditDocument } from './exportChain.js';
import type { InstallationKey } from './InstallationKey.js';
import { loadOrCreateInstallationKey } from './loadOrCreateInstallationKey.js';
import { signHead } from './signHead.js';
import { verifyChain } from './verifyChain.js';

const SUBJECT = 'legal-vote:3kQ9v1c0T2uYwq8sLx7aZg';
let directory: string;
let key: InstallationKey;
let otherKey: InstallationKey;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'plenum-audit-'));
  key = await loadOrCreateInstallationKey(join(directory, 'installation'));
  otherKey = await loadOrCreateInstallationKey(join(directory, 'attacker'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

/** A small vote's record: started, three ballots, ended. Entry n has seq n. */
function record(): AuditDocument {
  const facts: [string, AuditEntry['data']][] = [
    ['started', { title: 'Budget 2027', options: ['yes', 'no', 'abstain'], eligible: 3 }],
    ['ballotCast', { token: 't-1', choice: 'yes' }],
    ['ballotCast', { token: 't-2', choice: 'no' }],
    ['ballotCast', { token: 't-3', choice: 'yes' }],
    ['ended', { reason: 'allVoted', results: { yes: 2, no: 1, abstain: 0 } }],
  ];
  let head = startChain(SUBJECT);
  const entries: AuditEntry[] = [];
  facts.forEach(([kind, data], minute) => {
    const appended = appendEntry(head, kind, data, new Date(Date.UTC(2026, 10, 26, 16, minute)));
    entries.push(appended.entry);
    head = appended.head;
  });
  return exportChain(SUBJECT, entries, key);
}

/** A deep copy to tamper with, as an attacker editing the file would. */
function copy(document: AuditDocument): { -readonly [K in keyof AuditDocument]: AuditDocument[K] } & {
  entries: Record<string, unknown>[];
} {
  return JSON.parse(JSON.stringify(document));
}

/** A copy of `document` with the value at a JSON Pointer replaced. */
function changed(document: AuditDocument, pointer: string, value: unknown): unknown {
  const result: unknown = JSON.parse(JSON.stringify(document));
  const parts = pointer.split('/').slice(1);
  const last = parts.pop() ?? '';
  let target = result as Record<string, unknown>;
  for (const part of parts) target = target[part] as Record<string, unknown>;
  target[last] = value;
  return result;
}

function problemOf(exported: unknown, trustedFingerprints?: readonly string[]) {
  const result = verifyChain(exported, trustedFingerprints ? { trustedFingerprints } : {});
  return result.ok ? null : result.problem;
}

describe('verifyChain', () => {
  it('passesAnUntouchedRecordAndReturnsItsEntriesInOrder', () => {
    const result = verifyChain(record(), { trustedFingerprints: [key.fingerprint] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map(({ entry }) => entry.kind)).toEqual([
      'started',
      'ballotCast',
      'ballotCast',
      'ballotCast',
      'ended',
    ]);
    expect(result.fingerprint).toBe(key.fingerprint);
    expect(result.keyTrusted).toBe(true);
  });

  it('passesTheSerialisedFileText', () => {
    const result = verifyChain(serializeAuditDocument(record()));
    expect(result).toMatchObject({ ok: true, keyTrusted: false, fingerprint: key.fingerprint });
  });

  it('locatesAChangedFieldInAMiddleEntry', () => {
    const tampered = changed(record(), '/entries/2/data/choice', 'yes');
    expect(problemOf(tampered)).toEqual({ kind: 'entryChanged', seq: 2, index: 2 });
  });

  it('locatesAChangedTimeInTheFirstEntry', () => {
    const tampered = changed(record(), '/entries/0/at', '2026-11-26T15:00:00.000Z');
    expect(problemOf(tampered)).toEqual({ kind: 'entryChanged', seq: 0, index: 0 });
  });

  it('locatesAChangeToTheLastEntryThroughTheSignedHead', () => {
    const tampered = changed(record(), '/entries/4/data/results/no', 0);
    expect(problemOf(tampered)).toEqual({ kind: 'entryChanged', seq: 4, index: 4 });
  });

  it('locatesARemovedEntry', () => {
    const tampered = copy(record());
    tampered.entries.splice(3, 1);
    expect(problemOf(tampered)).toEqual({ kind: 'entryRemoved', seq: 3 });
  });

  it('locatesARemovedFirstOrLastEntry', () => {
    const withoutFirst = copy(record());
    withoutFirst.entries.shift();
    expect(problemOf(withoutFirst)).toEqual({ kind: 'entryRemoved', seq: 0 });
    const withoutLast = copy(record());
    withoutLast.entries.pop();
    expect(problemOf(withoutLast)).toEqual({ kind: 'entryRemoved', seq: 4 });
  });

  it('locatesTwoReorderedEntries', () => {
    const tampered = copy(record());
    const [second, third] = [tampered.entries[1], tampered.entries[2]];
    tampered.entries.splice(1, 2, third as Record<string, unknown>, second as Record<string, unknown>);
    expect(problemOf(tampered)).toEqual({ kind: 'entryReordered', seq: 2, index: 1 });
  });

  it('locatesAnInsertedEntryEvenIfItLinksToItsPredecessor', () => {
    const original = record();
    const forged = appendEntry(
      { subject: SUBJECT, seq: 2, hash: verifiedHashes(original)[1] as string },
      'ballotCast',
      { token: 't-9', choice: 'no' },
      new Date(Date.UTC(2026, 10, 26, 16, 1, 30)),
    ).entry;
    const tampered = copy(original);
    tampered.entries.splice(2, 0, forged);
    expect(problemOf(tampered)).toEqual({ kind: 'entryInserted', index: 2 });
  });

  it('locatesADuplicatedOrAppendedEntry', () => {
    const duplicated = copy(record());
    duplicated.entries.splice(3, 0, structuredClone(duplicated.entries[1] as Record<string, unknown>));
    expect(problemOf(duplicated)).toEqual({ kind: 'entryInserted', index: 3 });
    const appended = copy(record());
    appended.entries.push({ ...(appended.entries[4] as Record<string, unknown>), seq: 5 });
    expect(problemOf(appended)).toEqual({ kind: 'entryInserted', index: 5 });
  });

  it('refusesAChangedSignature', () => {
    const tampered = copy(record());
    const bytes = Buffer.from(tampered.signature.value, 'base64');
    bytes[10] = (bytes[10] ?? 0) ^ 1;
    tampered.signature = { ...tampered.signature, value: bytes.toString('base64') };
    expect(problemOf(tampered)).toEqual({ kind: 'badSignature' });
  });

  it('refusesASwappedPublicKey', () => {
    const tampered = copy(record());
    tampered.signature = { ...tampered.signature, publicKey: otherKey.publicKey };
    expect(problemOf(tampered)).toEqual({ kind: 'badSignature' });
  });

  it('refusesARecordReSignedWithAnotherKeyWhenTheInstallationKeyIsKnown', () => {
    const tampered = changed(record(), '/entries/4/data/results/no', 0) as AuditDocument;
    const forged = exportChain(SUBJECT, tampered.entries, otherKey);
    expect(problemOf(forged, [key.fingerprint])).toEqual({ kind: 'unknownKey', fingerprint: otherKey.fingerprint });
    const unchecked = verifyChain(forged);
    expect(unchecked.ok && { keyTrusted: unchecked.keyTrusted, fingerprint: unchecked.fingerprint }).toEqual({
      keyTrusted: false,
      fingerprint: otherKey.fingerprint,
    });
  });

  it('refusesARecordPassedOffAsAnotherSubject', () => {
    const tampered = copy(record());
    tampered.subject = 'legal-vote:another-vote';
    expect(problemOf(tampered)).toEqual({ kind: 'badSignature' });
  });

  it('refusesAHeadMovedBackToHideTheLastEntries', () => {
    const original = record();
    const tampered = copy(original);
    tampered.head = { seq: 2, hash: verifiedHashes(original)[2] as string };
    expect(problemOf(tampered)).toEqual({ kind: 'badSignature' });
  });

  it('namesASignedChainWhoseNumberingIsWrongAsBroken', () => {
    let head = startChain(SUBJECT);
    const first = appendEntry(head, 'started', {}, new Date(0));
    head = { ...first.head, seq: 5 };
    const second = appendEntry(head, 'ended', {}, new Date(0));
    const document = exportChain(SUBJECT, [first.entry, second.entry], key);
    // The head says seq 5, so the entry before it must be seq 4; the one linked there is seq 0.
    expect(problemOf(document)).toEqual({ kind: 'brokenChain', seq: 4, index: 0 });
    const otherGenesis = appendEntry(startChain('legal-vote:elsewhere'), 'started', {}, new Date(0));
    expect(problemOf(exportChain(SUBJECT, [otherGenesis.entry], key))).toEqual({
      kind: 'brokenChain',
      seq: 0,
      index: 0,
    });
  });

  it('refusesFieldsTheHashDoesNotCover', () => {
    const tampered = copy(record());
    (tampered.entries[1] as Record<string, unknown>).note = 'counted twice';
    expect(problemOf(tampered)).toMatchObject({ kind: 'malformed', path: '/entries/1' });
    const outer = { ...copy(record()), comment: 'approved' };
    expect(problemOf(outer)).toMatchObject({ kind: 'malformed', path: '' });
  });

  it('neverThrowsOnHostileInput', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepData = changed(record(), '/entries/1/data', JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`));
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      'not json',
      deep,
      [],
      { format: 'plenum-audit/2' },
      { ...copy(record()), entries: [] },
      { ...copy(record()), head: { seq: -1, hash: 'x' } },
      deepData,
      JSON.parse(`{"__proto__": {"ok": true}}`),
      `{"format":"plenum-audit/1","subject":"s","entries":[{"seq":0,"at":"x","kind":"k","data":"\\ud800","prev":"0"}]}`,
    ];
    for (const input of hostile) expect(problemOf(input)).toMatchObject({ kind: 'malformed' });
  });

  it('refusesAPublicKeyThatIsNotEd25519', () => {
    const tampered = copy(record());
    tampered.signature = { ...tampered.signature, publicKey: `${'A'.repeat(59)}=` };
    expect(problemOf(tampered)).toEqual({
      kind: 'malformed',
      path: '/signature/publicKey',
      message: 'not an Ed25519 key',
    });
  });

  it('refusesATextLargerThanTheLimitBeforeParsingIt', () => {
    expect(verifyChain(' '.repeat(1025), { maxBytes: 1024 })).toEqual({
      ok: false,
      problem: { kind: 'tooLarge', maxBytes: 1024 },
    });
  });

  it('refusesALoneSurrogateInEntryData', () => {
    const tampered = changed(record(), '/entries/1/data/token', '\ud800');
    expect(problemOf(tampered)).toMatchObject({ kind: 'malformed', path: '/entries/1/data' });
  });

  it('signsTheSameHeadTheSameWay', () => {
    const document = record();
    expect(signHead(key, SUBJECT, document.head)).toEqual(document.signature);
  });
});

function verifiedHashes(document: AuditDocument): string[] {
  const result = verifyChain(document);
  if (!result.ok) throw new Error('the fixture record must verify');
  return result.entries.map(({ hash }) => hash);
}
