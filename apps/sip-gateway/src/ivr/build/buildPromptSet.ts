import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pcmToBytes } from '../pcmBytes.js';
import { HOLD_FILE, MANIFEST_FILE, PROMPT_SAMPLE_RATE, PromptManifest, promptFile, promptKey } from '../promptFiles.js';
import { IVR_LANGUAGES, PROMPT_IDS, type PromptRef, spokenText } from '../promptTexts.js';
import { finishPrompt } from './finishPrompt.js';
import { PROMPT_RECIPE, promptSetHash } from './promptRecipe.js';
import { renderLavfi, renderSpeech } from './renderAudio.js';

export interface BuildPromptSetOptions {
  readonly outDir: string;
  /** A part of the set (for tests): these prompts, and the hold audio only when `hold` is true. Default: all. */
  readonly only?: { readonly prompts: readonly PromptRef[]; readonly hold: boolean };
  /** Rebuild even when the manifest says the set is up to date. */
  readonly force?: boolean;
  /** ffmpeg processes at a time; two suits a small build machine. */
  readonly concurrency?: number;
}

export interface BuildPromptSetReport {
  /** False when the set was already up to date and nothing was written. */
  readonly built: boolean;
  readonly files: number;
  /** Seconds of audio per file, by `promptKey` (and `hold`). */
  readonly seconds: Readonly<Record<string, number>>;
}

export function allPromptRefs(): PromptRef[] {
  return IVR_LANGUAGES.flatMap((language) => PROMPT_IDS.map((prompt) => ({ language, prompt })));
}

/**
 * Makes the prompt set in `outDir` (layout in `promptFiles.ts`) unless its manifest already names the same texts and
 * settings and every file is there. The manifest is removed first and written last, so a build that fails half way
 * is never taken for a finished one. Each file is written under a temporary name and renamed into place.
 */
export async function buildPromptSet(options: BuildPromptSetOptions): Promise<BuildPromptSetReport> {
  const prompts = options.only?.prompts ?? allPromptRefs();
  const hold = options.only?.hold ?? true;
  const hash = promptSetHash();
  const manifestPath = join(options.outDir, MANIFEST_FILE);
  if (options.force !== true && (await isUpToDate(options.outDir, hash, prompts, hold))) {
    return { built: false, files: 0, seconds: {} };
  }
  await mkdir(options.outDir, { recursive: true });
  await rm(manifestPath, { force: true });

  const jobs: { key: string; path: string; render: () => Promise<Int16Array> }[] = prompts.map(
    ({ language, prompt }) => ({
      key: promptKey(language, prompt),
      path: promptFile(options.outDir, language, prompt),
      render: async () =>
        finishPrompt(
          await renderSpeech(
            spokenText(language, prompt),
            { name: PROMPT_RECIPE.voices[language], wordsPerMinute: PROMPT_RECIPE.wordsPerMinute },
            PROMPT_RECIPE.speechFilter,
          ),
          { peakDbfs: PROMPT_RECIPE.speechPeakDbfs, leadSilenceMs: PROMPT_RECIPE.leadSilenceMs },
        ),
    }),
  );
  if (hold) {
    jobs.push({
      key: 'hold',
      path: join(options.outDir, HOLD_FILE),
      render: async () =>
        finishPrompt(await renderLavfi(PROMPT_RECIPE.holdSource), {
          peakDbfs: PROMPT_RECIPE.holdPeakDbfs,
          leadSilenceMs: 0,
        }),
    });
  }

  const seconds: Record<string, number> = {};
  await runConcurrently(jobs, options.concurrency ?? 2, async (job) => {
    const samples = await job.render();
    await mkdir(dirname(job.path), { recursive: true });
    await writeFile(`${job.path}.tmp`, pcmToBytes(samples));
    await rename(`${job.path}.tmp`, job.path);
    seconds[job.key] = samples.length / PROMPT_SAMPLE_RATE;
  });

  const manifest: PromptManifest = {
    format: 1,
    sampleRate: PROMPT_SAMPLE_RATE,
    hash,
    prompts: prompts.map(({ language, prompt }) => promptKey(language, prompt)),
    hold,
  };
  await writeFile(`${manifestPath}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(`${manifestPath}.tmp`, manifestPath);
  return { built: true, files: jobs.length, seconds };
}

async function isUpToDate(dir: string, hash: string, prompts: readonly PromptRef[], hold: boolean): Promise<boolean> {
  let manifest: PromptManifest;
  try {
    const parsed = PromptManifest.safeParse(JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')));
    if (!parsed.success) return false;
    manifest = parsed.data;
  } catch {
    return false;
  }
  if (manifest.hash !== hash || (hold && !manifest.hold)) return false;
  const listed = new Set(manifest.prompts);
  if (!prompts.every(({ language, prompt }) => listed.has(promptKey(language, prompt)))) return false;
  const paths = prompts.map(({ language, prompt }) => promptFile(dir, language, prompt));
  if (hold) paths.push(join(dir, HOLD_FILE));
  try {
    await Promise.all(paths.map((path) => access(path)));
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure rejects (after the others settle). */
async function runConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, limit) }, worker));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}
