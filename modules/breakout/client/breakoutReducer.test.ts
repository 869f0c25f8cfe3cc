import {
  type AnyClientModule,
  applyChange,
  initModules,
  type ModuleContext,
  type ModuleStates,
  routeFrame,
  selfOf,
} from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { breakoutClient } from './breakoutClient.js';
import { type BreakoutState, membersOf, roomOf } from './breakoutReducer.js';
import { ALICE, BOB, CAROL, golden, roster, T0 } from './goldenFrames.test-support.js';

/** The client module driven exactly as the conference session drives it (parse, reduce, announce). */
const registry = [breakoutClient as unknown as AnyClientModule];
/** Frames arrive when this device's clock says `ARRIVED`: a minute behind the server's. */
const ARRIVED = T0 - 60_000;
const as = (id: ParticipantId): ModuleContext => ({
  self: selfOf(id, roster),
  participants: roster,
  receivedAt: ARRIVED,
});

function joined(joinState: unknown, who: ParticipantId = BOB): ModuleStates {
  return initModules(registry, { breakout: joinState }, as(who));
}
function feed(states: ModuleStates, frames: readonly unknown[], who: ParticipantId = BOB) {
  let current = states;
  const said = [];
  for (const frame of frames) {
    const routed = routeFrame(registry, current, frame, as(who));
    if (!routed) throw new Error('not routed');
    current = routed.states;
    said.push(...routed.announcements.map((a) => a.announcement));
  }
  return { state: current.breakout as BreakoutState, states: current, said };
}

describe('breakoutReducer', () => {
  it('isOffWithoutJoinStateAndIdleWithoutRooms', () => {
    expect(initModules(registry, {}, as(BOB))).toEqual({});
    expect(joined(golden.joinedWithoutRooms)).toEqual({ breakout: { session: null, lastError: null } });
  });

  it('aLateJoinerGetsRoomsWhereEveryoneIsTheMessageAndTheTime', () => {
    const state = joined(golden.joinedWhileRunning, CAROL).breakout as BreakoutState;
    expect(state.session).toEqual({
      rooms: golden.joinedWhileRunning.session.rooms,
      assignments: { [BOB]: 'r2' },
      endsAt: T0 + 600_000,
      closing: null,
      freeChoice: false,
      message: { text: 'Noch 5 Minuten', from: ALICE, sentAt: T0 + 1000 },
      clock: { offset: T0 + 2000 - ARRIVED },
    });
    expect(roomOf(state.session, CAROL)).toBeNull();
    expect(roomOf(state.session, BOB)).toEqual({ id: 'r2', number: 2, name: null });
  });

  it('startedTellsEveryoneWhereTheyAreAndAnnouncesOwnRoom', () => {
    const { state, said } = feed(joined(golden.joinedWithoutRooms), [golden.started]);
    expect(state.session?.assignments).toEqual({ [BOB]: 'r1', [CAROL]: 'r2' });
    expect(roomOf(state.session, BOB)?.name).toBe('Nord');
    expect(said).toEqual([{ key: 'started', params: { room: { number: 1, name: 'Nord' } }, sound: true }]);
    const alice = feed(joined(golden.joinedWithoutRooms, ALICE), [golden.started], ALICE);
    expect(alice.said).toEqual([{ key: 'started', params: { room: null }, sound: true }]);
  });

  it('movedUpdatesWhoIsWhereAndTheMovedPersonHearsWhereTheyAreNow', () => {
    const started = feed(joined(golden.joinedWithoutRooms), [golden.started]).states;
    const bob = feed(started, [golden.bobMovedToR2]);
    expect(bob.state.session?.assignments).toEqual({ [BOB]: 'r2', [CAROL]: 'r2' });
    expect(bob.said).toEqual([{ key: 'movedYou', params: { room: { number: 2, name: null } } }]);
    // Alice visits Room 1, which Bob just left: that is no news in Room 2.
    const visit = feed(bob.states, [golden.aliceVisitsR1]);
    expect(visit.said).toEqual([]);
    expect(membersOf(visit.state.session ?? fail(), 'r1', roster)).toEqual([ALICE]);
    const back = feed(visit.states, [golden.aliceReturns]);
    expect(back.state.session?.assignments).toEqual({ [BOB]: 'r2', [CAROL]: 'r2' });
    expect(feed(back.states, [golden.aliceReturns]).states).toBe(back.states);
  });

  it('whoComesIntoOrLeavesTheOwnRoomIsAnnouncedThere', () => {
    // Bob in Room 1, Carol in Room 2, Alice (moderator) in the main room.
    const started = (who: ParticipantId) => feed(joined(golden.joinedWithoutRooms, who), [golden.started], who).states;
    expect(feed(started(CAROL), [golden.bobMovedToR2], CAROL).said).toEqual([
      { key: 'joinedYourRoom', params: { name: 'Bob' } },
    ]);
    expect(feed(started(ALICE), [golden.bobMovedToR2], ALICE).said).toEqual([]);
    // The moderator visits Room 2: Carol hears her come and go; the main room hears her leave and come back.
    const visitsR2 = { ...golden.aliceVisitsR1, roomId: 'r2' };
    expect(feed(started(CAROL), [visitsR2, golden.aliceReturns], CAROL).said).toEqual([
      { key: 'joinedYourRoom', params: { name: 'Alice' } },
      { key: 'leftYourRoom', params: { name: 'Alice' } },
    ]);
    const inMain = feed(joined(golden.joinedWhileRunning, CAROL), [visitsR2, golden.aliceReturns], CAROL);
    expect(inMain.said).toEqual([
      { key: 'leftYourRoom', params: { name: 'Alice' } },
      { key: 'joinedYourRoom', params: { name: 'Alice' } },
    ]);
    // A move into the room one is in already is no news.
    expect(feed(started(CAROL), [{ ...golden.bobMovedToR2, roomId: 'r1' }], CAROL).said).toEqual([]);
  });

  it('aMessageIsKeptShownAndAnnouncedWithTheSendersName', () => {
    const { state, said } = feed(joined(golden.joinedWithoutRooms), [golden.started, golden.message]);
    expect(state.session?.message).toEqual({
      text: '<img src=x onerror=alert(1)>\nBitte zurückkommen',
      from: ALICE,
      sentAt: T0 + 5000,
    });
    expect(said.at(-1)).toEqual({
      key: 'message',
      params: { name: 'Alice', text: '<img src=x onerror=alert(1)>\nBitte zurückkommen' },
      sound: true,
    });
  });

  it('closingCountsDownAndClosedBringsEveryoneBack', () => {
    const { state, states, said } = feed(joined(golden.joinedWithoutRooms), [golden.started, golden.closing]);
    expect(state.session?.closing).toEqual({ endsAt: T0 + 70_000, reason: 'moderator' });
    expect(state.session?.clock).toEqual({ offset: T0 + 10_000 - ARRIVED });
    expect(said.at(-1)).toEqual({ key: 'closing', params: { seconds: 60, timeUp: false }, sound: true });
    const closed = feed(states, [golden.closed]);
    expect(closed.state).toEqual({ session: null, lastError: null });
    expect(closed.said).toEqual([{ key: 'closed', params: {} }]);
    expect(roomOf(closed.state.session, BOB)).toBeNull();
  });

  it('freeChoiceIsAnnouncedWhenItChanges', () => {
    const on = feed(joined(golden.joinedWithoutRooms), [golden.started, golden.freeChoiceOn]);
    expect(on.state.session?.freeChoice).toBe(true);
    expect(on.said.at(-1)).toEqual({ key: 'freeChoiceChanged', params: { freeChoice: true } });
    const again = feed(on.states, [golden.freeChoiceOn]);
    expect(again.said).toEqual([]);
    expect(again.states).toBe(on.states);
  });

  it('someoneWhoLeavesIsDroppedFromTheRooms', () => {
    const started = feed(joined(golden.joinedWithoutRooms), [golden.started]).states;
    const carol = roster[2] as ParticipantInfo;
    const left = applyChange(
      registry,
      started,
      { type: 'participantLeft', participant: carol, reason: 'left' },
      as(BOB),
    );
    expect((left.states.breakout as BreakoutState).session?.assignments).toEqual({ [BOB]: 'r1' });
    const again = applyChange(
      registry,
      left.states,
      { type: 'participantLeft', participant: carol, reason: 'left' },
      as(BOB),
    );
    expect(again.states).toBe(left.states);
  });

  it('eventsWithoutOpenRoomsChangeNothing', () => {
    const idle = joined(golden.joinedWithoutRooms);
    for (const frame of [golden.bobMovedToR2, golden.message, golden.closing, golden.closed, golden.freeChoiceOn]) {
      const { states, said } = feed(idle, [frame]);
      expect(states).toBe(idle);
      expect(said).toEqual([]);
    }
  });

  it('ownRefusalsAreKeptForTheFormAndShownAsNoticesWithTheLimit', () => {
    const { state, states, said } = feed(joined(golden.joinedWithoutRooms, ALICE), [golden.tooManyRooms], ALICE);
    expect(state.lastError).toEqual({ error: 'invalidRoomCount', minRooms: 1, maxRooms: 100 });
    expect(said).toEqual([{ key: 'refused', params: { code: 'invalidRoomCount', limit: 100 }, notice: true }]);
    expect(feed(states, [golden.forbidden], ALICE).said).toEqual([
      { key: 'refused', params: { code: 'forbidden', limit: 0 }, notice: true },
    ]);
    expect(feed(states, [golden.started], ALICE).state.lastError).toBeNull();
  });

  it('invalidFramesAreIgnored', () => {
    const idle = joined(golden.joinedWithoutRooms);
    expect(feed(idle, [{ ...golden.started, rooms: 'many' }]).states).toBe(idle);
    expect(feed(idle, [{ ns: 'breakout', event: 'teleported' }]).states).toBe(idle);
  });
});

function fail(): never {
  throw new Error('expected a session');
}
