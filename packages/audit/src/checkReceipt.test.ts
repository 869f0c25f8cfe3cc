import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendEntry } from './appendEntry.js';
import { startChain } from './ChainHead.js';
import { checkReceipt } from './checkReceipt.js';
import { exportChain } from './exportChain.js';
import type { InstallationKey } from './InstallationKey.js';
import { publicKeyFingerprint } from './publicKeyFingerprint.js';
import { type VerifiedChain, verifyChain } from './verifyChain.js';

function keyInMemory(): InstallationKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return { privateKey, publicKey: der, fingerprint: publicKeyFingerprint(der) };
}

const AT = new Date(Date.UTC(2026, 10, 26, 16));
const started = appendEntry(startChain('legal-vote:v1'), 'started', {}, AT);
const ballot = appendEntry(started.head, 'ballotCast', { token: 't-1', choice: 'no' }, AT);
const ended = appendEntry(ballot.head, 'ended', {}, AT);

function verified(entries = [started.entry, ballot.entry, ended.entry]): VerifiedChain {
  const result = verifyChain(exportChain('legal-vote:v1', entries, keyInMemory()));
  if (!result.ok) throw new Error(`fixture must verify: ${result.problem.kind}`);
  return result;
}

describe('checkReceipt', () => {
  it('findsTheEntryAReceiptNames', () => {
    expect(checkReceipt(verified(), { subject: 'legal-vote:v1', entryHash: ballot.hash })).toEqual({
      ok: true,
      entry: ballot.entry,
    });
  });

  it('saysWhenTheEntryIsNotInTheRecord', () => {
    const other = appendEntry(started.head, 'ballotCast', { token: 't-1', choice: 'yes' }, AT);
    expect(checkReceipt(verified(), { subject: 'legal-vote:v1', entryHash: other.hash })).toEqual({
      ok: false,
      problem: 'notInChain',
    });
  });

  it('saysWhenTheReceiptBelongsToAnotherRecord', () => {
    expect(checkReceipt(verified(), { subject: 'legal-vote:v2', entryHash: ballot.hash })).toEqual({
      ok: false,
      problem: 'otherSubject',
    });
  });
});
