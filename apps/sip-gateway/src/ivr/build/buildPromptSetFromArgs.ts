import { isIvrLanguage, PROMPT_IDS, type PromptId, type PromptRef } from '../promptTexts.js';
import { buildPromptSet } from './buildPromptSet.js';

export interface BuildPromptArgs {
  readonly outDir: string;
  readonly force: boolean;
  /** `de/welcome,en/enterPin,hold`: a part of the set; absent means all of it. */
  readonly only: string | undefined;
}

/** The command line of `scripts/buildPrompts.ts`: builds, and returns the line to print. Throws on a bad `--only`. */
export async function buildPromptSetFromArgs(args: BuildPromptArgs): Promise<string> {
  const started = performance.now();
  const only = args.only === undefined ? undefined : parseOnly(args.only);
  const report = await buildPromptSet({
    outDir: args.outDir,
    force: args.force,
    ...(only === undefined ? {} : { only }),
  });
  const elapsed = ((performance.now() - started) / 1000).toFixed(1);
  return report.built
    ? `built ${report.files} prompt files in ${args.outDir} (${elapsed} s)`
    : `prompts in ${args.outDir} are up to date`;
}

export function parseOnly(text: string): { prompts: PromptRef[]; hold: boolean } {
  const prompts: PromptRef[] = [];
  let hold = false;
  for (const item of text.split(',').map((part) => part.trim())) {
    if (item === 'hold') {
      hold = true;
      continue;
    }
    const [language = '', prompt = ''] = item.split('/');
    if (!isIvrLanguage(language) || !(PROMPT_IDS as readonly string[]).includes(prompt)) {
      throw new Error(`--only: not a prompt: ${item} (expected e.g. de/welcome, en/enterPin or hold)`);
    }
    prompts.push({ language, prompt: prompt as PromptId });
  }
  return { prompts, hold };
}
