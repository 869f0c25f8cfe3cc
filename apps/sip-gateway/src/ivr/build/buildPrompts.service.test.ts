import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioLevel, isSilent } from '../../rtp/audioLevel.js';
import { PromptLibrary, PromptLibraryError } from '../PromptLibrary.js';
import { pcmFromBytes } from '../pcmBytes.js';
import { HOLD_FILE, MANIFEST_FILE, PROMPT_FRAME_SAMPLES, PromptManifest, promptFile } from '../promptFiles.js';

const run = promisify(execFile);
const gatewayDir = resolve(import.meta.dirname, '../../..');

/** The real build script, as `npm run build` runs it, with espeak-ng and ffmpeg of the machine. */
function buildPrompts(outDir: string): Promise<{ stdout: string }> {
  return run(
    process.execPath,
    ['--import', 'tsx', 'scripts/buildPrompts.ts', '--out', outDir, '--only', 'de/enterPin,en/help,hold'],
    { cwd: gatewayDir },
  );
}

async function pcm(file: string): Promise<Int16Array> {
  const bytes = await readFile(file);
  expect(bytes.length % 2).toBe(0);
  return pcmFromBytes(bytes);
}

describe('scripts/buildPrompts.ts with espeak-ng and ffmpeg', () => {
  let dir: string;
  let firstRun: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plenum-prompt-build-'));
    firstRun = (await buildPrompts(dir)).stdout;
  }, 30_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('speaks each prompt as 8 kHz PCM in whole 20 ms frames, audible and peaking near -3 dBFS', async () => {
    expect(firstRun).toContain('built 3 prompt files');
    for (const file of [promptFile(dir, 'de', 'enterPin'), promptFile(dir, 'en', 'help')]) {
      const samples = await pcm(file);
      expect(samples.length % PROMPT_FRAME_SAMPLES, file).toBe(0);
      expect(samples.length / 8000, file).toBeGreaterThan(0.5);
      const level = audioLevel(samples);
      expect(isSilent(level), file).toBe(false);
      expect(20 * Math.log10(level.peak / 32767)).toBeCloseTo(-3, 0);
      // The 150 ms lead is silence, and speech follows it.
      expect(samples.subarray(0, 1200).every((sample) => sample === 0)).toBe(true);
      expect(isSilent(audioLevel(samples.subarray(1200, 1200 + 8000)))).toBe(false);
    }
    const english = await pcm(promptFile(dir, 'en', 'help'));
    const german = await pcm(promptFile(dir, 'de', 'enterPin'));
    expect(english.length).not.toBe(german.length);
  });

  it('makes hold audio that is soft and not silent, in whole frames', async () => {
    const hold = await pcm(join(dir, HOLD_FILE));
    expect(hold.length % PROMPT_FRAME_SAMPLES).toBe(0);
    expect(hold.length / 8000).toBeGreaterThanOrEqual(3);
    const level = audioLevel(hold);
    expect(isSilent(level)).toBe(false);
    expect(20 * Math.log10(level.peak / 32767)).toBeLessThan(-10);
  });

  it('writes a manifest of what it built, and leaves an unchanged set alone', async () => {
    const manifest = PromptManifest.parse(JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')));
    expect(manifest.prompts).toEqual(['de/enterPin', 'en/help']);
    expect(manifest.hold).toBe(true);
    const before = (await stat(promptFile(dir, 'de', 'enterPin'))).mtimeMs;
    expect((await buildPrompts(dir)).stdout).toContain('up to date');
    expect((await stat(promptFile(dir, 'de', 'enterPin'))).mtimeMs).toBe(before);
  });

  it('a partial set does not start the gateway: the library names the first missing prompt', async () => {
    const error = await PromptLibrary.load(dir).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(PromptLibraryError);
    expect((error as PromptLibraryError).problem).toEqual({
      kind: 'missingFile',
      file: promptFile(dir, 'de', 'welcome'),
    });
  });
});
