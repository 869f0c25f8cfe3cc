import { pino } from 'pino';
import { GatewayConfigError, loadGatewayConfig } from './config/gatewayConfig.js';
import { Gateway } from './Gateway.js';
import { PromptLibrary, PromptLibraryError } from './ivr/PromptLibrary.js';

/**
 * `node dist/sip-gateway.js`: the SIP gateway on its own, configured by `PLENUM_SIP_*` (`plenum` starts it this way
 * as a child process, and learns over the IPC channel when it listens). Logs pino JSON lines. Stops on SIGTERM/SIGINT
 * after ending its calls with BYE.
 */
async function main(): Promise<void> {
  const log = pino({ base: { part: 'sip-gateway' }, level: process.env.PLENUM_LOG_LEVEL ?? 'info' });
  let gateway: Gateway;
  try {
    const config = loadGatewayConfig(process.env);
    const prompts = await PromptLibrary.load(config.promptsDir);
    gateway = new Gateway(config, prompts, log);
    const ports = await gateway.start();
    log.info({ host: config.listen.host, udp: ports.udp, tcp: ports.tcp }, 'sip gateway ready');
    // Started by `plenum` (embedded): tell it over the IPC channel, whatever the log level.
    process.send?.({ type: 'ready', udp: ports.udp, tcp: ports.tcp });
  } catch (error) {
    if (error instanceof GatewayConfigError || error instanceof PromptLibraryError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write('The SIP port is already in use. Choose another one with PLENUM_SIP_LISTEN.\n');
      process.exit(2);
    }
    throw error;
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, calls: gateway.activeCalls }, 'sip gateway stopping');
    void gateway.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // Started by `plenum`: when it is gone (even killed), so is the gateway; an orphan would hold the SIP port.
  process.on('disconnect', () => shutdown('parent gone'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The SIP gateway failed: ${(error as Error).message}\n`);
  process.exit(1);
});
