import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditDocument } from './AuditDocument.js';
import { appendEntry } from './appendEntry.js';
import { startChain } from './ChainHead.js';
import { entryHash } from './entryHash.js';
import { exportChain, serializeAuditDocument } from './exportChain.js';
import type { InstallationKey } from './InstallationKey.js';
import { publicKeyFingerprint } from './publicKeyFingerprint.js';
import { sha256Hex } from './sha256Hex.js';

function keyInMemory(): InstallationKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return { privateKey, publicKey: der, fingerprint: publicKeyFingerprint(der) };
}

const AT = new Date(Date.UTC(2026, 10, 26, 16));
const first = appendEntry(startChain('legal-vote:v1'), 'started', { title: 'Haushalt für 2027 – €' }, AT);
const second = appendEntry(first.head, 'ended', { results: { yes: 2, no: 1 } }, AT);

describe('exportChain', () => {
  it('signsTheLastEntryAsTheHead', () => {
    const document = exportChain('legal-vote:v1', [first.entry, second.entry], keyInMemory());
    expect(document.head).toEqual({ seq: 1, hash: second.hash });
    expect(AuditDocument.parse(document)).toEqual(document);
  });

  it('refusesToExportAnEmptyChain', () => {
    expect(() => exportChain('legal-vote:v1', [], keyInMemory())).toThrow();
  });
});

describe('serializeAuditDocument', () => {
  it('putsEachEntryOnItsOwnLineExactlyAsItIsHashed', () => {
    const document = exportChain('legal-vote:v1', [first.entry, second.entry], keyInMemory());
    const text = serializeAuditDocument(document);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"entries":[');
    expect(sha256Hex((lines[1] ?? '').replace(/,$/, ''))).toBe(entryHash(first.entry));
    expect(sha256Hex(lines[2] ?? '')).toBe(entryHash(second.entry));
    expect(AuditDocument.parse(JSON.parse(text))).toEqual(document);
  });
});
