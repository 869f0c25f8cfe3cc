import { clockFrom, type Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionReceipts } from '../client/keptReceipts.js';
import { legalVoteClientWith } from '../client/legalVoteClient.js';
import {
  ALICE,
  ended,
  HASH,
  none,
  receipt,
  SAM,
  TOKEN,
  voteInfo,
  voteResult,
} from '../client/legalVoteFixtures.test-support.js';
import type { LegalVoteState, RunningVote } from '../client/legalVoteReducer.js';
import { legalVoteProtocol } from '../protocol.js';
import { BallotConfirm, BallotDialog } from './BallotDialog.js';
import { legalVoteMessages } from './legalVoteMessages.js';
import { legalVoteUi } from './legalVoteUi.js';
import { VoteReceiptView } from './VoteReceiptView.js';

const self = (participantId: ParticipantId, moderator: boolean): Self => ({
  participantId,
  role: moderator ? 'moderator' : 'participant',
  owner: false,
  moderator,
});
const sam = self(SAM, false);
const alice = self(ALICE, true);
const person = (
  id: string,
  displayName: string,
  kind: ParticipantInfo['kind'],
  role: ParticipantInfo['role'],
  registered = role !== 'guest',
): ParticipantInfo =>
  participantInfo(id, displayName, {
    role,
    kind,
    registered,
    permissions: { microphone: true, screen: role === 'moderator' },
  });
/** Alice (moderator) and Sam can vote; Gus is a guest, Phil calls in. */
const roster = [
  person(ALICE, 'Alice', 'browser', 'moderator'),
  person(SAM, 'Sam <b>', 'browser', 'participant'),
  person('gus-participant-000003', 'Gus', 'browser', 'guest'),
  person('phil-participant-00004', 'Phil', 'phone', 'participant'),
];
const en = legalVoteMessages.en;

const vote = voteInfo({
  title: 'Budget <i>2027</i>',
  subtitle: 'Second reading',
  topic: 'Adopt the budget as drafted.',
  kind: 'rollCall',
});
const notVoted = { eligible: true, choice: null, token: null, receipt: null } as const;
/** The head of vote 1's record as its result names it. */
const record = { seq: 4, hash: 'b'.repeat(64), signature: { alg: 'Ed25519', publicKey: 'k', value: 'v' } } as const;
const running = (over: Partial<RunningVote> = {}): LegalVoteState => ({
  ...none,
  running: { vote, count: 0, ballots: [], mine: notVoted, problems: [], ...over },
});

const props = (state: LegalVoteState, me: Self) => slotProps(state, me, en, { participants: roster });
const render = (node: ReactNode) => renderToStaticMarkup(<div>{node}</div>);
const panel = (state: LegalVoteState, me: Self) =>
  render(legalVoteUi.panel?.({ ...props(state, me).props, headingId: 'h', onClose: () => undefined }));
/** The accessible name of every button in `html`, in order: its `aria-label`, else its text. */
const buttons = (html: string) =>
  [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map(
    ([, attributes = '', content = '']) =>
      /aria-label="([^"]+)"/.exec(attributes)?.[1] ?? content.replace(/<[^>]+>/g, ''),
  );

describe('legalVoteUi', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('theToolbarButtonShowsAVoteWaitingForMyBallot', () => {
    expect(legalVoteUi.toolbar?.(props(running(), sam).props)).toMatchObject({ label: 'Formal vote', badge: 1 });
    const voted = running({ mine: { ...notVoted, choice: 'yes' } });
    expect(legalVoteUi.toolbar?.(props(voted, sam).props)).toMatchObject({ badge: 0 });
    const notMine = running({ mine: { ...notVoted, eligible: false } });
    expect(legalVoteUi.toolbar?.(props(notMine, sam).props)).toMatchObject({ badge: 0 });
  });

  it('aVoteWaitingForMyBallotShowsANoticeWithAButtonThatOpensThePanel', () => {
    expect(legalVoteUi.toolbar?.(props(running(), sam).props)?.notice).toEqual({
      text: 'Formal vote running: Budget <i>2027</i>. Your vote is awaited.',
      open: 'Open the vote',
    });
    const voted = running({ mine: { ...notVoted, choice: 'yes' } });
    expect(legalVoteUi.toolbar?.(props(voted, sam).props)?.notice).toBeUndefined();
    expect(legalVoteUi.toolbar?.(props(none, sam).props)?.notice).toBeUndefined();
  });

  it('theChairSeesTheReportedProblemsInThePanel', () => {
    const at = new Date(2026, 0, 1, 10, 2).getTime();
    const problems = [
      { participant: SAM, name: 'Sam <b>', kind: 'audio', text: 'No sound', at },
      { participant: SAM, name: 'Sam <b>', kind: 'other', text: null, at },
    ] as const;
    const html = panel(running({ problems }), alice);
    expect(html).toMatch(
      /<section class="vote-problems" aria-labelledby="([^"]+)"><h4 id="\1">Reported problems<\/h4>/,
    );
    expect(html).toContain('<li>10:02 Sam &lt;b&gt;: Audio – No sound</li>');
    expect(html).toContain('<li>10:02 Sam &lt;b&gt;: Something else</li>');
    expect(panel(running(), alice)).not.toContain('Reported problems');
  });

  it('germanCallsTheOtherProblemKindSonstigesInTheListAndTheAlertAsInThePdf', () => {
    const at = new Date(2026, 0, 1, 10, 2).getTime();
    const problems = [{ participant: SAM, name: 'Sam', kind: 'other', text: null, at }] as const;
    const de = slotProps(running({ problems }), alice, legalVoteMessages.de, { participants: roster }).props;
    const html = render(legalVoteUi.panel?.({ ...de, headingId: 'h', onClose: () => undefined }));
    expect(html).toContain('<li>10:02 Uhr Sam: Sonstiges</li>');
    expect(legalVoteMessages.de.announce.problemReported({ name: 'Sam', kind: 'other', text: '' })).toBe(
      'Sam meldet ein technisches Problem (Sonstiges).',
    );
  });

  it('withoutAVoteParticipantsReadALineAndModeratorsGetTheStartForm', () => {
    const html = panel(none, sam);
    expect(html).toContain('<h2 id="h" tabindex="-1">Formal vote</h2>');
    expect(html).toContain('No formal vote is running.');
    expect(html).not.toContain('<form');
    const form = panel(none, alice);
    expect(form).toContain('aria-label="Start a formal vote"');
    for (const label of ['Title', 'Subtitle (optional)', 'Motion or topic (optional)', 'Voters may abstain'])
      expect(form).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, '\\$&')}</label>`));
    expect(form).toContain('<legend>Kind of vote</legend>');
    expect(form).toContain('Pseudonymous: Each voter gets a secret token.');
    expect(form).toContain('>Start vote</button>');
  });

  it('theStartFormDoesNotOfferAGuestPromotedToModerator', () => {
    const promoted = person('gwen-participant-0005', 'Gwen', 'browser', 'moderator', false);
    const { props: p } = slotProps(none, alice, en, { participants: [...roster, promoted] });
    const form = render(legalVoteUi.panel?.({ ...p, headingId: 'h', onClose: () => undefined }));
    expect(form).not.toContain('voter-gwen');
    expect(form).toContain('<li>Gwen (guest: not signed in)</li>');
  });

  it('theStartFormOffersOnlySignedInPeopleAtAScreenAndSaysWhyOthersCannotVote', () => {
    const form = panel(none, alice);
    expect(form).toContain('<legend>Eligible to vote</legend>');
    // Alice and Sam are chosen to begin with; names stay text.
    expect(form.match(/<input id="[^"]*voter-[^"]*" type="checkbox" checked=""/g)).toHaveLength(2);
    expect(form).toContain('>Sam &lt;b&gt;</label>');
    expect(form).not.toMatch(/voter-gus|voter-phil/);
    expect(form).toContain('<li>Gus (guest: not signed in)</li>');
    expect(form).toContain('<li>Phil (phone or recorder: cannot see a ballot)</li>');
    expect(form).toMatch(/<label for="[^"]+">End as soon as everyone has voted<\/label>/);
    expect(form).toMatch(/<label for="[^"]+">Ends by itself after \(minutes, optional\)<\/label>/);
  });

  it('theStartFormListsAPersonOnTwoDevicesOnce', () => {
    const samsPhone = person('sam-phone-00000000002', 'Sam <b>', 'browser', 'participant');
    const state = { ...none, sameAccount: [[SAM, samsPhone.id]] };
    const { props: p } = slotProps(state, alice, en, { participants: [...roster, samsPhone] });
    const form = render(legalVoteUi.panel?.({ ...p, headingId: 'h', onClose: () => undefined }));
    expect(form.match(/>Sam &lt;b&gt;<\/label>/g)).toHaveLength(1);
    expect(form).toContain(`voter-${SAM}`);
    expect(form).not.toContain(`voter-${samsPhone.id}`);
  });

  it('aVoterSeesTheVoteTurnoutAndAVoteButtonThatOpensADialog', () => {
    const html = panel(running({ count: 1 }), sam);
    expect(html).toContain('Budget &lt;i&gt;2027&lt;/i&gt;</h3>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('Second reading');
    expect(html).toContain('Roll call: Names and choices are published when the vote ends.');
    expect(html).toContain('1 of 2 has voted');
    expect(html).toContain('Ends as soon as everyone has voted.');
    expect(html).toContain('You are eligible to vote.');
    expect(html).toContain('aria-haspopup="dialog">Vote</button>');
    expect(html).toContain('aria-expanded="false">Report a technical problem</button>');
    // No dialog until asked for; no stop or cancel for a participant.
    expect(html).not.toContain('<dialog');
    expect(buttons(html)).toEqual(['Close formal vote', 'Vote', 'Report a technical problem']);
  });

  it('aVoteThatEndsByItselfSaysWhenAndHowLongIsLeft', () => {
    vi.useFakeTimers();
    const startedAt = Date.UTC(2026, 10, 26, 12, 0, 0);
    const clock = clockFrom(startedAt, { receivedAt: startedAt });
    vi.setSystemTime(startedAt + 48_000);
    const timed = { ...vote, startedAt, endsAt: startedAt + 300_000 };
    const html = panel(
      { ...running(), running: { vote: timed, count: 0, ballots: [], mine: notVoted, problems: [] }, clock },
      sam,
    );
    const end = new Date(startedAt + 300_000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    expect(html).toContain(`Ends at ${end} (4:12 left)`);
  });

  it('afterVotingTheChoiceAndTheReceiptAreShownAndThereIsNoSecondBallot', () => {
    const html = panel(running({ count: 1, mine: { eligible: true, choice: 'no', token: TOKEN, receipt } }), sam);
    expect(html).toContain('>Your vote: No</p>');
    expect(html).not.toContain('>Vote</button>');
    expect(html).toMatch(
      /<section class="vote-receipt" aria-labelledby="([^"]+)"><h3 id="\1" tabindex="-1" class="vote-receipt__heading" data-receipt-control="heading">Your receipt: Budget &lt;i&gt;2027&lt;\/i&gt;<\/h3>/,
    );
    expect(html).toContain(`<dt>Entry hash</dt><dd><code>${HASH}</code></dd>`);
    expect(html).toContain(`<dt>Token</dt><dd><code>${TOKEN}</code></dd>`);
    expect(html).toContain('<dt>Vote ID</dt><dd><code>vote-0001</code></dd>');
    expect(buttons(html)).toEqual([
      'Close formal vote',
      'Copy receipt',
      'Download receipt (JSON)',
      'Report a technical problem',
    ]);
    expect(html).toContain('role="status"');
  });

  it('someoneNotEligibleCanNeitherVoteNorReport', () => {
    const html = panel(running({ mine: { ...notVoted, eligible: false } }), sam);
    expect(html).toContain('You are not eligible in this vote.');
    expect(buttons(html)).toEqual(['Close formal vote']);
  });

  it('aLiveRollCallShowsCountsAndEachBallotInWords', () => {
    const live = {
      vote: { ...vote, kind: 'liveRollCall' as const },
      count: 2,
      ballots: [
        { name: 'Sam', choice: 'no' as const },
        { name: 'Alice', choice: 'yes' as const },
      ],
      mine: notVoted,
      problems: [],
    };
    const html = panel({ ...none, running: live }, sam);
    expect(html).toContain(
      '<ul class="vote-counts" aria-label="Live results"><li>Yes: 1</li><li>No: 1</li><li>Abstain: 0</li></ul>',
    );
    expect(html).toContain('<caption>Ballots</caption>');
    expect(html).toContain('<th scope="col">Voter</th><th scope="col">Choice</th>');
    expect(html).toContain('<tr><td>Sam</td><td>No</td></tr>');
    // A roll call that is not live shows neither while it runs.
    expect(panel(running({ count: 2 }), sam)).not.toContain('vote-counts');
  });

  it('theInitiatorStopsModeratorsCancelWithAReason', () => {
    const mine = panel(running({ mine: { ...notVoted, eligible: false } }), alice);
    expect(buttons(mine)).toEqual(['Close formal vote', 'Stop vote', 'Cancel vote']);
    expect(mine).toContain('aria-expanded="false">Cancel vote</button>');
    const bob = self('bob-participant-000005' as ParticipantId, true);
    const other = panel(running({ mine: { ...notVoted, eligible: false } }), bob);
    expect(buttons(other)).toEqual(['Close formal vote', 'Cancel vote']);
    // Once the initiator has left, any moderator may stop it.
    const { props: p } = slotProps(running({ mine: { ...notVoted, eligible: false } }), bob, en, {
      participants: roster.filter((x) => x.id !== ALICE),
    });
    const left = render(legalVoteUi.panel?.({ ...p, headingId: 'h', onClose: () => undefined }));
    expect(buttons(left)).toEqual(['Close formal vote', 'Stop vote', 'Cancel vote']);
  });

  it('theResultSaysWhyItEndedTheCountsTheBallotsAndKeepsTheOwnReceipt', () => {
    const result = voteResult({ title: 'Budget', record });
    const mine = { eligible: true, choice: 'yes', token: TOKEN, receipt } as const;
    const files = { state: 'ready', protocolAssetId: 'asset-p', reportAssetId: 'asset-r' } as const;
    const html = panel(ended({ result, mine, files }), sam);
    expect(html).toContain('Result: Budget</h3>');
    expect(html).toContain('The vote was stopped.');
    expect(html).not.toContain('Reason:');
    expect(html).toContain('<li>Yes: 1</li><li>No: 0</li><li>Abstain: 0</li>');
    expect(html).toContain('1 of 2 eligible has voted');
    expect(html).toContain('<th scope="col">Token</th>');
    expect(html).toContain(`<tr><td><code>${TOKEN}</code></td><td>Yes</td></tr>`);
    expect(html).toContain(`last entry hash ${'b'.repeat(64)}`);
    expect(html).toContain('>Your vote: Yes</p>');
    expect(html).toContain('>Your receipt: Budget</h3>');
    expect(html).toContain('<a href="/v1/assets/asset-p" download="">Download the vote protocol (JSON)</a>');
    expect(html).toContain('<a href="/v1/assets/asset-r" download="">Download the report (PDF)</a>');
    const failed = panel(
      ended({ result, mine, files: { state: 'failed', reason: 'other', protocolAssetId: null } }),
      sam,
    );
    expect(failed).toContain('>The protocol and the report could not be stored. The vote and its record stand.</p>');
    expect(failed).not.toContain('/v1/assets/');
    const full = { state: 'failed', reason: 'storageFull', protocolAssetId: 'asset-p' } as const;
    const reportRefused = panel(ended({ result, mine, files: full }), sam);
    expect(reportRefused).toContain(
      '>The report could not be stored: the storage of your organisation is full. The protocol is stored. Delete files in the room&#x27;s Meetings dialog or ask your administration. The vote and its record stand.</p>',
    );
    expect(reportRefused).toContain('<a href="/v1/assets/asset-p" download="">Download the vote protocol (JSON)</a>');
    expect(reportRefused).not.toContain('Download the report');
    const joinedLater = panel(ended({ result, mine: null, files: null }), sam);
    expect(joinedLater).not.toContain('Your vote');
    expect(joinedLater).not.toContain('Your receipt');
  });

  it('theReceiptThisTabKeptShowsAgainAfterAFreshJoinStateWithoutIt', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => items.set(k, v),
    };
    const context = { self: sam, participants: roster, receivedAt: 1 };
    const join = (over: Record<string, unknown>) =>
      legalVoteProtocol.joinState.parse({
        running: null,
        last: null,
        lastFiles: null,
        sameAccount: [],
        serverNow: 1,
        ...over,
      });
    const client = legalVoteClientWith(sessionReceipts(() => storage));
    const before = client.init(
      join({ running: { vote, count: 0, ballots: [], mine: notVoted, problems: [] } }),
      context,
    );
    if (!before) throw new Error('off');
    const cast = legalVoteProtocol.events.receipt.parse({ receipt, choice: 'yes' });
    client.reduce(before, { type: 'event', event: { ...cast, event: 'receipt' } }, context);
    // The server restarted: the join state of the room's new run names the result, not this voter's standing.
    const result = voteResult({ title: 'Budget' });
    const reloaded = legalVoteClientWith(sessionReceipts(() => storage)).init(join({ last: result }), context);
    if (!reloaded) throw new Error('off');
    const html = panel(reloaded, sam);
    expect(html).toContain('>Your vote: Yes</p>');
    expect(html).toContain('>Your receipt: Budget</h3>');
    expect(html).toContain(`<code>${TOKEN}</code>`);
    expect(buttons(html)).toEqual(expect.arrayContaining(['Copy receipt', 'Download receipt (JSON)']));
    const otherTab = legalVoteClientWith(sessionReceipts(() => undefined)).init(join({ last: result }), context);
    if (!otherTab) throw new Error('off');
    expect(panel(otherTab, sam)).not.toContain('Your receipt');
  });

  it('aCancelledVoteHasNoResultOnlyItsReasonTheRecordTheFilesAndTheReceipt', () => {
    const result = voteResult({
      title: 'Budget',
      reason: 'cancelled',
      cancelReason: 'Wrong list <b>',
      tally: { yes: 0, no: 1, abstain: 0, ballots: 1, eligible: 2 },
      ballots: [{ token: TOKEN, choice: 'no' }],
      record,
    });
    const mine = { eligible: true, choice: 'no', token: TOKEN, receipt } as const;
    const files = { state: 'ready', protocolAssetId: 'asset-p', reportAssetId: 'asset-r' } as const;
    const state = ended({ result, mine, files });
    const html = panel(state, sam);
    expect(html).toMatch(
      /<section class="vote-result" aria-labelledby="([^"]+)"><h3 id="\1"[^>]*>Cancelled vote: Budget<\/h3>/,
    );
    expect(html).toContain('>Cancelled – no result</p>');
    expect(html).toContain('Reason: Wrong list &lt;b&gt;');
    for (const gone of [
      'vote-counts',
      'No: 1',
      'Nein',
      'eligible has voted',
      '<table',
      `${TOKEN}</code></td>`,
      'Your vote',
    ])
      expect(html).not.toContain(gone);
    // For audit: the record's head, the stored files and the own receipt stay.
    expect(html).toContain(`last entry hash ${'b'.repeat(64)}`);
    expect(html).toContain('<a href="/v1/assets/asset-p" download="">Download the vote protocol (JSON)</a>');
    expect(html).toContain('<a href="/v1/assets/asset-r" download="">Download the report (PDF)</a>');
    expect(html).toContain('>Your receipt: Budget</h3>');
    const de = slotProps(state, sam, legalVoteMessages.de, { participants: roster }).props;
    const german = render(legalVoteUi.panel?.({ ...de, headingId: 'h', onClose: () => undefined }));
    expect(german).toContain('>Abgebrochene Abstimmung: Budget</h3>');
    expect(german).toContain('>Abgebrochen – kein Ergebnis</p>');
    expect(german).toContain('Grund: Wrong list &lt;b&gt;');
    expect(german).not.toContain('Nein: 1');
  });

  it('anInterruptedVoteHasNoResultEitherAndSaysWhatHappened', () => {
    const result = voteResult({
      title: 'Budget',
      kind: 'rollCall',
      reason: 'interrupted',
      endedBy: null,
      tally: { yes: 1, no: 0, abstain: 0, ballots: 1, eligible: 2 },
      ballots: [{ name: 'Sam', choice: 'yes' }],
      record,
    });
    const html = panel(ended({ result, mine: null, files: null }), sam);
    expect(html).toContain('>Interrupted vote: Budget</h3>');
    expect(html).toContain('>Interrupted – no result</p>');
    expect(html).toContain('The vote was interrupted by a technical fault. Its record up to then is kept.');
    for (const gone of ['vote-counts', 'Yes: 1', '<table', 'eligible has voted']) expect(html).not.toContain(gone);
    const de = slotProps(ended({ result, mine: null, files: null }), sam, legalVoteMessages.de, {
      participants: roster,
    }).props;
    const german = render(legalVoteUi.panel?.({ ...de, headingId: 'h', onClose: () => undefined }));
    expect(german).toContain('>Unterbrochene Abstimmung: Budget</h3>');
    expect(german).toContain('>Unterbrochen – kein Ergebnis</p>');
  });

  it('eachReceiptIsNamedByItsVoteWhileAnOldResultKeepsItsOwn', () => {
    const old = voteResult({
      voteId: 'vote-0000',
      title: 'Minutes of May',
      kind: 'rollCall',
      reason: 'allVoted',
      endedBy: null,
      endedAt: 0,
      tally: { yes: 2, no: 0, abstain: 0, ballots: 2, eligible: 2 },
      ballots: [],
    });
    const oldReceipt = { voteId: 'vote-0000', subject: 'legal-vote:vote-0000', entryHash: HASH };
    const state: LegalVoteState = {
      ...running({ count: 1, mine: { eligible: true, choice: 'no', token: TOKEN, receipt } }),
      last: { result: old, mine: { eligible: true, choice: 'yes', token: null, receipt: oldReceipt }, files: null },
    };
    const names = [
      ...panel(state, sam).matchAll(
        /<section class="vote-receipt" aria-labelledby="([^"]+)"><h3 id="\1"[^>]*>([^<]+)</g,
      ),
    ].map(([, , name]) => name);
    expect(names).toEqual(['Your receipt: Budget &lt;i&gt;2027&lt;/i&gt;', 'Your receipt: Minutes of May']);
  });

  it('germanNamesTheModuleFoermlicheAbstimmungEverywhereAndTellsCancelFromItsConfirm', () => {
    const de = legalVoteMessages.de;
    expect(de.openPanel).toBe('Förmliche Abstimmung');
    expect(de.panel.heading).toBe('Förmliche Abstimmung');
    expect(de.panel.close).toBe('Förmliche Abstimmung schließen');
    const said = [
      de.announce.voteStarted({ title: 'Haushalt', eligible: true }),
      de.announce.ballotStored({}),
      de.announce.filesReady({ title: 'Haushalt' }),
    ];
    for (const text of said) {
      expect(text).toContain('im Bereich „Förmliche Abstimmung“');
      expect(text).not.toContain('„Abstimmung“');
    }
    for (const lang of [en, de]) {
      expect(lang.panel.cancelConfirm).not.toBe(lang.panel.cancelVote);
      expect(lang.panel.stopConfirm).not.toBe(lang.panel.stop);
    }
    expect(de.panel.cancelConfirm).toBe('Abbruch bestätigen');
  });

  it('theEndOfACancelledVoteIsSaidWithoutCountsButWithTheReason', () => {
    const ended = {
      title: 'Budget',
      reason: 'cancelled',
      cancelReason: 'Wrong list',
      yes: 0,
      no: 1,
      abstain: 0,
    } as const;
    expect(en.announce.voteEnded(ended)).toBe('Formal vote cancelled: Budget. No result. Reason: Wrong list');
    expect(legalVoteMessages.de.announce.voteEnded(ended)).toBe(
      'Förmliche Abstimmung abgebrochen: Budget. Kein Ergebnis. Grund: Wrong list',
    );
    expect(en.announce.voteEnded({ ...ended, cancelReason: '' })).toBe('Formal vote cancelled: Budget. No result.');
    expect(en.announce.voteEnded({ ...ended, reason: 'stopped', cancelReason: '' })).toBe(
      'Formal vote ended: Budget. Yes 0, No 1, Abstain 0.',
    );
  });

  it('theResultShowsTheAbstainCountOnlyWhenAbstainingWasOffered', () => {
    const result = voteResult({
      voteId: 'vote-0002',
      title: 'Budget',
      kind: 'rollCall',
      options: { abstain: false },
      tally: { yes: 1, no: 1, abstain: 0, ballots: 2, eligible: 2 },
      ballots: [],
    });
    const html = panel(ended({ result, mine: null, files: null }), sam);
    expect(html).toContain('<li>Yes: 1</li><li>No: 1</li></ul>');
    expect(html).not.toContain('Abstain: 0');
  });

  it('aNoticeOfFilesNotStoredSaysWhichWhyAndWhatToDo', () => {
    const { en: e, de } = { en: legalVoteMessages.en.announce, de: legalVoteMessages.de.announce };
    expect(e.filesFailed({ title: 'X', reason: 'storageFull', protocolStored: true })).toBe(
      "The report of “X” could not be stored: the storage of your organisation is full. The protocol is stored. Delete files in the room's Meetings dialog or ask your administration. The vote and its record stand.",
    );
    expect(e.filesFailed({ title: 'X', reason: 'other', protocolStored: false })).toBe(
      'The protocol and the report of “X” could not be stored. The vote and its record stand.',
    );
    expect(e.filesFailed({ title: 'X', reason: 'tooLarge', protocolStored: true })).toBe(
      'The report of “X” could not be stored: the file is larger than this installation allows. The protocol is stored. The vote and its record stand.',
    );
    expect(de.filesFailed({ title: 'X', reason: 'storageFull', protocolStored: false })).toBe(
      'Protokoll und Bericht zu „X“ konnten nicht gespeichert werden: Der Speicher Ihrer Organisation ist voll. Löschen Sie Dateien im Dialog „Besprechungen“ des Raums oder wenden Sie sich an Ihre Verwaltung. Die Abstimmung und ihr Protokoll bleiben gültig.',
    );
    expect(legalVoteMessages.de.panel.result.filesFailed('other', true)).toBe(
      'Der Bericht konnte nicht gespeichert werden. Das Protokoll ist gespeichert. Die Abstimmung und ihr Protokoll bleiben gültig.',
    );
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(legalVoteMessages)).toEqual([]);
    expect(legalVoteMessages.de.panel.turnout(7, 9)).toBe('7 von 9 haben abgestimmt');
    expect(legalVoteMessages.en.panel.turnout(7, 9)).toBe('7 of 9 have voted');
    expect(legalVoteMessages.de.panel.dialog.confirm('Ja')).toBe('Sie stimmen: Ja. Das kann nicht geändert werden.');
  });
});

describe('BallotDialog', () => {
  const noop = () => undefined;

  it('isAModalDialogNamedByItsTitleWithTheChoicesAsARadioGroupAndNoCastButton', () => {
    const html = renderToStaticMarkup(
      <BallotDialog
        vote={vote}
        choiceNames={en.panel.choices}
        messages={en.panel.dialog}
        onCast={noop}
        onCancel={noop}
      />,
    );
    const title = /<dialog class="modal ballot-dialog" aria-labelledby="([^"]+)"/.exec(html);
    expect(title).not.toBeNull();
    expect(html).toContain(
      `<h2 id="${title?.[1]}" class="modal__title ballot-dialog__title">Your ballot: Budget &lt;i&gt;`,
    );
    expect(html).toContain('<legend>Your choice</legend>');
    expect(html.match(/type="radio"/g)).toHaveLength(3);
    expect(html).not.toContain('checked');
    expect(buttons(html)).toEqual(['Close ballot', 'Continue', 'Cancel']);
    expect(html).not.toContain('Cast vote');
    const noAbstain = renderToStaticMarkup(
      <BallotDialog
        vote={{ ...vote, options: { abstain: false } }}
        choiceNames={en.panel.choices}
        messages={en.panel.dialog}
        onCast={noop}
        onCancel={noop}
      />,
    );
    expect(noAbstain.match(/type="radio"/g)).toHaveLength(2);
    expect(noAbstain).not.toContain('Abstain');
  });

  it('theConfirmStepSaysWhatIsCastAndThatItIsFinalWithBackFirst', () => {
    const html = renderToStaticMarkup(
      <BallotConfirm
        confirmId="c"
        text={en.panel.dialog.confirm('Yes')}
        messages={en.panel.dialog}
        onBack={noop}
        onCast={noop}
      />,
    );
    expect(html).toContain(
      '<p id="c" tabindex="-1" class="ballot-dialog__question">You vote: Yes. This cannot be changed.</p>',
    );
    expect(buttons(html)).toEqual(['Back', 'Cast vote']);
    expect(html).toContain('aria-describedby="c">Cast vote</button>');
  });
});

describe('VoteReceiptView', () => {
  it('aRollCallReceiptHasNoToken', () => {
    const receipt = { voteId: 'vote-0002', subject: 'legal-vote:vote-0002', entryHash: HASH };
    const html = renderToStaticMarkup(<VoteReceiptView receipt={receipt} title="Budget" messages={en.panel.receipt} />);
    expect(html).not.toContain('<dt>Token</dt>');
    expect(html).toContain('It does not show your choice.');
  });
});
