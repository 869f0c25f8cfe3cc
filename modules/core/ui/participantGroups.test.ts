import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { aliceInfo, bobInfo, carolInfo } from '../client/fixtures.test-support.js';
import type { ParticipantInfo } from '../protocol.js';
import { byRoom, inOwnGroup, ownGroup } from './participantGroups.js';

const person = (
  base: typeof aliceInfo | typeof bobInfo | typeof carolInfo,
  group: string | null,
  id: string = base.id,
): ParticipantInfo => ({ ...base, id: id as ParticipantId, group });
const ids = (people: readonly ParticipantInfo[]) => people.map((p) => p.id);

describe('inOwnGroup', () => {
  it('keepsEveryoneWhileNobodyIsInABreakoutRoom', () => {
    const people = [person(aliceInfo, null), person(bobInfo, null)];
    expect(inOwnGroup(people, bobInfo.id)).toBe(people);
  });

  it('keepsOnlyThePeopleOfTheViewersRoom', () => {
    const people = [
      person(aliceInfo, null),
      person(bobInfo, 'r2'),
      person(carolInfo, 'r2'),
      person(aliceInfo, 'r1', 'x'),
    ];
    expect(ids(inOwnGroup(people, bobInfo.id))).toEqual([bobInfo.id, carolInfo.id]);
    expect(ids(inOwnGroup(people, aliceInfo.id))).toEqual([aliceInfo.id]);
    expect(ownGroup(people, carolInfo.id)).toBe('r2');
  });

  it('takesTheMainRoomWhenTheViewerIsNotListed', () => {
    const people = [person(aliceInfo, null), person(bobInfo, 'r1')];
    expect(ownGroup(people, null)).toBeNull();
    expect(ids(inOwnGroup(people, 'unknown'))).toEqual([aliceInfo.id]);
  });
});

describe('byRoom', () => {
  it('putsTheViewersRoomFirstThenTheMainRoomThenBreakoutRoomsInNumberOrder', () => {
    const people = [
      person(aliceInfo, 'r10'),
      person(bobInfo, null),
      person(carolInfo, 'r2'),
      person(aliceInfo, 'r2', 'dora'),
      person(bobInfo, 'r1', 'emil'),
    ];
    expect(byRoom(people, 'dora').map((r) => [r.group, r.own, ids(r.participants)])).toEqual([
      ['r2', true, ['dora', carolInfo.id]],
      [null, false, [bobInfo.id]],
      ['r1', false, ['emil']],
      ['r10', false, [aliceInfo.id]],
    ]);
  });

  it('isOneRoomWithoutBreakoutRoomsAndLeavesOutEmptyRooms', () => {
    const people = [person(aliceInfo, null), person(bobInfo, null)];
    expect(byRoom(people, bobInfo.id).map((r) => [r.group, r.own, ids(r.participants)])).toEqual([
      [null, true, [bobInfo.id, aliceInfo.id]],
    ]);
    expect(byRoom([person(aliceInfo, 'r1')], null).map((r) => r.group)).toEqual(['r1']);
  });
});
