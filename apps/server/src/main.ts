import { ConfigError, loadConfig } from './config/loadConfig.js';
import { unknownEnvironmentWarning } from './config/unknownEnvironmentVariables.js';
import { createLogger } from './observability/createLogger.js';
import { startPlenum } from './startPlenum.js';

/** `npm start`: read the configuration, start everything, print the URL, stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const unknown = unknownEnvironmentWarning(process.env);
  if (unknown !== undefined) log.warn({}, unknown);
  const plenum = await startPlenum(config, log);
  process.stdout.write(`\nPlenum is running. Open ${plenum.url} in your browser.\n\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error({}, 'shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 2000);
    force.unref();
    void plenum.stop().then(() => {
      log.info({ signal }, 'stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Plenum could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
