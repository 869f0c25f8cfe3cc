import { type AuditDocument, type AuditEntry, entryHash, exportChain, serializeAuditDocument } from '@plenum/audit';
import { testInstallationKey } from '@plenum/room-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportedVote, exportedVote } from './exportedVote.test-support.js';
import { verifyVote } from './verifyVote.js';

let vote: ExportedVote;
let rollCall: ExportedVote;
let late: ExportedVote;
let otherLate: ExportedVote;

beforeAll(async () => {
  vote = await exportedVote('pseudonymous');
  rollCall = await exportedVote('rollCall');
  late = await exportedVote('pseudonymous', true);
  otherLate = await exportedVote('rollCall', true);
});

type Protocol = AuditDocument & { afterEnd: AuditDocument };

/** The exported protocol with its after-the-end section changed by `edit`. */
function tamperedAfterEnd(text: string, edit: (afterEnd: AuditDocument) => AuditDocument): string {
  const protocol = JSON.parse(text) as Protocol;
  return JSON.stringify({ ...protocol, afterEnd: edit(protocol.afterEnd) });
}

/** The exported record with its entries changed by `edit` (and otherwise as exported). */
function tampered(text: string, edit: (entries: AuditEntry[]) => AuditEntry[]): string {
  const document = JSON.parse(text) as AuditDocument;
  return JSON.stringify({ ...document, entries: edit([...document.entries]) });
}

const output = (result: { lines: readonly string[] }) => result.lines.join('\n');

describe('verifyVote', () => {
  it('anUntouchedRecordWithTheTrustedKeyIsValid', () => {
    const result = verifyVote({ protocol: vote.text, trustedFingerprints: [vote.key.fingerprint] });
    expect(result.valid).toBe(true);
    expect(output(result)).toContain('Key: trusted');
    expect(output(result)).toMatch(
      /Results: follow from the ballots \(yes 1, no 1, abstain 0; 2 of 2 eligible voted\)/,
    );
    expect(result.lines.at(-1)).toBe('VALID');
  });

  it('withoutTrustSaysTheKeyWasNotCheckedAndShowsTheFingerprint', () => {
    const result = verifyVote({ protocol: vote.text, trustedFingerprints: [] });
    expect(result.valid).toBe(true);
    expect(output(result)).toContain(`key fingerprint ${vote.key.fingerprint}`);
    expect(output(result)).toContain('Key: NOT checked against a trusted fingerprint');
  });

  it('aChangedBallotIsFoundAndNamed', () => {
    const protocol = tampered(vote.text, (entries) =>
      entries.map((e) => (e.seq === 1 ? { ...e, data: { ...(e.data as object), choice: 'no' } } : e)),
    );
    const result = verifyVote({ protocol, trustedFingerprints: [] });
    expect(result.valid).toBe(false);
    expect(output(result)).toContain('Chain: entry 1 (ballotCast) was changed');
    expect(result.lines.at(-1)).toBe('INVALID');
  });

  it('aRemovedEntryIsFoundAndNamed', () => {
    const result = verifyVote({
      protocol: tampered(vote.text, (entries) => entries.filter((e) => e.seq !== 2)),
      trustedFingerprints: [],
    });
    expect(result.valid).toBe(false);
    expect(output(result)).toContain('Chain: entry 2 was removed');
  });

  it('reorderedEntriesAreFoundAndNamed', () => {
    const protocol = tampered(vote.text, (entries) => {
      const [a, b] = [entries[1], entries[3]];
      if (!a || !b) throw new Error('too few entries');
      entries[1] = b;
      entries[3] = a;
      return entries;
    });
    const result = verifyVote({ protocol, trustedFingerprints: [] });
    expect(result.valid).toBe(false);
    expect(output(result)).toContain('Chain: entry 3 (ballotCast) was moved (found at position 1)');
  });

  it('theOwnReceiptIsFoundUnderItsToken', () => {
    const result = verifyVote({ protocol: vote.text, receipt: vote.bob, trustedFingerprints: [vote.key.fingerprint] });
    expect(result.valid).toBe(true);
    expect(output(result)).toMatch(/Receipt: the ballot is entry 1 \(ballotCast, yes\)/);
  });

  it('aRollCallReceiptVerifiesWithoutAToken', () => {
    const result = verifyVote({ protocol: rollCall.text, receipt: rollCall.carol, trustedFingerprints: [] });
    expect(result.valid).toBe(true);
    expect(output(result)).toMatch(/Receipt: the ballot is entry 3 \(ballotCast, no\)/);
  });

  it('aReceiptWithAnotherVotersTokenFails', () => {
    const receipt = { ...vote.bob, ...(vote.carol.token === undefined ? {} : { token: vote.carol.token }) };
    const result = verifyVote({ protocol: vote.text, receipt, trustedFingerprints: [] });
    expect(result.valid).toBe(false);
    expect(output(result)).toContain("Receipt: entry 1 (ballotCast) does not carry the receipt's token");
  });

  it('aReceiptOfAnotherVoteFails', () => {
    const result = verifyVote({ protocol: vote.text, receipt: rollCall.bob, trustedFingerprints: [] });
    expect(result.valid).toBe(false);
    expect(output(result)).toMatch(/Receipt: it belongs to another vote/);
  });

  it('aReceiptWhoseBallotIsNotInTheRecordFails', () => {
    const receipt = { ...vote.bob, entryHash: 'f'.repeat(64) };
    const result = verifyVote({ protocol: vote.text, receipt, trustedFingerprints: [] });
    expect(result.valid).toBe(false);
    expect(output(result)).toContain('Receipt: its ballot is not in this record');
  });

  describe('results re-signed by another key', () => {
    const forged = () => {
      const document = JSON.parse(vote.text) as AuditDocument;
      const entries = document.entries.map((e) =>
        e.kind === 'ended'
          ? { ...e, data: { ...(e.data as object), tally: { yes: 2, no: 0, abstain: 0, ballots: 2, eligible: 2 } } }
          : e,
      );
      return serializeAuditDocument(exportChain(document.subject, entries, testInstallationKey()));
    };

    it('isAnUnknownKeyWithTrust', () => {
      const result = verifyVote({ protocol: forged(), trustedFingerprints: [vote.key.fingerprint] });
      expect(result.valid).toBe(false);
      expect(output(result)).toMatch(/Chain: signed by key [0-9a-f]{64}, which is not a trusted fingerprint/);
    });

    it('isInvalidWithoutTrustBecauseItsResultsDoNotFollowFromItsBallots', () => {
      const result = verifyVote({ protocol: forged(), trustedFingerprints: [] });
      expect(result.valid).toBe(false);
      expect(output(result)).toContain('Results: the results in entry 4 (ended) do not follow from the ballots');
    });
  });

  it('aDocumentThatIsNotARecordIsInvalidAndSaysWhy', () => {
    const result = verifyVote({ protocol: '{"format":"plenum-audit/1"}', trustedFingerprints: [] });
    expect(result.valid).toBe(false);
    expect(output(result)).toMatch(/Chain: not a plenum-audit\/1 record/);
  });

  describe('the log after the end', () => {
    it('isCheckedAndCountedWhenIntact', () => {
      const result = verifyVote({
        protocol: late.text,
        receipt: late.bob,
        trustedFingerprints: [late.key.fingerprint],
      });
      expect(late.text.startsWith('{"afterEnd":')).toBe(true);
      expect(result.valid).toBe(true);
      expect(output(result)).toContain(
        'After the end: intact, 2 ballot(s) refused after the end, signed by the same key, follows entry 4 (ended)',
      );
      expect(output(result)).toMatch(/Receipt: the ballot is entry 1 \(ballotCast, yes\)/);
    });

    it('aChangedEntryInItIsFoundAndNamed', () => {
      const protocol = tamperedAfterEnd(late.text, (log) => ({
        ...log,
        entries: log.entries.map((e) => (e.seq === 2 ? { ...e, data: { ...(e.data as object), name: 'Mallory' } } : e)),
      }));
      const result = verifyVote({ protocol, trustedFingerprints: [] });
      expect(result.valid).toBe(false);
      expect(output(result)).toContain('After the end: entry 2 (ballotRefused) was changed');
      expect(result.lines.at(-1)).toBe('INVALID');
    });

    it('aRemovedEntryInItIsFound', () => {
      const protocol = tamperedAfterEnd(late.text, (log) => ({ ...log, entries: log.entries.slice(0, -1) }));
      const result = verifyVote({ protocol, trustedFingerprints: [] });
      expect(result.valid).toBe(false);
      expect(output(result)).toContain('After the end: entry 2 was removed');
    });

    it('aBadSignatureOnItIsFound', () => {
      const protocol = tamperedAfterEnd(late.text, (log) => ({
        ...log,
        signature: { ...log.signature, value: (JSON.parse(vote.text) as AuditDocument).signature.value },
      }));
      const result = verifyVote({ protocol, trustedFingerprints: [] });
      expect(result.valid).toBe(false);
      expect(output(result)).toContain('After the end: the signature does not match the log after the end');
    });

    it('theLogOfAnotherVoteDoesNotFollowThisRecord', () => {
      const other = (JSON.parse(otherLate.text) as Protocol).afterEnd;
      const result = verifyVote({ protocol: tamperedAfterEnd(late.text, () => other), trustedFingerprints: [] });
      expect(result.valid).toBe(false);
      expect(output(result)).toMatch(/After the end: the log after the end belongs to another record/);
    });

    it('aLogResignedUnderThisVotesSubjectByAnotherKeyIsRefused', () => {
      const log = (JSON.parse(late.text) as Protocol).afterEnd;
      const forged = exportChain(log.subject, log.entries.slice(0, -1), testInstallationKey());
      const result = verifyVote({ protocol: tamperedAfterEnd(late.text, () => forged), trustedFingerprints: [] });
      expect(result.valid).toBe(false);
      expect(output(result)).toMatch(/After the end: the log after the end is signed by another key/);
    });

    it('aLogThatDoesNotNameThisRecordsEndIsRefused', () => {
      const log = (JSON.parse(late.text) as Protocol).afterEnd;
      const entries = log.entries.slice(0, 1).map((e) => ({
        ...e,
        data: { ...(e.data as { end: object }), end: { seq: 3, hash: 'a'.repeat(64) } },
      }));
      const forged = exportChain(log.subject, entries, late.key);
      const result = verifyVote({ protocol: tamperedAfterEnd(late.text, () => forged), trustedFingerprints: [] });
      expect(result.valid).toBe(false);
      expect(output(result)).toContain(
        "After the end: entry 0 (follows) of the log after the end does not name this record's signed end",
      );
    });

    it('aReceiptIsNeverForAnEntryAfterTheEnd', () => {
      const log = (JSON.parse(late.text) as Protocol).afterEnd;
      const last = log.entries.at(-1);
      if (!last) throw new Error('empty log');
      const receipt = { ...late.bob, entryHash: entryHash(last) };
      const result = verifyVote({ protocol: late.text, receipt, trustedFingerprints: [] });
      expect(result.valid).toBe(false);
      expect(output(result)).toContain('Receipt: it names an entry after the end, which is never a counted ballot');
    });
  });
});
