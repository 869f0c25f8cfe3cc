import { describe, expect, it } from 'vitest';
import { lobbyProtocol } from '../protocol.js';
import { createLobbyCommands, type LobbyCommand } from './lobbyCommands.js';
import { canSendBack, initialLobbyState, type LobbyEvent, lobbyReducer, parseLobbyJoinState } from './lobbyReducer.js';

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

/** Parses a wire event (without `ns`) with the protocol's schema, as the client does. */
function event(frame: { event: string } & Record<string, unknown>): LobbyEvent {
  const { event: name, ...fields } = frame;
  const schema = lobbyProtocol.events[name as keyof typeof lobbyProtocol.events];
  return { ...schema.parse(fields), event: name } as LobbyEvent;
}

const moderatorJoin = parseLobbyJoinState({ lobby: { policy: 'guests', waiting: [dora, emil] } });
if (!moderatorJoin) throw new Error('fixture does not parse');
const asModerator = lobbyReducer(initialLobbyState, { type: 'joined', state: moderatorJoin });

describe('lobbyReducer', () => {
  it('joinedTakesThePolicyAndTheWaitingListInArrivalOrder', () => {
    expect(asModerator.policy).toBe('guests');
    expect(asModerator.waiting?.map((p) => p.displayName)).toEqual(['Emil', 'Dora']);
  });

  it('participantsSeeThePolicyButNoWaitingList', () => {
    const state = parseLobbyJoinState({ lobby: { policy: 'everyone' } });
    expect(state && lobbyReducer(initialLobbyState, { type: 'joined', state })).toEqual({
      policy: 'everyone',
      waiting: null,
    });
    expect(parseLobbyJoinState({ media: {} })).toBeNull();
    expect(parseLobbyJoinState({ lobby: { policy: 'sometimes' } })).toBeNull();
  });

  it('waitingStartedAppendsAndWaitingEndedRemoves', () => {
    const state = lobbyReducer(initialLobbyState, { type: 'joined', state: { policy: 'everyone', waiting: [] } });
    const one = lobbyReducer(state, { type: 'event', event: event({ event: 'waitingStarted', person: dora }) });
    expect(one.waiting?.map((p) => p.participantId)).toEqual([dora.participantId]);
    const again = lobbyReducer(one, { type: 'event', event: event({ event: 'waitingStarted', person: dora }) });
    expect(again.waiting).toHaveLength(1);
    const ended = event({ event: 'waitingEnded', participantId: dora.participantId, reason: 'admitted' });
    const none = lobbyReducer(again, { type: 'event', event: ended });
    expect(none.waiting).toEqual([]);
    expect(lobbyReducer(none, { type: 'event', event: ended })).toBe(none);
  });

  it('aNewModeratorGetsTheListAndALostModeratorForgetsIt', () => {
    const participant = lobbyReducer(initialLobbyState, { type: 'joined', state: { policy: 'guests' } });
    const promoted = lobbyReducer(participant, {
      type: 'event',
      event: event({ event: 'waitingList', waiting: [dora] }),
    });
    expect(promoted.waiting?.map((p) => p.displayName)).toEqual(['Dora']);
    const demoted = lobbyReducer(promoted, { type: 'moderationLost' });
    expect(demoted).toEqual({ policy: 'guests', waiting: null });
    expect(lobbyReducer(demoted, { type: 'moderationLost' })).toBe(demoted);
  });

  it('waitingRoomChangedSetsThePolicy', () => {
    const off = lobbyReducer(asModerator, {
      type: 'event',
      event: event({ event: 'waitingRoomChanged', policy: 'off' }),
    });
    expect(off.policy).toBe('off');
    expect(lobbyReducer(off, { type: 'event', event: event({ event: 'waitingRoomChanged', policy: 'off' }) })).toBe(
      off,
    );
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

describe('createLobbyCommands', () => {
  it('wrapsEachCommandInTheLobbyEnvelope', () => {
    const sent: ({ ns: 'lobby' } & LobbyCommand)[] = [];
    const commands = createLobbyCommands((frame) => sent.push(frame));
    const id = moderatorJoin.waiting?.[0]?.participantId;
    if (!id) throw new Error('no id');
    commands.admit(id);
    commands.admitAll();
    commands.reject(id);
    commands.sendToWaitingRoom(id);
    commands.setWaitingRoom('everyone');
    expect(sent).toEqual([
      { ns: 'lobby', action: 'admit', participantId: id },
      { ns: 'lobby', action: 'admitAll' },
      { ns: 'lobby', action: 'reject', participantId: id },
      { ns: 'lobby', action: 'sendToWaitingRoom', participantId: id },
      { ns: 'lobby', action: 'setWaitingRoom', policy: 'everyone' },
    ]);
    for (const frame of sent) {
      const { ns: _ns, action, ...fields } = frame;
      expect(lobbyProtocol.commands[action].safeParse(fields).success).toBe(true);
    }
  });
});
