/**
 * A failure the CLI reports as one line on stderr with a chosen exit code, without a stack trace:
 * 2 for bad usage (the command line itself is wrong), 1 for everything else (unknown tenant, database in use, …).
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.exitCode = exitCode;
  }
}
