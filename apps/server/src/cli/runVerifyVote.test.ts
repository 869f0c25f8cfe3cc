import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportedVote, exportedVote } from './exportedVote.test-support.js';
import { runCli } from './runCli.js';

let dir: string;
let vote: ExportedVote;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plenum-verify-vote-'));
  vote = await exportedVote('pseudonymous');
  await writeFile(join(dir, 'vote.json'), vote.text);
  await writeFile(join(dir, 'receipt.json'), JSON.stringify(vote.bob));
  await writeFile(join(dir, 'changed.json'), vote.text.replace('"choice":"yes"', '"choice":"no"'));
  await writeFile(join(dir, 'not-a-receipt.json'), '{"entryHash":"nope"}');
  await writeFile(join(dir, 'truncated.json'), vote.text.slice(0, Math.floor(vote.text.length / 2)));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI in `dir` with an empty environment: verify-vote needs no configuration. */
async function plenum(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: {},
    cwd: dir,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe('plenum verify-vote', () => {
  it('exits0ForAValidRecordAndReceipt', async () => {
    const run = await plenum('verify-vote', 'vote.json', 'receipt.json', '--trust', vote.key.fingerprint.toUpperCase());
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/Receipt: the ballot is entry 1/);
    expect(run.stdout).toMatch(/^VALID$/m);
  });

  it('exits1AndSaysWhereForAChangedRecord', async () => {
    const run = await plenum('verify-vote', 'changed.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('entry 1 (ballotCast) was changed');
  });

  it('exits2WithAClearMessageForAProtocolThatIsNotJson', async () => {
    const run = await plenum('verify-vote', 'truncated.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read the protocol .*truncated\.json: it is not JSON/);
    expect(run.stdout).not.toContain('INVALID');
  });

  it('exits1ForAKeyThatIsNotTrusted', async () => {
    const run = await plenum('verify-vote', 'vote.json', '--trust', '0'.repeat(64));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('not a trusted fingerprint');
  });

  it.each([
    [['verify-vote'], /missing <protocol.json>/],
    [['verify-vote', 'vote.json', 'receipt.json', 'more.json'], /unexpected argument "more.json"/],
    [['verify-vote', 'vote.json', '--trust', 'abc'], /--trust "abc" must be 64 hex digits/],
    [['verify-vote', 'vote.json', '--keys'], /Unknown option/],
    [['verify-vote', 'missing.json'], /cannot read the protocol .*missing\.json \(ENOENT\)/],
    [['verify-vote', 'vote.json', 'not-a-receipt.json'], /not a vote receipt/],
    [['verify-vote', '.'], /not a file/],
  ])('exits2For %j', async (argv, message) => {
    const run = await plenum(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('printsItsUsage', async () => {
    const run = await plenum('verify-vote', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: plenum verify-vote <protocol.json> \[receipt.json\]/);
    expect((await plenum('--help')).stdout).toContain('plenum verify-vote');
  });
});
