import * as Y from 'yjs';
import { toBase64 } from '../base64.js';
import type { MinutesSession } from './MinutesSession.js';

/**
 * Feeds `session` the server's answer to its sync, as from a server whose document equals the session's: nothing
 * missing, but the session has its copy now (`MinutesSync.synced`) and views stop showing "loading".
 */
export function answerSync(session: MinutesSession): void {
  session.sync.receive({
    event: 'synced',
    update: toBase64(Y.encodeStateAsUpdate(new Y.Doc())),
    part: 0,
    parts: 1,
    stateVector: toBase64(Y.encodeStateVector(session.doc)),
  });
}
