import type { ModuleContext, ModuleInput, Self } from '@plenum/client-kit';
import type { CommandOf, ParticipantId } from '@plenum/protocol';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import { describe, expect, it } from 'vitest';
import { notesOf } from '../minutesDocument.js';
import { type MinutesProtocol, minutesProtocol } from '../protocol.js';
import { MinutesSession } from './MinutesSession.js';
import { announceMinutes } from './minutesAnnouncements.js';
import { minutesClient } from './minutesClient.js';
import { minutesReducer, withSession } from './minutesReducer.js';
import type { MinutesState } from './minutesState.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const ALICE = 'alice-participant-0001' as ParticipantId;
const context = (participantId: ParticipantId, moderator: boolean): ModuleContext => ({
  self: { participantId, role: moderator ? 'moderator' : 'participant', owner: false, moderator },
  participants: [],
});
const sam = context(SAM, false);
const alice = context(ALICE, true);
const vote: ConcludedVote = {
  voteId: 'vote-0001',
  title: 'Budget 2027',
  endedAt: 1_767_258_000_000,
  reason: 'allVoted',
  counts: { yes: 7, no: 2, abstain: 1 },
  eligible: 12,
  cast: 10,
};
const files = { pdfAssetId: 'a-pdf', markdownAssetId: 'a-md', visibility: 'participants', exportedAt: 5 } as const;

type Input = ModuleInput<MinutesProtocol>;
const event = (e: Record<string, unknown> & { event: string }): Input => {
  const { event: name, ...fields } = e;
  const schema = minutesProtocol.events[name as keyof typeof minutesProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as Input;
};
const join = (over: Record<string, unknown> = {}) =>
  minutesProtocol.joinState.parse({
    writers: [],
    canWrite: false,
    votes: [],
    files: null,
    generation: 0,
    carriedOver: null,
    notExportedOnClose: null,
    ...over,
  });
const start = (ctx: ModuleContext, over: Record<string, unknown> = {}, previous?: MinutesState) => {
  const state = minutesClient.init(join(over), ctx, previous);
  if (!state) throw new Error('off');
  return state;
};

/** The panel's first opening: this client's copy of the document, created as `MinutesPanel` does. */
const opened = (state: MinutesState) => {
  const { session, ...rest } = withSession(state, new MinutesSession(state.generation));
  if (!session) throw new Error('no session');
  return { ...rest, session };
};

describe('minutesReducer', () => {
  it('noJoinStateMeansTheModuleIsOff', () => {
    expect(minutesClient.init(undefined, sam)).toBeNull();
  });

  it('aJoinerGetsWritersVotesFilesAndNoDocUntilThePanelOpens', () => {
    const joined = start(sam, { writers: [SAM], canWrite: true, votes: [vote], files, generation: 4 });
    expect(joined).toMatchObject({ writers: [SAM], canWrite: true, votes: [vote], files, generation: 4, epoch: 1 });
    expect(joined.session).toBeNull();
    // Without a copy this connection never synced: document events (which the server does not send it) change nothing.
    const update = event({ event: 'updated', update: 'AAA=', by: ALICE });
    expect(minutesReducer(joined, update, sam)).toBe(joined);
    const state = opened(joined);
    expect(state.session.generation).toBe(4);
    expect(state.session.started).toBe(false);
    expect(state.session.sync.canWrite).toBe(true);
    expect(notesOf(state.session.doc, 'x').toString()).toBe('');
  });

  it('writersChangedGrantsAndRevokesWriteAccessForParticipants', () => {
    const reader = opened(start(sam));
    const writer = minutesReducer(reader, event({ event: 'writersChanged', writers: [SAM] }), sam);
    expect(writer.canWrite).toBe(true);
    expect(writer.writers).toEqual([SAM]);
    expect(writer.session?.sync.canWrite).toBe(true);
    expect(announceMinutes(event({ event: 'writersChanged', writers: [SAM] }), reader, sam)).toMatchObject({
      key: 'writeAllowed',
    });
    const again = minutesReducer(writer, event({ event: 'writersChanged', writers: [] }), sam);
    expect(again.canWrite).toBe(false);
    expect(again.session?.sync.canWrite).toBe(false);
    expect(announceMinutes(event({ event: 'writersChanged', writers: [] }), writer, sam)).toMatchObject({
      key: 'writeRevoked',
    });
    // Someone else's grant changes nothing for Sam and is not said to him.
    const other = event({ event: 'writersChanged', writers: [SAM, 'bob-participant-000002'] });
    expect(minutesReducer(writer, other, sam).canWrite).toBe(true);
    expect(announceMinutes(other, writer, sam)).toBeNull();
  });

  it('moderatorsAlwaysWriteAndAreNotToldAboutTheList', () => {
    const state = start(alice);
    expect(state.canWrite).toBe(true);
    const next = minutesReducer(state, event({ event: 'writersChanged', writers: [] }), alice);
    expect(next.canWrite).toBe(true);
    expect(announceMinutes(event({ event: 'writersChanged', writers: [SAM] }), state, alice)).toBeNull();
  });

  it('aRoleChangeChangesWriteAccess', () => {
    const state = opened(start(sam));
    const promoted = context(SAM, true);
    const previous: Self = sam.self;
    const up = minutesReducer(state, { type: 'selfChanged', previous }, promoted);
    expect(up.canWrite).toBe(true);
    expect(up.session?.sync.canWrite).toBe(true);
    const down = minutesReducer(up, { type: 'selfChanged', previous: promoted.self }, sam);
    expect(down.canWrite).toBe(false);
    // A demoted moderator who was granted write access keeps it.
    const listed = minutesReducer(up, event({ event: 'writersChanged', writers: [SAM] }), promoted);
    expect(minutesReducer(listed, { type: 'selfChanged', previous: promoted.self }, sam).canWrite).toBe(true);
  });

  it('aConcludedVoteIsAddedOnce', () => {
    const state = start(sam);
    const once = minutesReducer(state, event({ event: 'voteConcluded', vote }), sam);
    expect(once.votes).toEqual([vote]);
    expect(minutesReducer(once, event({ event: 'voteConcluded', vote }), sam)).toBe(once);
  });

  it('anExportSetsTheFilesAndIsAnnounced', () => {
    const state = start(alice);
    const input = event({ event: 'exported', files, by: ALICE });
    expect(minutesReducer(state, input, alice).files).toEqual(files);
    expect(announceMinutes(input, state, alice)).toEqual({ key: 'exported', params: {} });
    const failed = event({ event: 'exportFailed', reason: 'storage' });
    expect(minutesReducer(state, failed, alice)).toBe(state);
    expect(announceMinutes(failed, state, alice)).toEqual({
      key: 'exportFailed',
      params: { reason: 'storage' },
      notice: true,
    });
  });

  it('errorsAreAnnouncedAndAGapInHistorySyncsAgainQuietly', () => {
    const state = opened(start(sam, { writers: [SAM], canWrite: true }));
    const sent: string[] = [];
    state.session.start((command) => sent.push(command.action));
    const readOnly: Input = { type: 'error', error: { error: 'readOnly' } };
    expect(announceMinutes(readOnly, state, sam)).toEqual({ key: 'readOnly', params: {}, notice: true });
    const tooLarge: Input = { type: 'error', error: { error: 'updateTooLarge', maxBytes: 16384 } };
    expect(announceMinutes(tooLarge, state, sam)).toMatchObject({ key: 'updateTooLarge', notice: true });
    const gap: Input = { type: 'error', error: { error: 'invalidUpdate', reason: 'missingHistory' } };
    expect(announceMinutes(gap, state, sam)).toBeNull();
    expect(minutesReducer(state, gap, sam)).toBe(state);
    expect(sent).toEqual(['sync', 'sync']);
    expect(announceMinutes({ type: 'error', error: { error: 'exportRunning' } }, state, alice)).toMatchObject({
      key: 'exportRunning',
    });
  });

  it('aResumedJoinKeepsTheDocAndItsUnsentEditsAndSyncsThemWhenStartedAgain', () => {
    const first = opened(start(sam, { writers: [SAM], canWrite: true }));
    const sent: { action: string }[] = [];
    first.session.start((command) => sent.push(command));
    // The connection drops; Sam keeps typing (the edit collects in the doc).
    first.session.suspend();
    notesOf(first.session.doc, 'i1').insert(0, 'offline');
    expect(sent.map((c) => c.action)).toEqual(['sync']);
    const resumed = start(sam, { writers: [SAM], canWrite: true }, first);
    expect(resumed.session).toBe(first.session);
    expect(resumed.epoch).toBe(2);
    expect(resumed.session?.started).toBe(false);
    const again: { action: string }[] = [];
    resumed.session?.start((command) => again.push(command));
    expect(again.map((c) => c.action)).toEqual(['sync']);
    expect(notesOf(first.session.doc, 'i1').toString()).toBe('offline');
  });

  it('aFreshJoinStartsANewDoc', () => {
    const first = opened(start(sam));
    notesOf(first.session.doc, 'i1').insert(0, 'alt');
    const fresh = opened(start(sam));
    expect(fresh.session).not.toBe(first.session);
    expect(fresh.epoch).toBe(1);
    expect(notesOf(fresh.session.doc, 'i1').toString()).toBe('');
  });
  it('restartedDropsTheOldDocSoNothingOfItIsSentAgain', () => {
    const state = opened(start(alice, { carriedOver: { lastChangedAt: 5 }, votes: [vote] }));
    const sent: CommandOf<MinutesProtocol>[] = [];
    state.session.start((command) => sent.push(command));
    notesOf(state.session.doc, 'i1').insert(0, 'alt');
    const input = event({ event: 'restarted', generation: 1, by: ALICE });
    expect(announceMinutes(input, state, alice)).toEqual({ key: 'restarted', params: {} });
    const restarted = minutesReducer(state, input, alice);
    expect(restarted).toMatchObject({ carriedOver: null, generation: 1, session: null, epoch: 2, votes: [] });
    expect(minutesReducer(restarted, input, alice)).toBe(restarted);
    // The panel creates the copy of the new document; one of the old generation is refused.
    const old = new MinutesSession(0);
    expect(withSession(restarted, old)).toBe(restarted);
    const next = opened(restarted);
    expect(next.session.generation).toBe(1);
    expect(notesOf(next.session.doc, 'i1').toString()).toBe('');
    // The old doc is closed: a late edit of it goes nowhere; the new one syncs with its generation.
    const before = sent.length;
    notesOf(state.session.doc, 'i1').insert(0, 'spät ');
    expect(sent).toHaveLength(before);
    next.session.start((command) => sent.push(command));
    expect(sent.at(-1)).toMatchObject({ action: 'sync', generation: 1 });
    expect(minutesReducer(next, input, alice)).toBe(next);
    expect(withSession(next, new MinutesSession(1))).toBe(next);
  });

  it('aFailedExportOnCloseStandsUntilAnExportIsStoredOrNewMinutesStartAndIsNoAnnouncement', () => {
    const failed = { at: 4, reason: 'storage' } as const;
    const joined = start(alice, { notExportedOnClose: failed });
    expect(joined.notExportedOnClose).toEqual(failed);
    expect(minutesReducer(joined, event({ event: 'exported', files, by: ALICE }), alice).notExportedOnClose).toBeNull();
    const told = event({ event: 'notExportedOnClose', at: 7, reason: 'internal' });
    expect(announceMinutes(told, start(alice), alice)).toBeNull();
    const loaded = minutesReducer(start(alice), told, alice);
    expect(loaded.notExportedOnClose).toEqual({ at: 7, reason: 'internal' });
    const restarted = minutesReducer(loaded, event({ event: 'restarted', generation: 1, by: ALICE }), alice);
    expect(restarted.notExportedOnClose).toBeNull();
  });

  it('aStaleGenerationErrorOrAResumedJoinOfAnotherGenerationAlsoStartsANewDoc', () => {
    const state = opened(start(sam));
    notesOf(state.session.doc, 'i1').insert(0, 'alt');
    const stale: Input = { type: 'error', error: { error: 'staleGeneration', generation: 2 } };
    expect(announceMinutes(stale, state, sam)).toBeNull();
    const dropped = minutesReducer(state, stale, sam);
    expect(dropped).toMatchObject({ generation: 2, session: null });
    const next = opened(dropped);
    expect(next.session.generation).toBe(2);
    expect(notesOf(next.session.doc, 'i1').toString()).toBe('');
    const resumed = start(sam, { generation: 3 }, next);
    expect(resumed).toMatchObject({ generation: 3, session: null });
    expect(opened(resumed).session.generation).toBe(3);
  });

  it('aChangeTheRoomRefusesForGoodIsDroppedWithAFreshCopyOfTheRoomsMinutes', () => {
    for (const error of [{ error: 'documentFull', maxBytes: 4096 }, { error: 'readOnly' }] as const) {
      const state = opened(start(sam));
      notesOf(state.session.doc, 'i1').insert(0, 'nicht gespeichert');
      const refused: Input = { type: 'error', error };
      expect(announceMinutes(refused, state, sam)).toMatchObject({ key: error.error, notice: true });
      const dropped = minutesReducer(state, refused, sam);
      expect(dropped).toMatchObject({ generation: state.generation, session: null, epoch: state.epoch + 1 });
      const next = opened(dropped);
      expect(next.session.generation).toBe(state.session.generation);
      expect(notesOf(next.session.doc, 'i1').toString()).toBe('');
    }
  });

  it('theCarryOverNoticeComesWithTheLoadAndGoesWhenAModeratorContinues', () => {
    const state = start(sam);
    expect(state.carriedOver).toBeNull();
    const told = minutesReducer(state, event({ event: 'carriedOver', lastChangedAt: 7 }), sam);
    expect(told.carriedOver).toEqual({ lastChangedAt: 7 });
    const continued = event({ event: 'continued', by: ALICE });
    expect(minutesReducer(told, continued, sam).carriedOver).toBeNull();
    expect(announceMinutes(continued, told, sam)).toBeNull();
  });
});
