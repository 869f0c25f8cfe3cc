import type { ModuleContext, ModuleInput, Self } from '@plenum/client-kit';
import { parseFrame } from '@plenum/module-core/client';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { type ModerationProtocol, moderationProtocol } from '../protocol.js';
import {
  ALICE,
  BOB,
  forbiddenFrame,
  GAST,
  guestLinkClosedFrame,
  joinedModules,
  liftedFrame,
  linkGuestsFrame,
  linkNotClosedFrame,
  moderatorJoinedModules,
  mutedFrame,
  notRenamableFrame,
  restrictedFrame,
  roster,
  tooManyFrame,
} from './goldenFrames.test-support.js';
import { announceModeration } from './moderationAnnouncements.js';
import { moderationClient } from './moderationClient.js';
import { moderationCommands } from './moderationCommands.js';
import { linkOf, type ModerationState, moderationReducer, restrictsSelf } from './moderationReducer.js';
import { mayRemove, mayRename } from './participantRules.js';

const selfAs = (participantId: ParticipantId, role: Self['role'], owner = false): Self => ({
  participantId,
  role,
  owner,
  moderator: role === 'moderator',
});
const contextOf = (self: Self): ModuleContext => ({ self, participants: roster });
const asBob = contextOf(selfAs(BOB, 'participant'));
const asAlice = contextOf(selfAs(ALICE, 'moderator'));

/** A golden frame as the client kit hands it to the module: parsed with the module's schemas. */
function input(json: string): ModuleInput<ModerationProtocol> {
  const inbound = parseFrame(moderationProtocol, JSON.parse(json));
  if (!inbound) throw new Error(`golden frame does not parse: ${json}`);
  if (inbound.kind === 'event') return { type: 'event', event: inbound.event };
  return inbound.id === undefined
    ? { type: 'error', error: inbound.error }
    : { type: 'error', error: inbound.error, id: inbound.id };
}

function initial(): ModerationState {
  const state = moderationClient.init(moderationProtocol.joinState.parse(JSON.parse(joinedModules)), asBob);
  if (!state) throw new Error('off');
  return state;
}

describe('moderationReducer', () => {
  it('joinedGivesRestrictionsAndNoStateMeansOff', () => {
    expect(initial()).toEqual({ restrictions: { on: false, allowed: [] }, linkGuests: [] });
    expect(moderationClient.init(undefined, asBob)).toBeNull();
  });

  it('knowsWhichGuestsCameThroughALinkAsTheServerTellsModeratorsAndForgetsThoseWhoLeave', () => {
    const joined = moderationClient.init(
      moderationProtocol.joinState.parse(JSON.parse(moderatorJoinedModules)),
      asAlice,
    );
    if (!joined) throw new Error('off');
    expect([linkOf(joined, GAST), linkOf(joined, BOB)]).toEqual(['personal', null]);
    const updated = moderationReducer(joined, input(linkGuestsFrame));
    expect(linkOf(updated, GAST)).toBe('shared');
    const gast = roster.find((p) => p.id === GAST);
    if (!gast) throw new Error('no guest');
    const left = moderationReducer(updated, { type: 'participantLeft', participant: gast, reason: 'left' });
    expect(linkOf(left, GAST)).toBeNull();
    expect(moderationReducer(left, input(guestLinkClosedFrame))).toBe(left);
  });

  it('tellsModeratorsWhichLinkABanClosedOrThatItCouldNot', () => {
    expect(announceModeration(input(guestLinkClosedFrame), initial(), asAlice)).toEqual({
      key: 'guestLinkClosed',
      params: { label: 'Bürgerfragen' },
    });
    expect(announceModeration(input(linkNotClosedFrame), initial(), asAlice)).toEqual({
      key: 'linkNotClosed',
      params: {},
      notice: true,
    });
    expect(announceModeration(input(linkGuestsFrame), initial(), asAlice)).toBeNull();
  });

  it('roomRulesChangedIsNoLongerAModerationEvent', () => {
    const old = `{"ns":"moderation","event":"roomRulesChanged","rules":{"selfRename":false,"switchedOff":["chat"]}}`;
    expect(parseFrame(moderationProtocol, JSON.parse(old))).toBeNull();
  });

  it('restrictionsFollowTheServer', () => {
    const restricted = moderationReducer(initial(), input(restrictedFrame));
    expect(restricted.restrictions).toEqual({ on: true, allowed: [GAST] });
    expect(restrictsSelf(restricted, asBob.self)).toBe(true);
    expect(restrictsSelf(restricted, asAlice.self)).toBe(false);
    expect(restrictsSelf(restricted, contextOf(selfAs(GAST, 'guest')).self)).toBe(false);
    expect(moderationReducer(restricted, input(liftedFrame)).restrictions.on).toBe(false);
  });

  it('someoneWhoLeavesDropsOffTheAllowList', () => {
    const restricted = moderationReducer(initial(), input(restrictedFrame));
    const gast = roster[2];
    if (!gast) throw new Error('fixture');
    const left = moderationReducer(restricted, { type: 'participantLeft', participant: gast, reason: 'left' });
    expect(left.restrictions.allowed).toEqual([]);
    const bob = roster[1];
    if (!bob) throw new Error('fixture');
    expect(moderationReducer(left, { type: 'participantLeft', participant: bob, reason: 'left' })).toBe(left);
  });

  it('mutedAndErrorsLeaveTheStateAlone', () => {
    const state = initial();
    for (const frame of [mutedFrame, forbiddenFrame, tooManyFrame])
      expect(moderationReducer(state, input(frame))).toBe(state);
  });
});

describe('announceModeration', () => {
  it('tellsTheMutedPersonBrieflyWhoMutedThemOnTheMicrophoneTopic', () => {
    expect(announceModeration(input(mutedFrame), initial(), asBob)).toEqual({
      key: 'mutedBy',
      params: { name: 'Alice' },
      notice: true,
      brief: true,
      topic: 'microphone',
    });
    const gone = { ...asBob, participants: [] };
    expect(announceModeration(input(mutedFrame), initial(), gone)?.params).toEqual({ name: 'Alice' });
  });

  it('saysNothingAboutAMuteWhileRestrictionsHoldThePersonMutedAnyway', () => {
    const restricted = moderationReducer(initial(), input(restrictedFrame));
    expect(announceModeration(input(mutedFrame), restricted, asBob)).toBeNull();
    // Gast is on the allow list: muting them is news.
    const asGast = contextOf(selfAs(GAST, 'guest'));
    expect(announceModeration(input(mutedFrame), restricted, asGast)?.key).toBe('mutedBy');
  });

  it('freesSomeoneMadeModeratorFromTheRestrictionNoticeAndHoldsSomeoneDemoted', () => {
    const restricted = moderationReducer(initial(), input(restrictedFrame));
    const promoted = { type: 'selfChanged', previous: asBob.self } as const;
    const asBobModerator = contextOf(selfAs(BOB, 'moderator'));
    expect(announceModeration(promoted, restricted, asBobModerator)).toEqual({
      key: 'allowedYou',
      params: {},
      topic: 'microphone',
    });
    const demoted = { type: 'selfChanged', previous: asBobModerator.self } as const;
    expect(announceModeration(demoted, restricted, asBob)).toEqual({
      key: 'restrictedYou',
      params: {},
      notice: true,
      topic: 'microphone',
    });
    expect(announceModeration(promoted, initial(), asBobModerator)).toBeNull();
  });

  it('announcesRestrictionsOnlyToThoseTheyHoldOrFree', () => {
    const restricted = moderationReducer(initial(), input(restrictedFrame));
    expect(announceModeration(input(restrictedFrame), initial(), asBob)).toEqual({
      key: 'restrictedYou',
      params: {},
      notice: true,
      topic: 'microphone',
    });
    expect(announceModeration(input(restrictedFrame), initial(), asAlice)).toBeNull();
    expect(announceModeration(input(liftedFrame), restricted, asBob)).toEqual({
      key: 'allowedYou',
      params: {},
      topic: 'microphone',
    });
  });

  it('showsRefusedCommandsAsNotices', () => {
    expect(announceModeration(input(forbiddenFrame), initial(), asAlice)).toEqual({
      key: 'actionFailed',
      params: {},
      notice: true,
    });
    expect(announceModeration(input(tooManyFrame), initial(), asAlice)?.params).toEqual({ maxTargets: 250 });
    expect(announceModeration(input(notRenamableFrame), initial(), asAlice)?.params).toEqual({ name: 'Bob' });
  });
});

describe('moderationCommands', () => {
  it('buildCommandsThatTheProtocolAccepts', () => {
    const commands = [
      moderationCommands.mute([BOB]),
      moderationCommands.muteAll(),
      moderationCommands.restrictMicrophones([GAST]),
      moderationCommands.allowMicrophone(BOB, true),
      moderationCommands.liftMicrophoneRestrictions(),
      moderationCommands.setScreenShare(BOB, 'byRole'),
      moderationCommands.kick(BOB),
      moderationCommands.ban(BOB),
      moderationCommands.ban(GAST, true),
      moderationCommands.rename(GAST, 'Frau Meier'),
      moderationCommands.setSelfRename(false),
      moderationCommands.debrief('guests'),
      moderationCommands.endMeeting(),
      moderationCommands.setFeature('chat', false),
    ];
    for (const { action, ...fields } of commands)
      expect(moderationProtocol.commands[action].safeParse(fields).success).toBe(true);
    expect(commands.map((c) => c.action)).toEqual(
      Object.keys(moderationProtocol.commands).flatMap((a) => (a === 'ban' ? [a, a] : [a])),
    );
    expect([moderationCommands.ban(BOB), moderationCommands.ban(GAST, true)]).toEqual([
      { action: 'ban', participantId: BOB },
      { action: 'ban', participantId: GAST, closeLink: true },
    ]);
  });
});

describe('participant rules', () => {
  it('offersOnlyWhatTheServerAllows', () => {
    const [alice, bob, gast] = roster;
    if (!alice || !bob || !gast) throw new Error('fixture');
    const owner = selfAs('olga-participant-00009' as ParticipantId, 'moderator', true);
    expect(mayRemove(asAlice.self, bob)).toBe(true);
    expect(mayRemove(asAlice.self, alice)).toBe(false);
    expect(mayRemove(selfAs(GAST, 'moderator'), alice)).toBe(false);
    expect(mayRemove(owner, alice)).toBe(true);
    expect(mayRemove(owner, { ...alice, owner: true })).toBe(false);
    expect(mayRemove(asBob.self, gast)).toBe(false);
    expect(mayRename(asAlice.self, gast)).toBe(true);
    expect(mayRename(asAlice.self, bob)).toBe(false);
    expect(mayRename(asAlice.self, { ...bob, kind: 'phone' })).toBe(true);
  });
});
