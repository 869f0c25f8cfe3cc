import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { type ReactionsProtocol, reactionsLimits, reactionsProtocol } from '../protocol.js';
import { announceReactions } from './reactionsAnnouncements.js';
import { reactionsClient } from './reactionsClient.js';
import { reactionsCommands } from './reactionsCommands.js';
import { expireReaction, type ReactionsState, reactionsReducer } from './reactionsReducer.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const DORA = 'dora-participant-00004' as ParticipantId;

const context: ModuleContext = {
  self: { participantId: SAM, role: 'participant', owner: false, moderator: false },
  participants: [participantInfo(SAM, 'Sam'), participantInfo(BOB, 'Bob'), participantInfo(DORA, 'Dora')],
};

type Input = ModuleInput<ReactionsProtocol>;

/** Parses a golden wire frame (with `ns`) with the protocol's schema, as the client kit does. */
function frame(wire: Record<string, unknown>): Input {
  const { ns, event: name, ...fields } = wire;
  expect(ns).toBe('reactions');
  const schema = reactionsProtocol.events[name as keyof typeof reactionsProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as Input;
}
const reacted = (participantId: ParticipantId, reaction: string, at: number) =>
  frame({ ns: 'reactions', event: 'reacted', participantId, reaction, at });
const switched = (enabled: boolean) => frame({ ns: 'reactions', event: 'availabilityChanged', enabled });

function init(): ReactionsState {
  const state = reactionsClient.init(reactionsProtocol.joinState.parse({ enabled: true }), context);
  if (!state) throw new Error('fixture does not initialise');
  return state;
}

/** Reduces inputs in order and collects what was announced, as the host does. */
function run(inputs: readonly Input[], from = init()) {
  let state = from;
  const said: unknown[] = [];
  for (const input of inputs) {
    const announcement = announceReactions(input, state, context);
    if (announcement) said.push(announcement);
    state = reactionsReducer(state, input, context);
  }
  return { state, said };
}

describe('reactionsReducer', () => {
  it('joinedHasNoHistory', () => {
    expect(init()).toEqual({ enabled: true, latest: {}, seq: 0, announcedAt: null, unannounced: 0 });
    expect(reactionsClient.init(undefined, context)).toBeNull();
  });

  it('keepsEachParticipantsLatestReactionAndTellsRepeatsApart', () => {
    const { state } = run([reacted(BOB, 'clap', 1000), reacted(DORA, 'heart', 1500), reacted(BOB, 'clap', 2000)]);
    expect(state.latest).toEqual({
      [BOB]: { reaction: 'clap', at: 2000, seq: 3 },
      [DORA]: { reaction: 'heart', at: 1500, seq: 2 },
    });
  });

  it('dropsReactionsOlderThanTheDisplayTime', () => {
    const { state } = run([reacted(BOB, 'clap', 1000), reacted(DORA, 'laugh', 1000 + reactionsLimits.displayMs)]);
    expect(Object.keys(state.latest)).toEqual([DORA]);
  });

  it('aLeaverTakesTheirReactionAlong', () => {
    const { state } = run([reacted(BOB, 'clap', 1000)]);
    const left = reactionsReducer(
      state,
      { type: 'participantLeft', participant: participantInfo(BOB, 'Bob'), reason: 'left' },
      context,
    );
    expect(left.latest).toEqual({});
    expect(
      reactionsReducer(
        left,
        { type: 'participantLeft', participant: participantInfo(BOB, 'Bob'), reason: 'left' },
        context,
      ),
    ).toBe(left);
  });

  it('switchingOffClearsWhatIsShown', () => {
    const { state } = run([reacted(BOB, 'clap', 1000), switched(false)]);
    expect(state).toMatchObject({ enabled: false, latest: {} });
    expect(reactionsReducer(state, switched(false), context)).toBe(state);
    expect(reactionsReducer(state, switched(true), context).enabled).toBe(true);
  });

  it('aReactionThatHasBeenShownIsForgottenUnlessANewerOneCame', () => {
    const { state } = run([reacted(BOB, 'clap', 1000), reacted(DORA, 'heart', 1500)]);
    const expired = expireReaction(state, BOB, 1);
    expect(Object.keys(expired.latest)).toEqual([DORA]);
    expect(expireReaction(expired, BOB, 1)).toBe(expired);
    expect(expireReaction(state, DORA, 1)).toBe(state);
  });

  it('errorsLeaveTheStateAlone', () => {
    const state = init();
    const error = {
      type: 'error',
      error: { error: 'slowDown', retryAfterMs: 1, maxPerWindow: 3, windowMs: 5000 },
    } as Input;
    expect(reactionsReducer(state, error, context)).toBe(state);
  });
});

describe('announceReactions', () => {
  it('readsOutOthersReactionsButNotOnesOwn', () => {
    expect(run([reacted(BOB, 'thumbsUp', 1000)]).said).toEqual([
      { key: 'reacted', params: { name: 'Bob', reaction: 'thumbsUp', more: 0 } },
    ]);
    expect(run([reacted(SAM, 'thumbsUp', 1000)]).said).toEqual([]);
  });

  it('coalescesABurstIntoOneAnnouncementAndCountsTheRestIntoTheNext', () => {
    const every = reactionsLimits.announceEveryMs;
    const burst = [
      reacted(BOB, 'clap', 1000),
      reacted(DORA, 'clap', 1100),
      reacted(SAM, 'clap', 1150),
      reacted(BOB, 'laugh', 1200),
      reacted(DORA, 'celebrate', 1000 + every),
    ];
    expect(run(burst).said).toEqual([
      { key: 'reacted', params: { name: 'Bob', reaction: 'clap', more: 0 } },
      { key: 'reacted', params: { name: 'Dora', reaction: 'celebrate', more: 2 } },
    ]);
  });

  it('showsParticipantsBrieflyWhyTheirReactionsButtonWentOrCameBackAndAnswersRefusals', () => {
    const shown = { notice: true, brief: true, topic: 'switch' };
    expect(run([switched(false), switched(false), switched(true)]).said).toEqual([
      { key: 'switchedOff', params: {}, ...shown },
      { key: 'switchedOn', params: {}, ...shown },
    ]);
    const asModerator = { ...context, self: { ...context.self, role: 'moderator' as const, moderator: true } };
    expect(announceReactions(switched(false), init(), asModerator)).toEqual({
      key: 'switchedOff',
      params: {},
      topic: 'switch',
    });
    const slow = { type: 'error', error: { error: 'slowDown', retryAfterMs: 1500, maxPerWindow: 3, windowMs: 5000 } };
    expect(announceReactions(slow as Input, init(), context)).toEqual({
      key: 'tooMany',
      params: { seconds: 2 },
      notice: true,
      countdown: true,
    });
  });

  it('aRepeatedRefusalReplacesTheCountdownInsteadOfStacking', () => {
    const slow = (retryAfterMs: number) =>
      ({ type: 'error', error: { error: 'slowDown', retryAfterMs, maxPerWindow: 3, windowMs: 5000 } }) as Input;
    const first = announceReactions(slow(4200), init(), context);
    const again = announceReactions(slow(900), init(), context);
    expect(again?.params).toEqual({ seconds: 1 });
    // A notice's topic (by default its key) decides which notice a newer one replaces.
    expect(again?.topic ?? again?.key).toBe(first?.topic ?? first?.key);
  });
});

describe('reactionsCommands', () => {
  it('buildsACommandTheProtocolAccepts', () => {
    const { action, ...fields } = reactionsCommands.react('heart');
    expect(action).toBe('react');
    expect(reactionsProtocol.commands.react.parse(fields)).toEqual({ reaction: 'heart' });
  });
});
