import type { ModuleContext } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { legalVoteProtocol } from '../protocol.js';
import { announceLegalVote } from './legalVoteAnnouncements.js';
import { legalVoteClient } from './legalVoteClient.js';
import { cancelVote, castBallot, reportProblem, startVote, stopVote } from './legalVoteCommands.js';
import { ALICE, HASH, receipt, SAM, TOKEN, voteInfo, voteResult } from './legalVoteFixtures.test-support.js';
import { type LegalVoteState, legalVoteReducer, tallyOf } from './legalVoteReducer.js';
import { receiptFileName, receiptJson } from './receiptFile.js';
import { cancelReasonProblem, durationFromMinutes, voteDraftProblem } from './voteDraftProblem.js';
import { onePerAccount, voterEligibility } from './voterEligibility.js';

const person = (
  id: string,
  kind: ParticipantInfo['kind'],
  role: ParticipantInfo['role'] = 'participant',
  registered = role !== 'guest',
): ParticipantInfo =>
  participantInfo(id, id.split('-')[0] ?? id, {
    role,
    kind,
    registered,
    permissions: { microphone: true, screen: role === 'moderator' },
  });
const roster = [
  person(ALICE, 'browser', 'moderator'),
  person(SAM, 'browser'),
  person('gus-participant-000003', 'browser', 'guest'),
  person('phil-participant-00004', 'phone'),
];
/** Frames arrive when this device's clock says `ARRIVED`: 30 s after the server's start. */
const STARTED = 1_767_258_000_000;
const ARRIVED = STARTED + 30_000;
const context = (participantId: string): ModuleContext => ({
  self: { participantId: participantId as ParticipantId, role: 'participant', owner: false, moderator: false },
  participants: roster,
  receivedAt: ARRIVED,
});
const sam = context(SAM);
const alice = context(ALICE);

/** Golden frames as the server sends them. */
const vote = voteInfo({ topic: 'Adopt the budget as drafted.', startedAt: STARTED, endsAt: STARTED + 300_000 });
const problem = { participant: SAM, name: 'Sam', kind: 'audio', text: 'No sound', at: STARTED + 20_000 } as const;
const result = voteResult({
  reason: 'allVoted',
  endedBy: null,
  endedAt: STARTED + 60_000,
  tally: { yes: 1, no: 0, abstain: 1, ballots: 2, eligible: 2 },
  ballots: [
    { token: TOKEN, choice: 'yes' },
    { token: 'tok_fedcba9876543210', choice: 'abstain' },
  ],
  record: {
    seq: 5,
    hash: 'b'.repeat(64),
    signature: { alg: 'Ed25519', publicKey: `${'A'.repeat(59)}=`, value: `${'B'.repeat(86)}==` },
  },
});
const frames = {
  started: { ns: 'legal-vote', event: 'started', vote },
  ballotIssued: { ns: 'legal-vote', event: 'ballotIssued', voteId: 'vote-0001', token: TOKEN },
  ballotCast: { ns: 'legal-vote', event: 'ballotCast', voteId: 'vote-0001', count: 1 },
  receipt: { ns: 'legal-vote', event: 'receipt', receipt, choice: 'yes' },
  problemRecorded: { ns: 'legal-vote', event: 'problemRecorded', voteId: 'vote-0001' },
  problemReported: { ns: 'legal-vote', event: 'problemReported', voteId: 'vote-0001', problem },
  ended: { ns: 'legal-vote', event: 'ended', result },
  reportsReady: {
    ns: 'legal-vote',
    event: 'reportsReady',
    voteId: 'vote-0001',
    protocolAssetId: 'asset-p',
    reportAssetId: 'asset-r',
  },
  reportsFailed: { ns: 'legal-vote', event: 'reportsFailed', voteId: 'vote-0001' },
} as const;

type Input = Parameters<typeof legalVoteReducer>[1];

/** Parses a wire frame with the protocol's schema, as the client kit does. */
function event(frame: { ns: string; event: string } & Record<string, unknown>): Input {
  const { ns: _ns, event: name, ...fields } = frame;
  const schema = legalVoteProtocol.events[name as keyof typeof legalVoteProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as Input;
}
const error = (e: Record<string, unknown>) => ({ type: 'error', error: e, id: 'c1' }) as Input;

const empty = (ctx: ModuleContext): LegalVoteState => {
  const join = legalVoteProtocol.joinState.parse({
    running: null,
    last: null,
    lastFiles: null,
    sameAccount: [],
    serverNow: ARRIVED,
  });
  const state = legalVoteClient.init(join, ctx);
  if (!state) throw new Error('off');
  return state;
};
const run = (ctx: ModuleContext, ...inputs: Input[]) =>
  inputs.reduce((s, input) => legalVoteReducer(s, input, ctx), empty(ctx));

describe('legalVoteReducer', () => {
  it('noJoinStateMeansTheModuleIsOff', () => {
    expect(legalVoteClient.init(undefined, sam)).toBeNull();
  });

  it('aJoinerGetsTheRunningVoteWithItsOwnStandingAndTheLastResultWithoutOne', () => {
    const mine = { eligible: true, choice: 'yes', token: TOKEN, receipt } as const;
    const join = legalVoteProtocol.joinState.parse({
      running: { vote, count: 1, ballots: [], mine, problems: [problem] },
      last: result,
      lastFiles: null,
      sameAccount: [],
      serverNow: ARRIVED + 1234,
    });
    expect(legalVoteClient.init(join, sam)).toEqual({
      running: { vote, count: 1, ballots: [], mine, problems: [problem] },
      last: { result, mine: null, files: null },
      clock: { offset: 1234 },
      sameAccount: [],
      kept: {},
    });
  });

  it('aJoinerGetsTheStoredFilesOfTheLastVote', () => {
    const join = legalVoteProtocol.joinState.parse({
      running: null,
      last: result,
      lastFiles: { protocolAssetId: 'asset-p', reportAssetId: 'asset-r' },
      sameAccount: [],
      serverNow: ARRIVED,
    });
    expect(legalVoteClient.init(join, sam)?.last?.files).toEqual({
      state: 'ready',
      protocolAssetId: 'asset-p',
      reportAssetId: 'asset-r',
    });
  });

  it('anotherDeviceOfAVoterLearnsFromBallotIssuedThatItMayVote', () => {
    const other = context('sam-participant-000099');
    const issued = { ...frames.ballotIssued, token: null };
    expect(run(other, event(frames.started)).running?.mine.eligible).toBe(false);
    expect(run(other, event(frames.started), event(issued)).running?.mine).toEqual({
      eligible: true,
      choice: null,
      token: null,
      receipt: null,
    });
  });

  it('aStartNamesThisClientEligibleByItsParticipantAndLearnsTheServersClock', () => {
    const state = run(sam, event(frames.started));
    expect(state.running).toEqual({
      vote,
      count: 0,
      ballots: [],
      mine: { eligible: true, choice: null, token: null, receipt: null },
      problems: [],
    });
    expect(state.clock).toEqual({ offset: STARTED - ARRIVED });
    const guest = context('gus-participant-000003');
    expect(run(guest, event(frames.started)).running?.mine.eligible).toBe(false);
  });

  it('theTokenAndTheReceiptReachOnlyTheOwnStandingAndMarkItEligible', () => {
    const other = context('sam-second-device-0009');
    const state = run(other, event(frames.started), event(frames.ballotIssued), event(frames.ballotCast));
    expect(state.running?.mine).toEqual({ eligible: true, choice: null, token: TOKEN, receipt: null });
    expect(state.running?.count).toBe(1);
    const voted = legalVoteReducer(state, event(frames.receipt), other);
    expect(voted.running?.mine).toEqual({ eligible: true, choice: 'yes', token: TOKEN, receipt });
  });

  it('aLiveRollCallCollectsEachBallotOthersOnlyTheCount', () => {
    const live = { ...vote, kind: 'liveRollCall' };
    const state = run(
      alice,
      event({ ...frames.started, vote: live }),
      event({ ...frames.ballotCast, name: 'Sam', choice: 'no' }),
      event({ ...frames.ballotCast, count: 2, name: 'Alice', choice: 'yes' }),
    );
    expect(state.running?.ballots).toEqual([
      { name: 'Sam', choice: 'no' },
      { name: 'Alice', choice: 'yes' },
    ]);
    expect(state.running?.count).toBe(2);
    expect(tallyOf(state.running?.ballots ?? [])).toEqual({ yes: 1, no: 1, abstain: 0 });
    expect(run(alice, event(frames.started), event(frames.ballotCast)).running?.ballots).toEqual([]);
  });

  it('theEndKeepsTheOwnChoiceAndReceiptWithTheResult', () => {
    const state = run(
      sam,
      event(frames.started),
      event(frames.ballotIssued),
      event(frames.receipt),
      event(frames.ended),
    );
    expect(state.running).toBeNull();
    expect(state.last).toEqual({ result, mine: { eligible: true, choice: 'yes', token: TOKEN, receipt }, files: null });
    expect(state.clock).toEqual({ offset: result.endedAt - ARRIVED });
  });

  it('theStoredFilesReachTheResultTheyName', () => {
    const ended = run(sam, event(frames.started), event(frames.ended));
    expect(legalVoteReducer(ended, event(frames.reportsReady), sam).last?.files).toEqual({
      state: 'ready',
      protocolAssetId: 'asset-p',
      reportAssetId: 'asset-r',
    });
    // From an older server: no reason, nothing stored.
    expect(legalVoteReducer(ended, event(frames.reportsFailed), sam).last?.files).toEqual({
      state: 'failed',
      reason: 'other',
      protocolAssetId: null,
    });
    const reportRefused = event({ ...frames.reportsFailed, reason: 'storageFull', protocolAssetId: 'asset-p' });
    expect(legalVoteReducer(ended, reportRefused, sam).last?.files).toEqual({
      state: 'failed',
      reason: 'storageFull',
      protocolAssetId: 'asset-p',
    });
    const other = event({ ...frames.reportsReady, voteId: 'vote-9999' });
    expect(legalVoteReducer(ended, other, sam)).toBe(ended);
  });

  it('filesMadeAgainAfterTheEndReplaceTheLinksOfTheOldOnes', () => {
    const ready = run(sam, event(frames.started), event(frames.ended), event(frames.reportsReady));
    // Ballots after the end: the server stores a new pair and removes the old one.
    const again = event({ ...frames.reportsReady, protocolAssetId: 'asset-p2', reportAssetId: 'asset-r2' });
    const after = legalVoteReducer(ready, again, sam);
    expect(after.last?.files).toEqual({ state: 'ready', protocolAssetId: 'asset-p2', reportAssetId: 'asset-r2' });
    expect(after.last?.result).toBe(ready.last?.result);
    expect(after.last?.mine).toBe(ready.last?.mine);
  });

  it('theEndOfAnEarlierInterruptedVoteLeavesTheRunningVoteAlone', () => {
    const before = run(sam, event(frames.started));
    const earlier = { ...result, voteId: 'vote-0000', reason: 'interrupted' };
    const state = legalVoteReducer(before, event({ ...frames.ended, result: earlier }), sam);
    expect(state.running).toBe(before.running);
    expect(state.last).toEqual({ result: earlier, mine: null, files: null });
  });

  it('eventsOfAnotherVoteChangeNothing', () => {
    const before = run(sam, event(frames.started));
    for (const frame of [
      { ...frames.ballotIssued, voteId: 'vote-9999' },
      { ...frames.ballotCast, voteId: 'vote-9999' },
      { ...frames.receipt, receipt: { ...receipt, voteId: 'vote-9999' } },
      frames.problemRecorded,
      { ...frames.problemReported, voteId: 'vote-9999' },
    ])
      expect(legalVoteReducer(before, event(frame), sam)).toBe(before);
  });

  it('reportedProblemsReachTheRunningVoteOldestFirst', () => {
    const second = { ...problem, name: 'Alice', participant: ALICE, kind: 'other', text: null, at: problem.at + 1 };
    const state = run(
      alice,
      event(frames.started),
      event(frames.problemReported),
      event({ ...frames.problemReported, problem: second }),
    );
    expect(state.running?.problems).toEqual([problem, second]);
  });

  it('errorsAndRosterChangesLeaveTheStateAlone', () => {
    const before = run(sam, event(frames.started));
    expect(legalVoteReducer(before, error({ error: 'alreadyVoted', voteId: 'vote-0001' }), sam)).toBe(before);
    expect(
      legalVoteReducer(
        before,
        { type: 'participantJoined', participant: person('x-participant-000009', 'browser') },
        sam,
      ),
    ).toBe(before);
  });
});

describe('announceLegalVote', () => {
  it('aStartIsSpokenToVotersAndItsInitiatorAndABriefNoticeForOthers', () => {
    // Voters see the toolbar's notice with "Open the vote" instead (see legalVoteUi).
    expect(announceLegalVote(event(frames.started), undefined, sam)).toEqual({
      key: 'voteStarted',
      params: { title: 'Budget 2027', eligible: true },
      topic: 'legal-vote',
    });
    const guest = context('gus-participant-000003');
    expect(announceLegalVote(event(frames.started), undefined, guest)).toMatchObject({ notice: true, brief: true });
    expect(announceLegalVote(event(frames.started), undefined, alice)).toEqual({
      key: 'voteStarted',
      params: { title: 'Budget 2027', eligible: true },
      topic: 'legal-vote',
    });
  });

  it('aReportedProblemIsANoticeToTheChairButNotToTheReporterThatTheVotesEndReplaces', () => {
    expect(announceLegalVote(event(frames.problemReported), undefined, alice)).toEqual({
      key: 'problemReported',
      params: { name: 'Sam', kind: 'audio', text: 'No sound' },
      notice: true,
      topic: 'legal-vote',
    });
    expect(announceLegalVote(event(frames.problemReported), undefined, sam)).toBeNull();
    // One notice per topic: the end's notice (on the same topic) replaces the problem's, then goes by itself.
    expect(announceLegalVote(event(frames.ended), undefined, alice)).toMatchObject({
      topic: 'legal-vote',
      notice: true,
      brief: true,
    });
  });

  it('theEndIsABriefNoticeWithTheCountsOnTheStartsTopic', () => {
    expect(announceLegalVote(event(frames.ended), undefined, sam)).toEqual({
      key: 'voteEnded',
      params: { title: 'Budget 2027', reason: 'allVoted', cancelReason: '', yes: 1, no: 0, abstain: 1 },
      topic: 'legal-vote',
      notice: true,
      brief: true,
    });
  });

  it('theEndOfACancelledVoteCarriesItsReasonForTheWords', () => {
    const cancelled = { ...result, reason: 'cancelled', endedBy: ALICE, cancelReason: 'Wrong list' } as const;
    expect(announceLegalVote(event({ ...frames.ended, result: cancelled }), undefined, sam)).toMatchObject({
      key: 'voteEnded',
      params: { title: 'Budget 2027', reason: 'cancelled', cancelReason: 'Wrong list' },
    });
  });

  it('theStoredBallotEndsTheStartNoticeAndSingleBallotsAreNotSpoken', () => {
    expect(announceLegalVote(event(frames.receipt), undefined, sam)).toEqual({
      key: 'ballotStored',
      params: {},
      topic: 'legal-vote',
    });
    expect(announceLegalVote(event(frames.problemRecorded))?.key).toBe('problemRecorded');
    expect(announceLegalVote(event(frames.ballotCast))).toBeNull();
    expect(announceLegalVote(event(frames.ballotIssued))).toBeNull();
  });

  it('onlyModeratorsAreToldAboutTheStoredFiles', () => {
    const ended = run(alice, event(frames.started), event(frames.ended));
    const moderator = { ...alice, self: { ...alice.self, role: 'moderator', moderator: true } } as const;
    expect(announceLegalVote(event(frames.reportsReady), ended, moderator)).toEqual({
      key: 'filesReady',
      params: { title: 'Budget 2027' },
    });
    expect(announceLegalVote(event(frames.reportsFailed), ended, moderator)).toEqual({
      key: 'filesFailed',
      params: { title: 'Budget 2027', reason: 'other', protocolStored: false },
      notice: true,
    });
    const reportRefused = event({ ...frames.reportsFailed, reason: 'storageFull', protocolAssetId: 'asset-p' });
    expect(announceLegalVote(reportRefused, ended, moderator)).toEqual({
      key: 'filesFailed',
      params: { title: 'Budget 2027', reason: 'storageFull', protocolStored: true },
      notice: true,
    });
    expect(announceLegalVote(event(frames.reportsReady), ended, sam)).toBeNull();
  });

  it('refusalsAreNoticesThatNameTheLimitOrThePerson', () => {
    expect(announceLegalVote(error({ error: 'invalidTitle', maxLength: 200 }))).toEqual({
      key: 'titleInvalid',
      params: { maxLength: 200 },
      notice: true,
    });
    const ineligible = error({
      error: 'ineligibleParticipant',
      participant: 'gus-participant-000003',
      reason: 'notRegistered',
    });
    expect(announceLegalVote(ineligible, undefined, alice)).toEqual({
      key: 'participantIneligible',
      params: { name: 'gus', reason: 'notRegistered' },
      notice: true,
    });
    expect(announceLegalVote(error({ error: 'voteEnded', voteId: 'vote-0001' }))?.key).toBe('voteGone');
    expect(announceLegalVote(error({ error: 'ballotAfterEnd', voteId: 'vote-0001' }))).toEqual({
      key: 'ballotAfterEnd',
      params: {},
      notice: true,
    });
    expect(announceLegalVote(error({ error: 'forbidden', required: 'moderator' }))?.key).toBe('notAllowed');
  });
});

describe('commands and checks', () => {
  const draft = {
    title: 'Budget 2027',
    subtitle: ' ',
    topic: '',
    kind: 'rollCall',
    abstain: false,
    eligible: [SAM],
    closeWhenAllVoted: true,
  } as const;

  it('startLeavesBlankTextsOutAndAddsTheDurationOnlyWhenSet', () => {
    expect(startVote(draft)).toEqual({
      action: 'start',
      title: 'Budget 2027',
      kind: 'rollCall',
      options: { abstain: false },
      eligible: [SAM],
      closeWhenAllVoted: true,
    });
    expect(startVote({ ...draft, subtitle: 'Second reading', durationSeconds: 120 })).toMatchObject({
      subtitle: 'Second reading',
      durationSeconds: 120,
    });
    expect(legalVoteProtocol.commands.start.safeParse(startVote(draft)).success).toBe(true);
  });

  it('ballotsCarryTheTokenOnlyWhenThereIsOne', () => {
    expect(castBallot('vote-0001', 'no', null)).toEqual({ action: 'castBallot', voteId: 'vote-0001', choice: 'no' });
    expect(castBallot('vote-0001', 'yes', TOKEN)).toEqual({
      action: 'castBallot',
      voteId: 'vote-0001',
      choice: 'yes',
      token: TOKEN,
    });
    expect(stopVote('vote-0001')).toEqual({ action: 'stop', voteId: 'vote-0001' });
    expect(cancelVote('vote-0001', 'Wrong list')).toEqual({
      action: 'cancel',
      voteId: 'vote-0001',
      reason: 'Wrong list',
    });
    expect(reportProblem('vote-0001', 'audio', ' ')).toEqual({
      action: 'reportProblem',
      voteId: 'vote-0001',
      kind: 'audio',
    });
    expect(reportProblem('vote-0001', 'other', 'Frozen')).toMatchObject({ text: 'Frozen' });
  });

  it('theDurationIsWholeMinutesWithinTheServersLimitsNeverCutShort', () => {
    expect(durationFromMinutes(' ')).toBeUndefined();
    expect(durationFromMinutes(' 5 ')).toBe(300);
    expect(durationFromMinutes('1440')).toBe(86_400);
    for (const refused of ['1,5', '1.5', '0', '1441', '-1', '2 min', '1e2'])
      expect(durationFromMinutes(refused)).toBeNull();
  });

  it('theFormChecksTheServersLimitsInItsOrder', () => {
    expect(voteDraftProblem(draft)).toBeNull();
    expect(voteDraftProblem({ ...draft, title: ' ' })).toEqual({ error: 'titleMissing' });
    expect(voteDraftProblem({ ...draft, title: 'x'.repeat(201) })).toEqual({ error: 'invalidTitle', maxLength: 200 });
    expect(voteDraftProblem({ ...draft, subtitle: 'x'.repeat(301) })).toEqual({
      error: 'invalidSubtitle',
      maxLength: 300,
    });
    expect(voteDraftProblem({ ...draft, topic: 'x'.repeat(2001) })).toEqual({ error: 'invalidTopic', maxLength: 2000 });
    expect(voteDraftProblem({ ...draft, durationSeconds: 5 })).toMatchObject({ error: 'invalidDuration' });
    expect(voteDraftProblem({ ...draft, eligible: [] })).toEqual({ error: 'noEligibleVoters' });
    expect(cancelReasonProblem(' ')).toEqual({ error: 'missing' });
    expect(cancelReasonProblem('x'.repeat(501))).toEqual({ error: 'tooLong', maxLength: 500 });
    expect(cancelReasonProblem('Wrong list')).toBeNull();
  });

  it('whoIsOneAccountComesWithTheJoinStateAndIsReplacedByEachUpdate', () => {
    const join = legalVoteProtocol.joinState.parse({
      running: null,
      last: null,
      lastFiles: null,
      sameAccount: [[ALICE, SAM]],
      serverNow: ARRIVED,
    });
    const state = legalVoteClient.init(join, sam);
    expect(state?.sameAccount).toEqual([[ALICE, SAM]]);
    if (!state) throw new Error('off');
    const update = event({ ns: 'legal-vote', event: 'sameAccount', groups: [] });
    expect(legalVoteReducer(state, update, sam).sameAccount).toEqual([]);
    expect(announceLegalVote(update, state, sam)).toBeNull();
  });

  it('eachAccountIsListedOnceByItsFirstDevice', () => {
    const bobsLaptop = person('bob-laptop-0000000001', 'browser');
    const bobsPhone = person('bob-phone-00000000002', 'browser');
    const people = [...roster, bobsLaptop, bobsPhone];
    const once = onePerAccount(people, [[bobsLaptop.id, bobsPhone.id] as ParticipantId[]]);
    expect(once.map((p) => p.id)).toEqual([...roster.map((p) => p.id), bobsLaptop.id]);
    // Without groups, nobody is left out.
    expect(onePerAccount(people, [])).toEqual(people);
  });

  it('onlyRegisteredPeopleAtAScreenCanBeEligible', () => {
    expect(roster.map(voterEligibility)).toEqual(['eligible', 'eligible', 'notRegistered', 'notABrowser']);
    expect(voterEligibility({ kind: 'recorder', registered: false })).toBe('notABrowser');
    expect(voterEligibility({ kind: 'roomSystem', registered: true })).toBe('eligible');
    // A guest promoted to moderator still has no account: the server would refuse them.
    expect(voterEligibility(person('gwen-participant-0005', 'browser', 'moderator', false))).toBe('notRegistered');
  });

  it('theReceiptFileHoldsWhatVerifyVoteReadsAndNotTheChoice', () => {
    const text = receiptJson(receipt);
    expect(JSON.parse(text)).toEqual(receipt);
    expect(text).not.toContain('yes');
    const rollCall = { voteId: 'vote-0002', subject: 'legal-vote:vote-0002', entryHash: HASH };
    expect(JSON.parse(receiptJson(rollCall))).toEqual(rollCall);
    expect(receiptFileName(receipt)).toBe('vote-receipt-vote-0001.json');
  });
});
