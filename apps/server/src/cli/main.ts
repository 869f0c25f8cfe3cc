import { runCli } from './runCli.js';

/** `npm run plenum -- tenants …` (administration) and `npm run plenum -- verify-vote …` (offline vote check). Exit codes: 0 done, 1 failed, 2 bad usage. */
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
