import { DatabaseLockedError, migrateToLatest, openDatabase, TenantRepository } from '@plenum/db';
import { ConfigError, loadConfig } from '../config/loadConfig.js';
import { unknownEnvironmentWarning } from '../config/unknownEnvironmentVariables.js';
import { CliError } from './CliError.js';
import { parseTenantsCommand } from './parseTenantsCommand.js';
import { runTenantsCommand } from './runTenantsCommand.js';
import { runVerifyVote, verifyVoteUsage } from './runVerifyVote.js';
import { tenantsUsage } from './TenantsCommand.js';

export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * `plenum verify-vote …` checks an exported vote record offline (see `runVerifyVote`). `plenum tenants …` validates the command line first (exit 2 without touching anything), then reads the same
 * configuration as the server, opens the same database (PGlite under the data directory, or `database.url`), brings
 * it up to date and runs the command. Resolves with the exit code: 0 done, 1 failed (unknown tenant, database in use
 * by a running server, unreachable), 2 bad usage or configuration. Messages never include secrets: the database URL
 * appears only without its password.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    // Offline: no configuration, no database.
    if (argv[0] === 'verify-vote') return await runVerifyVote(argv.slice(1), io);
    const command = parseTenantsCommand(argv);
    if (command.kind === 'help') {
      io.stdout(argv[0] === 'tenants' ? `${tenantsUsage}\n` : `${tenantsUsage}\n\n${verifyVoteUsage}\n`);
      return 0;
    }
    const config = loadConfigOrFail(io);
    const database = await openDatabase(
      config.database.url
        ? { kind: 'postgres', url: config.database.url }
        : { kind: 'pglite', dataDir: config.dataDir },
    ).catch((error: unknown) => {
      throw error instanceof DatabaseLockedError ? new CliError(error.message, 1) : error;
    });
    try {
      await migrateToLatest(database.db);
      io.stdout(`${await runTenantsCommand(command, new TenantRepository(database.db), config.tenantDefaults)}\n`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`plenum: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`plenum: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function loadConfigOrFail(io: CliIo): ReturnType<typeof loadConfig> {
  const unknown = unknownEnvironmentWarning(io.env);
  if (unknown !== undefined) io.stderr(`plenum: ${unknown}\n`);
  try {
    return loadConfig(io.env, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
}
