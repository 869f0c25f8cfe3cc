import {
  AUDIT_LIMITS,
  type ChainProblem,
  checkReceipt,
  type VerifiedChain,
  type VerifyOptions,
  verifyChain,
} from '@plenum/audit';
import type { VoteReceipt } from '@plenum/module-legal-vote/protocol';
import {
  type AfterEndCheck,
  afterEndFollows,
  type ResultsCheck,
  resultsFollowFromBallots,
  splitVoteProtocol,
  voteEntryData,
} from '@plenum/module-legal-vote/server';

/** What `plenum verify-vote` found: `valid` decides the exit code, `lines` are printed as they are. */
export interface VoteVerification {
  readonly valid: boolean;
  readonly lines: readonly string[];
}

export interface VerifyVoteInput {
  /** The exported protocol, as the file's text (so the size limit applies before parsing). */
  readonly protocol: string;
  /** The voter's receipt, already parsed; absent when none was given. */
  readonly receipt?: VoteReceipt | undefined;
  /** Fingerprints to accept (`--trust`); empty: any key that signed correctly, and the output says so. */
  readonly trustedFingerprints: readonly string[];
}

/**
 * Checks an exported vote protocol offline, in the order a verifier must: the record's chain and its signature first
 * (nothing else means anything on an unverified record), then that the results follow from the ballots (a record whose
 * counts do not is invalid, though validly signed), then the after-the-end section if there is one (its own chain and
 * signature, the same key, and that it follows exactly this record's signed end), then that the receipt's ballot is in
 * the record (for a pseudonymous vote: under the receipt's token; never an entry after the end). Every failure names
 * where it is ("entry 7 (ballotCast) was changed"). Pure: no I/O.
 */
export function verifyVote(input: VerifyVoteInput): VoteVerification {
  const trusted = input.trustedFingerprints;
  const options: VerifyOptions = trusted.length > 0 ? { trustedFingerprints: trusted } : {};
  const { record, afterEnd } = readProtocol(input.protocol);
  const verified = verifyChain(record, options);
  if (!verified.ok) return invalid([`Chain: ${describeChainProblem(verified.problem, record)}`]);
  const lines: string[] = [...describeVote(verified)];
  lines.push(`Chain: intact, ${verified.entries.length} entries, head ${verified.document.head.hash}`);
  lines.push(`Signature: valid, key fingerprint ${verified.fingerprint}`);
  if (verified.keyTrusted) lines.push('Key: trusted (matches --trust)');
  else
    lines.push(
      'Key: NOT checked against a trusted fingerprint. Compare the fingerprint above with the one the operator',
      '     published, or pass --trust <fingerprint>: anyone can sign a forged record with a key of their own.',
    );
  const results = resultsFollowFromBallots(verified.entries.map((e) => e.entry));
  if (!results.ok) return invalid([...lines, `Results: ${describeResultsProblem(results, verified)}`]);
  const { tally } = results;
  lines.push(
    `Results: follow from the ballots (yes ${tally.yes}, no ${tally.no}, abstain ${tally.abstain}; ` +
      `${tally.ballots} of ${tally.eligible} eligible voted)`,
  );
  let late: VerifiedChain | undefined;
  if (afterEnd !== undefined) {
    const checked = verifyChain(afterEnd, options);
    if (!checked.ok)
      return invalid([
        ...lines,
        `After the end: ${describeChainProblem(checked.problem, afterEnd, 'the log after the end')}`,
      ]);
    const follows = afterEndFollows(verified, checked);
    if (!follows.ok) return invalid([...lines, `After the end: ${describeAfterEndProblem(follows, checked)}`]);
    late = checked;
    lines.push(
      `After the end: intact, ${follows.refused} ballot(s) refused after the end, signed by the same key, ` +
        `follows entry ${verified.document.head.seq} (ended)`,
    );
  }
  if (input.receipt) {
    if (late?.entries.some((e) => e.hash === input.receipt?.entryHash) || late?.subject === input.receipt.subject)
      return invalid([...lines, 'Receipt: it names an entry after the end, which is never a counted ballot']);
    const receipt = checkVoteReceipt(verified, input.receipt);
    if (!receipt.ok) return invalid([...lines, `Receipt: ${receipt.problem}`]);
    lines.push(`Receipt: ${receipt.found}`);
  }
  return { valid: true, lines: [...lines, 'VALID'] };
}

function invalid(lines: readonly string[]): VoteVerification {
  return { valid: false, lines: [...lines, 'INVALID'] };
}

/** The vote's title, kind and end, from its verified first and last entries. */
function describeVote(chain: VerifiedChain): string[] {
  const first = chain.entries[0]?.entry;
  const last = chain.entries.at(-1)?.entry;
  const started = voteEntryData.started.safeParse(first?.data);
  const ended = last?.kind === 'ended' ? voteEntryData.ended.safeParse(last.data) : undefined;
  const lines = [`Record: ${chain.subject}`];
  if (started.success) lines.push(`Vote: ${oneLine(started.data.title)} (${started.data.kind}), started ${first?.at}`);
  if (ended?.success) lines.push(`Ended: ${ended.data.reason} at ${last?.at}`);
  return lines;
}

/**
 * The protocol's text split into the vote's record and its after-the-end section (see `splitVoteProtocol`), both still
 * unchecked. Text that is too large or not JSON stays text, for `verifyChain` to refuse with the reason.
 */
function readProtocol(text: string): { record: unknown; afterEnd: unknown } {
  if (Buffer.byteLength(text, 'utf8') > AUDIT_LIMITS.maxDocumentBytes) return { record: text, afterEnd: undefined };
  try {
    return splitVoteProtocol(JSON.parse(text));
  } catch {
    return { record: text, afterEnd: undefined };
  }
}

/**
 * Where a chain check failed, naming the entry by its number and kind. `document`: the checked document, parsed or as
 * text; `what` names it in messages about the whole of it.
 */
export function describeChainProblem(problem: ChainProblem, document: unknown, what = 'the record'): string {
  const kindAt = (index: number): string => {
    const kind = entryKindAt(document, index);
    return kind === undefined ? '' : ` (${kind})`;
  };
  switch (problem.kind) {
    case 'tooLarge':
      return `the file is larger than ${problem.maxBytes} bytes`;
    case 'malformed':
      return `not a plenum-audit/1 record: ${problem.message}${problem.path === '' ? '' : ` at ${problem.path}`}`;
    case 'badSignature':
      return `the signature does not match ${what} (its head, subject, key or signature was changed)`;
    case 'unknownKey':
      return `signed by key ${problem.fingerprint}, which is not a trusted fingerprint (--trust)`;
    case 'entryChanged':
      return `entry ${problem.seq}${kindAt(problem.index)} was changed`;
    case 'entryRemoved':
      return `entry ${problem.seq} was removed`;
    case 'entryInserted':
      return `the entry at position ${problem.index}${kindAt(problem.index)} was inserted: it is not part of the signed chain`;
    case 'entryReordered':
      return `entry ${problem.seq}${kindAt(problem.index)} was moved (found at position ${problem.index})`;
    case 'brokenChain':
      return `the chain is broken at entry ${problem.seq}${kindAt(problem.index)} although validly signed (a fault of the writer)`;
  }
}

/** The `kind` of the document's entry at `index`, read leniently (the record did not verify). */
function entryKindAt(document: unknown, index: number): string | undefined {
  try {
    const parsed: unknown = typeof document === 'string' ? JSON.parse(document) : document;
    const entries: unknown =
      typeof parsed === 'object' && parsed !== null ? (parsed as { entries?: unknown }).entries : undefined;
    const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
    const kind = typeof entry === 'object' && entry !== null ? (entry as { kind?: unknown }).kind : undefined;
    return typeof kind === 'string' ? oneLine(kind).slice(0, 64) : undefined;
  } catch {
    return undefined;
  }
}

function describeResultsProblem(results: Exclude<ResultsCheck, { ok: true }>, chain: VerifiedChain): string {
  const at = (): string => {
    const entry = chain.entries.find((e) => e.entry.seq === results.seq)?.entry;
    return entry ? `entry ${entry.seq} (${oneLine(entry.kind).slice(0, 64)})` : 'an entry';
  };
  switch (results.problem) {
    case 'noStart':
      return 'the record does not begin with the start of a vote';
    case 'noEnd':
      return 'the record does not end with the end of a vote';
    case 'malformedEntry':
      return `${at()} is not a valid entry of a vote record`;
    case 'duplicateBallot':
      return `${at()} is a second ballot of the same voter`;
    case 'tallyMismatch':
      return `the results in ${at()} do not follow from the ballots: the vote is invalid`;
  }
}

/** Why a verified after-the-end log does not belong to the record, naming the entry where it can. */
function describeAfterEndProblem(check: Exclude<AfterEndCheck, { ok: true }>, log: VerifiedChain): string {
  const entry = log.entries.find((e) => e.entry.seq === check.seq)?.entry;
  const at = entry ? `entry ${entry.seq} (${oneLine(entry.kind).slice(0, 64)})` : 'its first entry';
  switch (check.problem) {
    case 'otherVote':
      return `the log after the end belongs to another record (${oneLine(log.subject)})`;
    case 'otherKey':
      return `the log after the end is signed by another key (${log.fingerprint}) than the record`;
    case 'notAfterTheEnd':
      return `${at} of the log after the end does not name this record's signed end`;
    case 'malformedEntry':
      return `${at} of the log after the end is not a ballot refused after the end`;
  }
}

/**
 * Whether the receipt's ballot is in the verified record: the same vote, an entry with its hash, that entry a counted
 * ballot, and for a pseudonymous vote the receipt's token on it.
 */
function checkVoteReceipt(
  chain: VerifiedChain,
  receipt: VoteReceipt,
): { ok: true; found: string } | { ok: false; problem: string } {
  const checked = checkReceipt(chain, receipt);
  if (!checked.ok)
    return checked.problem === 'otherSubject'
      ? { ok: false, problem: `it belongs to another vote (${oneLine(receipt.subject)})` }
      : { ok: false, problem: 'its ballot is not in this record' };
  const { entry } = checked;
  const ballot = entry.kind === 'ballotCast' ? voteEntryData.ballotCast.safeParse(entry.data) : undefined;
  if (!ballot?.success) return { ok: false, problem: `entry ${entry.seq} (${entry.kind}) is not a ballot` };
  if (receipt.voteId !== chain.subject.slice('legal-vote:'.length))
    return { ok: false, problem: `its vote id ${oneLine(receipt.voteId)} is not this record's` };
  const token = 'token' in ballot.data ? ballot.data.token : undefined;
  if (token !== receipt.token)
    return { ok: false, problem: `entry ${entry.seq} (ballotCast) does not carry the receipt's token` };
  return { ok: true, found: `the ballot is entry ${entry.seq} (ballotCast, ${ballot.data.choice}), cast ${entry.at}` };
}

/** Text from the record as one printable line: control characters (a forged record's terminal tricks) removed. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
