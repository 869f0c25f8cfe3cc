import { pcmFromBytes } from '../pcmBytes.js';
import { PROMPT_SAMPLE_RATE } from '../promptFiles.js';
import { runTool } from './runTool.js';

/** ffmpeg's raw output: 8 kHz mono signed 16-bit little-endian on stdout. */
const RAW_OUTPUT = ['-ac', '1', '-ar', String(PROMPT_SAMPLE_RATE), '-f', 's16le', 'pipe:1'];
/** `-nostdin` only turns off ffmpeg's keyboard commands: `-i pipe:0` still reads the pipe. */
const QUIET = ['-hide_banner', '-nostdin', '-loglevel', 'error'];

/**
 * Speaks `text` with espeak-ng and passes the WAV through ffmpeg's `filter` to 8 kHz PCM: two processes joined by
 * a pipe, no temporary files.
 */
export async function renderSpeech(
  text: string,
  voice: { readonly name: string; readonly wordsPerMinute: number },
  filter: string,
): Promise<Int16Array> {
  const speech = runTool('espeak-ng', ['-v', voice.name, '-s', String(voice.wordsPerMinute), '--stdout', text], {
    collect: false,
  });
  const stdout = speech.child.stdout;
  if (stdout === null) throw new Error('espeak-ng has no stdout');
  const convert = runTool('ffmpeg', [...QUIET, '-f', 'wav', '-i', 'pipe:0', '-af', filter, ...RAW_OUTPUT], {
    stdin: stdout,
    collect: true,
  });
  const [, raw] = await Promise.all([speech.done, convert.done]);
  return pcmFromBytes(raw);
}

/** Renders one of ffmpeg's generated sources (`lavfi`, e.g. `aevalsrc=…`) to 8 kHz PCM. */
export async function renderLavfi(source: string): Promise<Int16Array> {
  const raw = await runTool('ffmpeg', [...QUIET, '-f', 'lavfi', '-i', source, ...RAW_OUTPUT], { collect: true }).done;
  return pcmFromBytes(raw);
}
