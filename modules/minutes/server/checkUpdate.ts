import * as Y from 'yjs';

/** Why an update cannot be applied to a document (see the `invalidUpdate` error). */
export type UpdateProblem = 'malformed' | 'missingHistory';

/**
 * Checks an incoming update against the document without changing it: it must decode completely (structs and delete
 * set), and every change it carries must start where the document is and delete only what it knows. Yjs would keep
 * an update with a gap "pending" inside the document, where it can neither be shown nor refused later; refusing it
 * here lets the client sync and resend. Cost: proportional to the update, not to the document.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): UpdateProblem | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  let meta: ReturnType<typeof Y.parseUpdateMeta>;
  try {
    decoded = Y.decodeUpdate(update);
    meta = Y.parseUpdateMeta(update);
  } catch {
    return 'malformed';
  }
  const known = (client: number): number => Y.getState(doc.store, client);
  for (const [client, clock] of meta.from) if (clock > known(client)) return 'missingHistory';
  for (const [client, deletes] of decoded.ds.clients) {
    const reach = Math.max(known(client), meta.to.get(client) ?? 0);
    for (const d of deletes) if (d.clock + d.len > reach) return 'missingHistory';
  }
  return null;
}
