import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
}

/**
 * Listens on loopback. An explicit port is used as given. Without one, the port the provider had last time in this
 * data directory is taken again (kept in `<dataDir>/dev-idp/port`), so its issuer URL — and with it every user's
 * identity (issuer, subject) and what they own — stays the same across restarts; a free port only when that one is
 * taken, with a warning.
 */
export async function listenOnRememberedPort(
  server: Server,
  options: { dataDir: string; port?: number | undefined; onWarning: (message: string) => void },
): Promise<number> {
  if (options.port) {
    await listen(server, options.port);
    return options.port;
  }
  const file = join(options.dataDir, 'dev-idp', 'port');
  const remembered = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
  let listening = false;
  if (Number.isInteger(remembered) && remembered > 0 && remembered < 65536) {
    try {
      await listen(server, remembered);
      listening = true;
    } catch {
      options.onWarning(
        `port ${remembered} of the development identity provider is taken: it moves, and users signed in before get new accounts`,
      );
    }
  }
  if (!listening) await listen(server, 0);
  const port = (server.address() as AddressInfo).port;
  await mkdir(join(options.dataDir, 'dev-idp'), { recursive: true });
  await writeFile(file, `${port}\n`, 'utf8');
  return port;
}
