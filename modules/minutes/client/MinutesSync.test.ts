import type { CommandOf } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../base64.js';
import { notesOf } from '../minutesDocument.js';
import { MAX_UPDATE_BYTES, type MinutesProtocol } from '../protocol.js';
import { MinutesSync, type MinutesSyncProblem } from './MinutesSync.js';

function client(canWrite: boolean) {
  const sent: CommandOf<MinutesProtocol>[] = [];
  const problems: MinutesSyncProblem[] = [];
  const doc = new Y.Doc();
  const sync = new MinutesSync(doc, { send: (c) => sent.push(c), onProblem: (p) => problems.push(p) });
  sync.setCanWrite(canWrite);
  return { doc, sync, sent, problems };
}

const vectorOf = (doc: Y.Doc) => toBase64(Y.encodeStateVector(doc));

describe('MinutesSync', () => {
  it('connectingAsksForWhatTheLocalDocLacks', () => {
    const { doc, sync, sent } = client(false);
    notesOf(doc, 'n').insert(0, 'lokal');
    sync.connected();
    expect(sent).toEqual([{ action: 'sync', stateVector: vectorOf(doc) }]);
  });

  it('aSyncAnswerInPartsIsAppliedOnceComplete', () => {
    const server = new Y.Doc();
    notesOf(server, 'n').insert(0, 'Protokoll');
    const whole = Y.encodeStateAsUpdate(server);
    const { doc, sync } = client(false);
    sync.connected();
    const cut = Math.floor(whole.length / 2);
    const stateVector = vectorOf(server);
    sync.receive({ event: 'synced', update: toBase64(whole.subarray(0, cut)), part: 0, parts: 2, stateVector });
    expect(notesOf(doc, 'n').toString()).toBe('');
    expect(sync.synced).toBe(false);
    sync.receive({ event: 'synced', update: toBase64(whole.subarray(cut)), part: 1, parts: 2, stateVector });
    expect(notesOf(doc, 'n').toString()).toBe('Protokoll');
    expect(sync.synced).toBe(true);
  });

  it('saysOnceWhenTheFirstSyncAnswerIsInEvenForAnEmptyDocument', () => {
    let told = 0;
    const sync = new MinutesSync(new Y.Doc(), { send: () => undefined, onSynced: () => told++ });
    sync.connected();
    const empty = new Y.Doc();
    const answer = {
      event: 'synced',
      update: toBase64(Y.encodeStateAsUpdate(empty)),
      part: 0,
      parts: 1,
      stateVector: vectorOf(empty),
    } as const;
    sync.receive(answer);
    expect([sync.synced, told]).toEqual([true, 1]);
    // A reconnect's answer: still synced, not said again.
    sync.disconnected();
    sync.connected();
    sync.receive(answer);
    expect([sync.synced, told]).toEqual([true, 1]);
  });

  it('localChangesOfAWriterAreSentAndRemoteOnesAreNot', () => {
    const { doc, sync, sent } = client(true);
    sync.connected();
    sent.length = 0;
    const other = new Y.Doc();
    notesOf(other, 'n').insert(0, 'fremd');
    sync.receive({ event: 'updated', update: toBase64(Y.encodeStateAsUpdate(other)), by: 'p1' as never });
    expect(sent).toEqual([]);
    notesOf(doc, 'n').insert(0, 'eigen ');
    expect(sent.map((c) => c.action)).toEqual(['update']);
    const echo = new Y.Doc();
    Y.applyUpdate(echo, Y.encodeStateAsUpdate(other));
    const first = sent[0];
    if (first?.action === 'update') Y.applyUpdate(echo, fromBase64(first.update));
    expect(notesOf(echo, 'n').toString()).toBe(notesOf(doc, 'n').toString());
  });

  it('aReaderSendsNothing', () => {
    const { doc, sync, sent } = client(false);
    sync.connected();
    sent.length = 0;
    notesOf(doc, 'n').insert(0, 'nur lokal');
    expect(sent).toEqual([]);
  });

  it('aTooLargeLocalChangeIsReportedNotSent', () => {
    const { doc, sync, sent, problems } = client(true);
    sync.connected();
    sent.length = 0;
    notesOf(doc, 'n').insert(0, 'x'.repeat(MAX_UPDATE_BYTES));
    expect(sent).toEqual([]);
    expect(problems).toEqual([{ kind: 'tooLarge', bytes: expect.any(Number) }]);
  });

  it('aGapInHistorySyncsAgain', () => {
    const { sync, sent } = client(true);
    sync.connected();
    sent.length = 0;
    sync.refused({ error: 'invalidUpdate', reason: 'missingHistory' });
    expect(sent.map((c) => c.action)).toEqual(['sync']);
  });
});
