import type { ModuleContext } from '@plenum/client-kit';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { lobbyProtocol } from '../protocol.js';
import { announceLobby } from './lobbyAnnouncements.js';
import { lobbyClient } from './lobbyClient.js';
import { canSendBack, initLobby, type LobbyState, lobbyReducer } from './lobbyReducer.js';

/** Golden waiting people as the server sends them. */
const dora = {
  participantId: 'dora-participant-00004',
  displayName: 'Dora',
  role: 'guest',
  kind: 'browser',
  since: 5000,
  sentBack: false,
} as const;
const emil = {
  participantId: 'emil-participant-00005',
  displayName: 'Emil',
  role: 'participant',
  kind: 'browser',
  since: 4000,
  sentBack: true,
} as const;

const SAM = 'sam-participant-000001' as ParticipantId;
const moderator: ModuleContext = {
  self: { participantId: SAM, role: 'moderator', owner: false, moderator: true },
  participants: [],
};
const participant: ModuleContext = {
  self: { participantId: SAM, role: 'participant', owner: false, moderator: false },
  participants: [],
};

/** Parses a wire event (without `ns`) with the protocol's schema, as the client kit does. */
function event(frame: { event: string } & Record<string, unknown>) {
  const { event: name, ...fields } = frame;
  const schema = lobbyProtocol.events[name as keyof typeof lobbyProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as Parameters<typeof lobbyReducer>[1];
}

function init(joinState: unknown): LobbyState | null {
  const parsed = lobbyProtocol.joinState.parse(joinState);
  return lobbyClient.init(parsed, moderator);
}

const asModerator = init({ policy: 'guests', guestLinksWait: false, waiting: [dora, emil] });
if (!asModerator) throw new Error('fixture does not initialise');
const reduce = (state: LobbyState, input: Parameters<typeof lobbyReducer>[1], context = moderator) =>
  lobbyReducer(state, input, context);
const say = (input: Parameters<typeof announceLobby>[0], context = moderator) =>
  announceLobby(input, asModerator, context);

describe('lobbyReducer', () => {
  it('joinedTakesThePolicyAndTheWaitingListInArrivalOrder', () => {
    expect(asModerator.policy).toBe('guests');
    expect(asModerator.waiting?.map((p) => p.displayName)).toEqual(['Emil', 'Dora']);
  });

  it('participantsSeeThePolicyButNoWaitingListAndNoJoinStateMeansOff', () => {
    expect(init({ policy: 'everyone', guestLinksWait: false })).toEqual({
      policy: 'everyone',
      guestLinksWait: false,
      waiting: null,
    });
    expect(initLobby(undefined)).toBeNull();
  });

  it('waitingStartedAppendsAndWaitingEndedRemoves', () => {
    const state = init({ policy: 'everyone', guestLinksWait: false, waiting: [] });
    if (!state) throw new Error('off');
    const one = reduce(state, event({ event: 'waitingStarted', person: dora }));
    expect(one.waiting?.map((p) => p.participantId)).toEqual([dora.participantId]);
    const again = reduce(one, event({ event: 'waitingStarted', person: dora }));
    expect(again.waiting).toHaveLength(1);
    const ended = event({ event: 'waitingEnded', participantId: dora.participantId, reason: 'admitted' });
    const none = reduce(again, ended);
    expect(none.waiting).toEqual([]);
    expect(reduce(none, ended)).toBe(none);
  });

  it('aNewModeratorGetsTheListAndALostModeratorForgetsIt', () => {
    const plain = init({ policy: 'guests', guestLinksWait: false });
    if (!plain) throw new Error('off');
    const promoted = reduce(plain, event({ event: 'waitingList', waiting: [dora] }));
    expect(promoted.waiting?.map((p) => p.displayName)).toEqual(['Dora']);
    const lost = { type: 'selfChanged', previous: moderator.self } as const;
    const demoted = reduce(promoted, lost, participant);
    expect(demoted).toEqual({ policy: 'guests', guestLinksWait: false, waiting: null });
    expect(reduce(demoted, lost, participant)).toBe(demoted);
    expect(reduce(promoted, { type: 'selfChanged', previous: participant.self })).toBe(promoted);
  });

  it('waitingRoomChangedSetsThePolicy', () => {
    const off = reduce(asModerator, event({ event: 'waitingRoomChanged', policy: 'off' }));
    expect(off.policy).toBe('off');
    expect(reduce(off, event({ event: 'waitingRoomChanged', policy: 'off' }))).toBe(off);
  });

  it('knowsWhetherGuestsWithALinkWaitWhateverThePolicy', () => {
    expect(init({ policy: 'off', guestLinksWait: true })?.guestLinksWait).toBe(true);
    const changed = reduce(asModerator, event({ event: 'guestLinksWaitChanged', guestLinksWait: true }));
    expect(changed).toEqual({ ...asModerator, guestLinksWait: true });
    expect(reduce(changed, event({ event: 'guestLinksWaitChanged', guestLinksWait: true }))).toBe(changed);
    expect(reduce(changed, event({ event: 'moderatorPresence', present: false }))).toBe(changed);
  });

  it('errorsAndRosterChangesLeaveTheStateAlone', () => {
    const error = { type: 'error', error: { error: 'notWaiting', participantId: dora.participantId } } as Parameters<
      typeof lobbyReducer
    >[1];
    expect(reduce(asModerator, error)).toBe(asModerator);
  });
});

describe('announceLobby', () => {
  it('chimesAndNamesSomeoneWhoStartsWaiting', () => {
    expect(say(event({ event: 'waitingStarted', person: dora }))).toEqual({
      key: 'waitingStarted',
      params: { name: 'Dora' },
      sound: true,
    });
    expect(say(event({ event: 'waitingRoomChanged', policy: 'off' }))).toBeNull();
  });

  it('showsANoticeWhileNoModeratorIsLeftAndEndsItWhenOneIsBack', () => {
    expect(say(event({ event: 'moderatorPresence', present: false }), participant)).toEqual({
      key: 'noModerator',
      params: {},
      notice: true,
      topic: 'moderators',
    });
    const back = say(event({ event: 'moderatorPresence', present: true }), participant);
    expect(back).toEqual({ key: 'moderatorBack', params: {}, topic: 'moderators' });
    expect(back?.notice).toBeUndefined();
    // The moderator who came is not told that they are there.
    expect(say(event({ event: 'moderatorPresence', present: true }), moderator)).toBeNull();
    expect(say(event({ event: 'guestLinksWaitChanged', guestLinksWait: true }))).toBeNull();
  });

  it('showsRefusedCommandsAsNoticesButNotARaceLost', () => {
    const error = (e: Record<string, unknown>) =>
      ({ type: 'error', error: e, id: 'c1' }) as Parameters<typeof announceLobby>[0];
    expect(say(error({ error: 'roomFull', maxParticipants: 3 }))).toEqual({
      key: 'admitRoomFull',
      params: { maxParticipants: 3 },
      notice: true,
    });
    expect(say(error({ error: 'forbidden', required: 'moderator' }))?.key).toBe('actionFailed');
    expect(say(error({ error: 'notWaiting', participantId: dora.participantId }))).toBeNull();
  });
});

describe('canSendBack', () => {
  it('everyoneButModeratorsAndTheRecorder', () => {
    expect(canSendBack({ role: 'participant', kind: 'browser' })).toBe(true);
    expect(canSendBack({ role: 'guest', kind: 'phone' })).toBe(true);
    expect(canSendBack({ role: 'moderator', kind: 'browser' })).toBe(false);
    expect(canSendBack({ role: 'participant', kind: 'recorder' })).toBe(false);
  });
});
