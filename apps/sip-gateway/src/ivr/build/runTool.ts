import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

/** A program of the build failed: which one, and the end of what it wrote to stderr. */
export class BuildToolError extends Error {
  constructor(
    readonly tool: string,
    message: string,
  ) {
    super(`${tool}: ${message}`);
    this.name = 'BuildToolError';
  }
}

const STDERR_TAIL = 2000;

/**
 * Runs `tool args` with `stdin` fed from a stream (or none), and collects its stdout unless another process reads it
 * (`collect: false`: the caller pipes `child.stdout` on). `done` rejects with a `BuildToolError` naming the tool when
 * it is missing, exits non-zero, or dies by a signal.
 */
export function runTool(
  tool: string,
  args: readonly string[],
  options: { readonly stdin?: Readable; readonly collect: boolean },
): { readonly child: ChildProcess; readonly done: Promise<Buffer> } {
  const child = spawn(tool, args, { stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  if (options.stdin !== undefined && child.stdin !== null) {
    options.stdin.pipe(child.stdin);
    // A reader that exits early closes the pipe; its own exit status says what went wrong.
    child.stdin.on('error', () => {});
  }
  const chunks: Buffer[] = [];
  if (options.collect) child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new BuildToolError(tool, error.code === 'ENOENT' ? `not installed (Debian package ${tool})` : error.message),
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new BuildToolError(tool, `exited with ${code ?? signal}: ${stderr.trim()}`));
    });
  });
  return { child, done };
}
