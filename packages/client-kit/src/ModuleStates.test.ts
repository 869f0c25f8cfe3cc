import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import { defineProtocol, type ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ClientModule, defineClientModule } from './ClientModule.js';
import type { ModuleContext } from './ModuleContext.js';
import { applyChange, checkRegistry, initModules, routeFrame } from './ModuleStates.js';
import { selfOf } from './Self.js';
import { createSend } from './Send.js';

/** A tiny "hands" module: who raised a hand, and whether this client may lower others'. */
const handsProtocol = defineProtocol({
  ns: 'hands',
  commands: { raise: z.object({}), lower: z.object({ participantId: z.string() }) },
  events: { raised: z.object({ participantId: z.string() }), lowered: z.object({ participantId: z.string() }) },
  errors: { forbidden: z.object({}) },
  joinState: z.object({ raised: z.array(z.string()) }),
});
type Hands = { readonly raised: readonly string[]; readonly canLower: boolean; readonly log: readonly string[] };
type HandsAnnouncements = { readonly raised: { readonly name: string }; readonly refused: Record<string, never> };

const hands = defineClientModule<typeof handsProtocol, Hands, HandsAnnouncements>({
  protocol: handsProtocol,
  init: (join, { self }) => (join ? { raised: join.raised, canLower: self.moderator, log: [] } : null),
  reduce: (state, input, { self }) => {
    switch (input.type) {
      case 'event':
        return input.event.event === 'raised'
          ? { ...state, raised: [...state.raised, input.event.participantId] }
          : { ...state, raised: state.raised.filter((id) => id !== input.event.participantId) };
      case 'error':
        return { ...state, log: [...state.log, `${input.error.error}#${input.id ?? '-'}`] };
      case 'selfChanged':
        return { ...state, canLower: self.moderator };
      case 'participantLeft':
        return { ...state, raised: state.raised.filter((id) => id !== input.participant.id) };
      case 'participantJoined':
        return state;
    }
  },
  announce: (input, _state, context) => {
    if (input.type === 'event' && input.event.event === 'raised') {
      const name = context.participants.find((p) => p.id === input.event.participantId)?.displayName ?? '';
      return { key: 'raised', params: { name }, sound: true };
    }
    return input.type === 'error' ? { key: 'refused', params: {}, notice: true } : null;
  },
});

/** A module that is on even without join state (and ignores everything). */
const always: ClientModule<ReturnType<typeof quietProtocol>, 'on'> = {
  protocol: quietProtocol(),
  init: () => 'on',
  reduce: (state) => state,
};
function quietProtocol() {
  return defineProtocol({ ns: 'quiet', commands: {}, events: {}, errors: {}, joinState: z.undefined() });
}

const registry = [hands, always];
const ALICE = 'alice-participant-0001' as ParticipantId;
const BOB = 'bob-participant-00002' as ParticipantId;
const info = (id: ParticipantId, displayName: string, role: ParticipantInfo['role']): ParticipantInfo =>
  participantInfo(id, displayName, { role, registered: role !== 'guest' });
const roster = [info(ALICE, 'Alice', 'moderator'), info(BOB, 'Bob', 'participant')];
const asAlice: ModuleContext = { self: selfOf(ALICE, roster), participants: roster };
const asBob: ModuleContext = { self: selfOf(BOB, roster), participants: roster };

describe('initModules', () => {
  it('initialisesEachModuleFromItsPartOfTheJoinState', () => {
    const states = initModules(registry, { hands: { raised: [BOB] }, media: {} }, asAlice);
    expect(states).toEqual({ hands: { raised: [BOB], canLower: true, log: [] }, quiet: 'on' });
  });

  it('aModuleWithoutOrWithInvalidJoinStateIsOff', () => {
    expect(initModules(registry, {}, asBob)).toEqual({ quiet: 'on' });
    expect(initModules(registry, { hands: { raised: 'everyone' } }, asBob)).toEqual({ quiet: 'on' });
  });
});

describe('routeFrame', () => {
  const states = initModules(registry, { hands: { raised: [] } }, asBob);

  it('reducesAnEventOfARegisteredNamespaceAndSaysWhatItAnnounces', () => {
    const routed = routeFrame(registry, states, { ns: 'hands', event: 'raised', participantId: ALICE }, asBob);
    expect(routed?.states.hands).toMatchObject({ raised: [ALICE] });
    expect(routed?.states.quiet).toBe('on');
    expect(routed?.announcements).toEqual([
      { ns: 'hands', announcement: { key: 'raised', params: { name: 'Alice' }, sound: true } },
    ]);
  });

  it('givesAnErrorWithItsCommandIdToTheModule', () => {
    const routed = routeFrame(registry, states, { ns: 'hands', id: 'c7', error: 'forbidden' }, asBob);
    expect(routed?.states.hands).toMatchObject({ log: ['forbidden#c7'] });
    expect(routed?.announcements).toEqual([
      { ns: 'hands', announcement: { key: 'refused', params: {}, notice: true } },
    ]);
  });

  it('leavesOtherNamespacesToTheCallerAndIgnoresInvalidFramesAndModulesThatAreOff', () => {
    expect(routeFrame(registry, states, { ns: 'core', event: 'participantJoined' }, asBob)).toBeNull();
    expect(routeFrame(registry, states, 'garbage', asBob)).toBeNull();
    const invalid = routeFrame(registry, states, { ns: 'hands', event: 'raised', participantId: 7 }, asBob);
    expect(invalid).toEqual({ states, announcements: [] });
    const unknown = routeFrame(registry, states, { ns: 'hands', event: 'waved' }, asBob);
    expect(unknown?.states).toBe(states);
    const off = { quiet: 'on' };
    expect(routeFrame(registry, off, { ns: 'hands', event: 'raised', participantId: ALICE }, asBob)?.states).toBe(off);
  });
});

describe('applyChange', () => {
  it('tellsEveryModuleThatIsOnAboutARoleChange', () => {
    const states = initModules(registry, { hands: { raised: [] } }, asBob);
    const promotedRoster = [roster[0] as ParticipantInfo, info(BOB, 'Bob', 'moderator')];
    const promoted = { self: selfOf(BOB, promotedRoster), participants: promotedRoster };
    const routed = applyChange(registry, states, { type: 'selfChanged', previous: asBob.self }, promoted);
    expect(routed.states.hands).toMatchObject({ canLower: true });
    expect(routed.states.quiet).toBe('on');
  });

  it('tellsThemWhoLeftAndKeepsTheSameObjectWhenNothingChanged', () => {
    const states = initModules(registry, { hands: { raised: [ALICE] } }, asBob);
    const left = applyChange(
      registry,
      states,
      { type: 'participantLeft', participant: roster[0] as ParticipantInfo, reason: 'left' },
      asBob,
    );
    expect(left.states.hands).toMatchObject({ raised: [] });
    const joined = applyChange(
      registry,
      left.states,
      { type: 'participantJoined', participant: roster[0] as ParticipantInfo },
      asBob,
    );
    expect(joined.states).toBe(left.states);
  });
});

describe('checkRegistry', () => {
  it('refusesTwoModulesWithOneNamespaceAndTheSpinesNamespaces', () => {
    expect(() => checkRegistry([hands, hands])).toThrow(/twice/);
    const core = { ...always, protocol: { ...always.protocol, ns: 'core' } };
    expect(() => checkRegistry([core])).toThrow(/reserved/);
    expect(() => checkRegistry(registry)).not.toThrow();
  });
});

describe('createSend', () => {
  it('putsTheCommandInTheEnvelopeWithAFreshId', () => {
    const frames: unknown[] = [];
    let n = 0;
    const send = createSend(
      handsProtocol,
      (frame) => frames.push(frame),
      () => `c${++n}`,
    );
    expect(send({ action: 'raise' })).toBe('c1');
    expect(send({ action: 'lower', participantId: BOB })).toBe('c2');
    expect(frames).toEqual([
      { ns: 'hands', id: 'c1', action: 'raise' },
      { ns: 'hands', id: 'c2', action: 'lower', participantId: BOB },
    ]);
  });
});

describe('selfOf', () => {
  it('takesRoleAndOwnershipFromTheRosterAndGrantsNothingUnlisted', () => {
    const owner = { ...info(ALICE, 'Alice', 'moderator'), owner: true as const };
    expect(selfOf(ALICE, [owner])).toEqual({ participantId: ALICE, role: 'moderator', owner: true, moderator: true });
    expect(selfOf(BOB, [owner])).toEqual({ participantId: BOB, role: 'participant', owner: false, moderator: false });
  });
});
