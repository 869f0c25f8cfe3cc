/**
 * Builds the IVR prompt audio from the texts in `src/ivr/promptTexts.ts` with espeak-ng and ffmpeg (Debian
 * packages), into `dist/prompts/` of this workspace. Does nothing when the set there is up to date.
 *
 *     tsx scripts/buildPrompts.ts [--out DIR] [--force] [--only de/welcome,en/enterPin,hold]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPromptSetFromArgs } from '../src/ivr/build/buildPromptSetFromArgs.js';

const { values } = parseArgs({
  options: { out: { type: 'string' }, force: { type: 'boolean' }, only: { type: 'string' } },
  strict: true,
});
const defaultOut = fileURLToPath(new URL('../dist/prompts', import.meta.url));
try {
  const message = await buildPromptSetFromArgs({
    outDir: values.out ?? defaultOut,
    force: values.force ?? false,
    only: values.only,
  });
  console.log(message);
} catch (error) {
  console.error(`buildPrompts: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
