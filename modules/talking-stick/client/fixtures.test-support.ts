import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { type TalkingStickProtocol, talkingStickProtocol } from '../protocol.js';

export const ALICE = 'alice-participant-0001' as ParticipantId;
export const BOB = 'bob-participant-00002' as ParticipantId;
export const CAROL = 'carol-participant-0003' as ParticipantId;
export const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
/** When frames arrive by this device's clock, which is a minute behind the server's. */
export const ARRIVED = T0 - 60_000;

const info = (id: ParticipantId, displayName: string, role: ParticipantInfo['role']): ParticipantInfo =>
  participantInfo(id, displayName, {
    role,
    registered: role !== 'guest',
    permissions: { microphone: true, screen: role === 'moderator' },
  });
export const roster = [
  info(ALICE, 'Alice', 'moderator'),
  info(BOB, 'Bob', 'participant'),
  info(CAROL, 'Carol', 'participant'),
];
export const as = (id: ParticipantId): ModuleContext => ({
  self: { participantId: id, role: id === ALICE ? 'moderator' : 'participant', owner: false, moderator: id === ALICE },
  participants: roster,
  receivedAt: ARRIVED,
});

/** Golden frames as the server sends them (see the server's scenario tests). */
export const started = {
  ns: 'talking-stick',
  event: 'started',
  by: ALICE,
  now: T0,
  list: {
    mode: 'fixed',
    speaker: BOB,
    waiting: [CAROL, ALICE],
    next: CAROL,
    spoken: [],
    secondsPerSpeaker: 60,
    turnStartedAt: T0,
    turnEndsAt: T0 + 60_000,
  },
};
export const timeUp = {
  ns: 'talking-stick',
  event: 'turnChanged',
  previous: BOB,
  reason: 'timeUp',
  now: T0 + 60_000,
  list: {
    mode: 'fixed',
    speaker: CAROL,
    waiting: [ALICE],
    next: ALICE,
    spoken: [BOB],
    secondsPerSpeaker: 60,
    turnStartedAt: T0 + 60_000,
    turnEndsAt: T0 + 120_000,
  },
};
export const ended = { ns: 'talking-stick', event: 'ended', reason: 'stopped', previous: CAROL };
export const yourTurn = { ns: 'talking-stick', event: 'yourTurn', secondsPerSpeaker: 60, turnEndsAt: T0 + 60_000 };
export const youAreNext = { ns: 'talking-stick', event: 'youAreNext' };

export type Input = ModuleInput<TalkingStickProtocol>;

/** Parses a wire frame with the protocol's schema, as the client kit does. */
export function event(frame: { ns: string; event: string } & Record<string, unknown>): Input {
  const { ns: _ns, event: name, ...fields } = frame;
  const schema = talkingStickProtocol.events[name as keyof typeof talkingStickProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as Input;
}
export function error(frame: Record<string, unknown>): Input {
  return { type: 'error', error: frame, id: 'c1' } as Input;
}

/** An `orderChanged` frame: someone was taken off the list. */
export const removed = {
  ns: 'talking-stick',
  event: 'orderChanged',
  change: 'removed',
  participantId: ALICE,
  now: T0 + 60_000,
  list: { ...timeUp.list, waiting: [], next: null },
};
