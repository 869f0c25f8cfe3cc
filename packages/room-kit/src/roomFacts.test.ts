import { coreModule } from '@plenum/module-core/server';
import { defineProtocol } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineModule } from './Module.js';
import type { RoomFact } from './RoomFact.js';
import { TestRoom } from './testing/TestRoom.js';

const vote = {
  voteId: 'vote-0001',
  title: 'Budget',
  endedAt: 1,
  reason: 'stopped',
  counts: { yes: 2, no: 1, abstain: null },
  eligible: 3,
  cast: 3,
} as const;

/** A module that tells a fact on command and records what it is told, with whether it ran inside a handler. */
const factModule = (ns: string, heard: string[]) => {
  const protocol = defineProtocol({
    ns,
    commands: { tell: z.object({}) },
    events: {},
    errors: {},
    joinState: z.object({}),
  });
  return defineModule<typeof protocol>({
    protocol,
    init: (ctx) => {
      let inHandler = false;
      return {
        onCommand: () => {
          inHandler = true;
          ctx.tellRoom({ kind: 'voteConcluded', vote });
          heard.push(`${ns} told`);
          inHandler = false;
        },
        onRoomFact: (fact: RoomFact) => {
          heard.push(`${ns} heard ${fact.kind} ${fact.vote.voteId}${inHandler ? ' inside' : ''}`);
        },
      };
    },
  });
};

describe('room facts', () => {
  it('aToldFactReachesEveryOtherModuleAfterTheTellersTurnButNotTheTeller', async () => {
    const heard: string[] = [];
    const room = new TestRoom({
      modules: [coreModule, factModule('one', heard), factModule('two', heard), factModule('three', heard)],
    });
    const alice = await room.join('alice');
    await alice.act('two', 'tell', {});
    expect(heard).toEqual(['two told', 'one heard voteConcluded vote-0001', 'three heard voteConcluded vote-0001']);
  });

  it('aModuleThatFailsOnAFactDoesNotKeepItFromTheOthers', async () => {
    const heard: string[] = [];
    const failing = defineModule({
      protocol: defineProtocol({ ns: 'broken', commands: {}, events: {}, errors: {}, joinState: z.object({}) }),
      init: () => ({
        onRoomFact: () => {
          throw new Error('boom');
        },
      }),
    });
    const room = new TestRoom({ modules: [coreModule, failing, factModule('one', heard), factModule('two', heard)] });
    const alice = await room.join('alice');
    await alice.act('one', 'tell', {});
    expect(heard).toEqual(['one told', 'two heard voteConcluded vote-0001']);
  });
});
