import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promptSetHash } from './build/promptRecipe.js';
import { padToWholeFrames, pcmFromBytes } from './pcmBytes.js';
import {
  BUILD_PROMPTS_COMMAND,
  HOLD_FILE,
  MANIFEST_FILE,
  PROMPT_FRAME_SAMPLES,
  PromptManifest,
  promptFile,
} from './promptFiles.js';
import { IVR_LANGUAGES, type IvrLanguage, PROMPT_IDS, type PromptId } from './promptTexts.js';

/** Why a prompt set cannot be used. Every kind names the file and the command that builds the set. */
export type PromptLibraryProblem =
  | { readonly kind: 'missingFile'; readonly file: string }
  /** The manifest is not one the build writes. */
  | { readonly kind: 'invalidManifest'; readonly file: string; readonly reason: string }
  /** The files were made from other texts or settings than this code has: they would say something else. */
  | { readonly kind: 'outdated'; readonly file: string }
  /** Empty, or an odd number of bytes: not 16-bit PCM. */
  | { readonly kind: 'invalidAudio'; readonly file: string; readonly bytes: number };

/** The gateway cannot start without its prompts; the message says which file and how to make it. */
export class PromptLibraryError extends Error {
  readonly command = BUILD_PROMPTS_COMMAND;

  constructor(readonly problem: PromptLibraryProblem) {
    super(`${describe(problem)}; build the prompts with: ${BUILD_PROMPTS_COMMAND}`);
    this.name = 'PromptLibraryError';
  }
}

function describe(problem: PromptLibraryProblem): string {
  switch (problem.kind) {
    case 'missingFile':
      return `IVR prompt file missing: ${problem.file}`;
    case 'invalidManifest':
      return `IVR prompt manifest invalid (${problem.reason}): ${problem.file}`;
    case 'outdated':
      return `IVR prompts were built from other texts than this version has: ${problem.file}`;
    case 'invalidAudio':
      return `IVR prompt file is not 16-bit PCM (${problem.bytes} bytes): ${problem.file}`;
  }
}

/**
 * Every prompt in every language, and the hold audio, as 8 kHz signed 16-bit PCM in memory (about 3 MB), each a
 * whole number of 20 ms frames. Loaded once at start and checked completely, so that a missing file stops the
 * gateway at start instead of leaving a caller in silence. The arrays are shared: callers must not change them.
 */
export class PromptLibrary {
  readonly languages: readonly IvrLanguage[] = IVR_LANGUAGES;

  private constructor(
    private readonly prompts: ReadonlyMap<string, Int16Array>,
    /** The waiting room's hold audio, to be played in a loop. */
    readonly hold: Int16Array,
  ) {}

  /** Reads a set built by `scripts/buildPrompts.ts`; rejects with a `PromptLibraryError` naming the first problem. */
  static async load(dir: string): Promise<PromptLibrary> {
    const manifestFile = join(dir, MANIFEST_FILE);
    const manifest = await readManifest(manifestFile);
    if (manifest.hash !== promptSetHash()) throw new PromptLibraryError({ kind: 'outdated', file: manifestFile });
    const prompts = new Map<string, Int16Array>();
    for (const language of IVR_LANGUAGES) {
      for (const prompt of PROMPT_IDS) {
        prompts.set(mapKey(language, prompt), await readPcm(promptFile(dir, language, prompt)));
      }
    }
    return new PromptLibrary(prompts, await readPcm(join(dir, HOLD_FILE)));
  }

  /** A prompt's audio: 8 kHz mono PCM, whole 20 ms frames (`PROMPT_FRAME_SAMPLES` each). */
  get(language: IvrLanguage, prompt: PromptId): Int16Array {
    const samples = this.prompts.get(mapKey(language, prompt));
    // `load` read every language and prompt, so only a value outside the types can miss.
    if (samples === undefined) throw new RangeError(`no prompt ${language}/${prompt}`);
    return samples;
  }

  /** Length in milliseconds, e.g. for a safety timer around a prompt. */
  durationMs(language: IvrLanguage, prompt: PromptId): number {
    return (this.get(language, prompt).length / PROMPT_FRAME_SAMPLES) * 20;
  }
}

function mapKey(language: IvrLanguage, prompt: PromptId): string {
  return `${language}/${prompt}`;
}

async function readManifest(file: string): Promise<PromptManifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new PromptLibraryError({ kind: 'missingFile', file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PromptLibraryError({ kind: 'invalidManifest', file, reason: 'not JSON' });
  }
  const parsed = PromptManifest.safeParse(json);
  if (!parsed.success) {
    throw new PromptLibraryError({
      kind: 'invalidManifest',
      file,
      reason: parsed.error.issues[0]?.message ?? 'invalid',
    });
  }
  return parsed.data;
}

async function readPcm(file: string): Promise<Int16Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new PromptLibraryError({ kind: 'missingFile', file });
  }
  if (bytes.length === 0 || bytes.length % 2 !== 0) {
    throw new PromptLibraryError({ kind: 'invalidAudio', file, bytes: bytes.length });
  }
  return padToWholeFrames(pcmFromBytes(bytes));
}
