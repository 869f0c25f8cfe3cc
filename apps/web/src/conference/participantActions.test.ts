import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { participantActions } from './participantActions.js';

const info = (id: string, role: ParticipantInfo['role'], extra: Partial<ParticipantInfo> = {}): ParticipantInfo =>
  participantInfo(id, id, { role, registered: role !== 'guest', ...extra });

const owner = info('owner', 'moderator', { owner: true });
const mod = info('mod', 'moderator');
const bob = info('bob', 'participant');
const guest = info('guest', 'guest');
const caller = info('caller', 'guest', { kind: 'phone', registered: false });

function labels(viewer: ParticipantInfo | undefined, target: ParticipantInfo) {
  const none = () => undefined;
  return participantActions(viewer, target, en.roles, { promote: none, demote: none }).map((a) => a.label);
}

describe('participantActions', () => {
  it('offersModeratorsTheRoleChange', () => {
    expect(labels(owner, bob)).toEqual(['Make moderator']);
    expect(labels(owner, mod)).toEqual(['Remove moderator rights']);
    expect(labels(mod, guest)).toEqual([]);
    expect(labels(mod, caller)).toEqual([]);
  });

  it('neverForTheOwnerButAModeratorMayStepDown', () => {
    expect(labels(mod, owner)).toEqual([]);
    expect(labels(mod, mod)).toEqual(['Remove moderator rights']);
  });

  it('offersNothingToParticipantsAndGuests', () => {
    expect(labels(bob, guest)).toEqual([]);
    expect(labels(guest, bob)).toEqual([]);
    expect(labels(undefined, bob)).toEqual([]);
  });

  it('eachActionCallsItsCommandWithTheTarget', () => {
    const calls: string[] = [];
    const actions = participantActions(owner, bob, en.roles, {
      promote: (id) => calls.push(`promote ${id}`),
      demote: (id) => calls.push(`demote ${id}`),
    });
    for (const action of actions) action.onSelect();
    expect(calls).toEqual(['promote bob']);
  });
});
