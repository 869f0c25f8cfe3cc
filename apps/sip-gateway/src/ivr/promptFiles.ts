import { join } from 'node:path';
import { z } from 'zod';
import type { IvrLanguage, PromptId } from './promptTexts.js';

/**
 * The layout of a built prompt set, shared by the build (`scripts/buildPrompts.ts`) and `PromptLibrary`:
 *
 *     <dir>/manifest.json       what was built, and from which texts and settings (`promptSetHash`)
 *     <dir>/<lang>/<id>.pcm     one prompt: 8 kHz mono signed 16-bit little-endian PCM, no header
 *     <dir>/hold.pcm            the waiting room's hold audio, same format, played in a loop
 */

export const PROMPT_SAMPLE_RATE = 8000;
/** Samples in one 20 ms RTP frame at 8 kHz: the unit the media path sends. */
export const PROMPT_FRAME_SAMPLES = 160;
export const MANIFEST_FILE = 'manifest.json';
export const HOLD_FILE = 'hold.pcm';

/** The command that builds the prompt set, named in every error about a missing or stale one. */
export const BUILD_PROMPTS_COMMAND = 'npm run build --workspace @plenum/sip-gateway';

export function promptFile(dir: string, language: IvrLanguage, prompt: PromptId): string {
  return join(dir, language, `${prompt}.pcm`);
}

/** `de/welcome`: how the manifest lists a built prompt. */
export function promptKey(language: IvrLanguage, prompt: PromptId): string {
  return `${language}/${prompt}`;
}

export const PromptManifest = z.strictObject({
  format: z.literal(1),
  sampleRate: z.literal(PROMPT_SAMPLE_RATE),
  /** `promptSetHash()` of the texts and settings the files were made from. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The prompts built, as `promptKey`s (a partial build lists only its own). */
  prompts: z.array(z.string()),
  hold: z.boolean(),
});
export type PromptManifest = z.infer<typeof PromptManifest>;
