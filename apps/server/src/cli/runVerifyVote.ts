import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_LIMITS } from '@plenum/audit';
import { VoteReceipt } from '@plenum/module-legal-vote/protocol';
import { z } from 'zod';
import { CliError } from './CliError.js';
import type { CliIo } from './runCli.js';
import { verifyVote } from './verifyVote.js';

export const verifyVoteUsage = `Usage: plenum verify-vote <protocol.json> [receipt.json] [--trust <fingerprint>]…

  Checks an exported vote record offline: the hash chain and its signature, that the results follow
  from the ballots, the log of ballots refused after the end (its chain, signature and that it follows
  the record's end), and (with a receipt) that the receipt's ballot is in the record.
  --trust <fingerprint>   the installation key's fingerprint as the operator published it (64 hex digits);
                          may be given more than once. Without it the key is only shown, not checked.

Exit codes: 0 valid, 1 invalid (the output says where), 2 bad usage or a file that cannot be read.`;

const Fingerprint = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits')
  .transform((f) => f.toLowerCase());

/** A receipt file is never larger than this; anything bigger is not one. */
const MAX_RECEIPT_BYTES = 16 * 1024;

/**
 * `plenum verify-vote …` (the arguments after `verify-vote`): reads the files relative to the working directory and
 * prints the verification. Needs no configuration, database or network. Resolves with the exit code.
 */
export async function runVerifyVote(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseVerifyVoteArgs>;
  try {
    parsed = parseVerifyVoteArgs(argv);
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  if (parsed === 'help') {
    io.stdout(`${verifyVoteUsage}\n`);
    return 0;
  }
  const protocolPath = resolve(io.cwd, parsed.protocol);
  const protocol = await readText(protocolPath, AUDIT_LIMITS.maxDocumentBytes, 'protocol');
  requireJson(protocol, protocolPath);
  const receipt =
    parsed.receipt === undefined
      ? undefined
      : parseReceipt(await readText(resolve(io.cwd, parsed.receipt), MAX_RECEIPT_BYTES, 'receipt'));
  const result = verifyVote({ protocol, receipt, trustedFingerprints: parsed.trust });
  io.stdout(`${result.lines.join('\n')}\n`);
  return result.valid ? 0 : 1;
}

/** The command line: one or two files and any number of `--trust`; throws with the reason on bad usage. */
export function parseVerifyVoteArgs(
  argv: readonly string[],
): 'help' | { protocol: string; receipt?: string; trust: string[] } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { trust: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) return 'help';
  const [protocol, receipt, ...extra] = positionals;
  if (protocol === undefined) throw new Error('missing <protocol.json>');
  if (extra.length > 0) throw new Error(`unexpected argument "${extra[0]}"`);
  const trust = (values.trust ?? []).map((value) => {
    const checked = Fingerprint.safeParse(value);
    if (!checked.success) throw new Error(`--trust ${JSON.stringify(value)} ${checked.error.issues[0]?.message}`);
    return checked.data;
  });
  return { protocol, ...(receipt === undefined ? {} : { receipt }), trust };
}

async function readText(path: string, maxBytes: number, what: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`cannot read the ${what} ${path}: not a file`, 2);
    // Larger files are refused by the verifier anyway; a hostile one must not be read into memory first.
    if (info.size > maxBytes) throw new CliError(`the ${what} ${path} is larger than ${maxBytes} bytes`, 2);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new CliError(`cannot read the ${what} ${path}${typeof code === 'string' ? ` (${code})` : ''}`, 2);
  }
}

/**
 * A protocol that is not JSON at all (cut off in the download, or another file) cannot be read: exit 2, as the usage
 * says, not 1 ("invalid"), which means a record that was read and found changed.
 */
function requireJson(text: string, path: string): void {
  try {
    JSON.parse(text);
  } catch {
    throw new CliError(
      `cannot read the protocol ${path}: it is not JSON (cut off, or not an exported vote protocol)`,
      2,
    );
  }
}

function parseReceipt(text: string): VoteReceipt {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError('the receipt is not JSON', 2);
  }
  const receipt = VoteReceipt.safeParse(json);
  if (!receipt.success) {
    const issue = receipt.error.issues[0];
    throw new CliError(
      `not a vote receipt: ${issue?.path.join('.') || 'receipt'} ${issue?.message ?? 'is invalid'}`,
      2,
    );
  }
  return receipt.data;
}

function usage(problem: string): CliError {
  return new CliError(`${problem}. See: plenum verify-vote --help`, 2);
}
