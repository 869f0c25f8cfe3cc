import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allPromptRefs } from './build/buildPromptSet.js';
import { promptSetHash } from './build/promptRecipe.js';
import { PromptLibrary, PromptLibraryError } from './PromptLibrary.js';
import { pcmToBytes } from './pcmBytes.js';
import {
  BUILD_PROMPTS_COMMAND,
  HOLD_FILE,
  MANIFEST_FILE,
  type PromptManifest,
  promptFile,
  promptKey,
} from './promptFiles.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plenum-prompts-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A complete set as the build writes it, with short made-up audio: each prompt 100 samples of its index + 1. */
async function writeSet(hash = promptSetHash()): Promise<void> {
  const refs = allPromptRefs();
  for (const [index, { language, prompt }] of refs.entries()) {
    const file = promptFile(dir, language, prompt);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, pcmToBytes(new Int16Array(100).fill(index + 1)));
  }
  await writeFile(join(dir, HOLD_FILE), pcmToBytes(new Int16Array(320).fill(-7)));
  const manifest: PromptManifest = {
    format: 1,
    sampleRate: 8000,
    hash,
    prompts: refs.map(({ language, prompt }) => promptKey(language, prompt)),
    hold: true,
  };
  await writeFile(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
}

async function loadError(): Promise<PromptLibraryError> {
  const error = await PromptLibrary.load(dir).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof PromptLibraryError)) throw new Error(`expected a PromptLibraryError, got ${String(error)}`);
  return error;
}

describe('PromptLibrary', () => {
  it('loads every prompt of every language and the hold audio, padded to whole 20 ms frames', async () => {
    await writeSet();
    const library = await PromptLibrary.load(dir);
    expect(library.languages).toEqual(['de', 'en']);
    const welcome = library.get('de', 'welcome');
    expect(welcome.length).toBe(160);
    expect(welcome[99]).toBe(1);
    expect(welcome[100]).toBe(0);
    expect(library.get('en', 'goodbye')[0]).toBe(
      allPromptRefs().findIndex((ref) => promptKey(ref.language, ref.prompt) === 'en/goodbye') + 1,
    );
    expect(library.durationMs('de', 'welcome')).toBe(20);
    expect(library.hold.length).toBe(320);
    expect(library.hold[0]).toBe(-7);
  });

  it('refuses to start without a prompt file, naming the file and the build command', async () => {
    await writeSet();
    const missing = promptFile(dir, 'en', 'removed');
    await rm(missing);
    const error = await loadError();
    expect(error.problem).toEqual({ kind: 'missingFile', file: missing });
    expect(error.message).toContain(missing);
    expect(error.message).toContain(BUILD_PROMPTS_COMMAND);
    expect(error.command).toBe(BUILD_PROMPTS_COMMAND);
  });

  it('refuses to start without the hold audio', async () => {
    await writeSet();
    await rm(join(dir, HOLD_FILE));
    expect((await loadError()).problem).toEqual({ kind: 'missingFile', file: join(dir, HOLD_FILE) });
  });

  it('refuses a folder that was never built, naming the manifest', async () => {
    expect((await loadError()).problem).toEqual({ kind: 'missingFile', file: join(dir, MANIFEST_FILE) });
  });

  it('refuses prompts built from other texts than this code has', async () => {
    await writeSet('0'.repeat(64));
    expect((await loadError()).problem.kind).toBe('outdated');
  });

  it('refuses a manifest that is not the build’s', async () => {
    await writeSet();
    await writeFile(join(dir, MANIFEST_FILE), '{"format": 2}');
    expect((await loadError()).problem).toMatchObject({ kind: 'invalidManifest', file: join(dir, MANIFEST_FILE) });
    await writeFile(join(dir, MANIFEST_FILE), 'not json');
    expect((await loadError()).problem).toMatchObject({ kind: 'invalidManifest', reason: 'not JSON' });
  });

  it('refuses a file that cannot be 16-bit PCM: empty or an odd number of bytes', async () => {
    await writeSet();
    const file = promptFile(dir, 'de', 'help');
    await writeFile(file, Uint8Array.from([1, 2, 3]));
    expect((await loadError()).problem).toEqual({ kind: 'invalidAudio', file, bytes: 3 });
    await writeFile(file, new Uint8Array(0));
    expect((await loadError()).problem).toEqual({ kind: 'invalidAudio', file, bytes: 0 });
  });
});
