import { coreModule } from '@plenum/module-core/server';
import { defineProtocol } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineModule } from './Module.js';
import { FatalModuleError } from './ModuleError.js';
import { TestRoom } from './testing/TestRoom.js';

const probeProtocol = defineProtocol({
  ns: 'probe',
  commands: {
    echo: z.object({ text: z.string().max(10) }),
    limited: z.object({ n: z.number() }),
    crash: z.object({}),
    fatal: z.object({}),
    work: z.object({ value: z.number(), delayMs: z.number() }),
    later: z.object({ ms: z.number() }),
  },
  events: {
    echoed: z.object({ text: z.string(), from: z.string() }),
    worked: z.object({ value: z.number() }),
    fired: z.object({ at: z.number() }),
  },
  errors: { tooMany: z.object({ max: z.number() }) },
  joinState: z.object({ greeting: z.string() }),
});

type ProbeLoopback = { type: 'worked'; value: number } | { type: 'fired' };

/** A module that exercises every runtime feature; `off: true` makes its init decline. */
const probeModule = (options: { off?: boolean; closed?: string[] } = {}) =>
  defineModule<typeof probeProtocol, ProbeLoopback>({
    protocol: probeProtocol,
    init: (ctx) => {
      if (options.off) return undefined;
      let inHandler = false;
      const serial = (run: () => void) => {
        if (inHandler) throw new Error('handlers interleaved');
        inHandler = true;
        try {
          run();
        } finally {
          inHandler = false;
        }
      };
      return {
        onConnect: () => ({ greeting: 'hello' }),
        onCommand: (command, from) =>
          serial(() => {
            switch (command.action) {
              case 'echo':
                ctx.broadcast({ event: 'echoed', text: command.text, from: from.participant.id });
                return;
              case 'limited':
                if (command.n > 3) ctx.reject({ error: 'tooMany', max: 3 });
                return;
              case 'crash':
                throw new Error('boom');
              case 'fatal':
                throw new FatalModuleError('invariant broken');
              case 'work':
                ctx.spawn(
                  new Promise<number>((resolve) => setTimeout(() => resolve(command.value), command.delayMs)),
                  (o) => (o.ok ? { type: 'worked', value: o.value } : undefined),
                );
                return;
              case 'later':
                ctx.after(command.ms, { type: 'fired' });
                return;
            }
          }),
        onLoopback: (event) =>
          serial(() => {
            if (event.type === 'worked') ctx.broadcast({ event: 'worked', value: event.value });
            else ctx.broadcast({ event: 'fired', at: ctx.now() });
          }),
        onClose: () => {
          options.closed?.push('probe');
          return undefined;
        },
      };
    },
  });

const newRoom = (options: Parameters<typeof probeModule>[0] = {}) =>
  new TestRoom({ modules: [coreModule, probeModule(options)] });

describe('Room runtime', () => {
  it('handsEachJoinerTheModulesJoinState', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    expect(alice.inbox.last('core', 'joined')?.modules).toEqual({ probe: { greeting: 'hello' } });
  });

  it('aModuleWhoseInitDeclinesIsOffForTheRoom', async () => {
    const room = newRoom({ off: true });
    const alice = await room.join('alice');
    expect(alice.inbox.last('core', 'joined')?.modules).toEqual({});
    await alice.act('probe', 'echo', { text: 'hi' }, 'c1');
    expect(alice.inbox.errors()).toEqual([{ ns: 'signaling', id: 'c1', error: 'moduleDisabled', namespace: 'probe' }]);
  });

  it('deliversParsedCommandsToTheModule', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('probe', 'echo', { text: 'hi', extra: 'dropped' });
    expect(bob.inbox.last('probe', 'echoed')).toEqual({
      ns: 'probe',
      event: 'echoed',
      text: 'hi',
      from: alice.participantId,
    });
  });

  it('anUnknownNamespaceIsAnErrorToTheSenderOnly', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    await alice.act('nope', 'x', {}, 'c2');
    expect(alice.inbox.errors()).toEqual([{ ns: 'signaling', id: 'c2', error: 'unknownNamespace', namespace: 'nope' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('anUnknownActionIsAnErrorToTheSenderOnly', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    await alice.act('probe', 'toString', {}, 'c3');
    expect(alice.inbox.errors()).toEqual([{ ns: 'signaling', id: 'c3', error: 'unknownAction', action: 'toString' }]);
  });

  it('invalidFieldsAreRejectedWithIssuesAndReachNoModule', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    await alice.act('probe', 'echo', { text: 'far too long for the limit' }, 'c4');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'signaling', id: 'c4', error: 'invalidCommand', issues: [{ path: 'text', message: expect.any(String) }] },
    ]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('aCommandFromAConnectionThatHasNotJoinedIsRefused', async () => {
    const room = newRoom();
    const { connectionId, inbox } = room.connect();
    room.room.command(connectionId, { ns: 'probe', action: 'echo', text: 'x' });
    await room.settle();
    expect(inbox.errors()).toEqual([{ ns: 'signaling', error: 'notJoined' }]);
  });

  it('aModuleErrorGoesToTheIssuerOnlyWithTheBrokenLimit', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    await alice.act('probe', 'limited', { n: 4 }, 'c5');
    expect(alice.inbox.errors()).toEqual([{ ns: 'probe', id: 'c5', error: 'tooMany', max: 3 }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('anInternalFailureAnswersInternalAndTheRoomStaysUp', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    await alice.act('probe', 'crash', {}, 'c6');
    expect(alice.inbox.errors()).toEqual([{ ns: 'probe', id: 'c6', error: 'internal' }]);
    await alice.act('probe', 'echo', { text: 'still' });
    expect(alice.inbox.last('probe', 'echoed')).toMatchObject({ text: 'still' });
  });

  it('aFatalFailureDisablesThatModuleButNotTheRoom', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    await alice.act('probe', 'fatal', {}, 'c7');
    await alice.act('probe', 'echo', { text: 'x' }, 'c8');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'probe', id: 'c7', error: 'internal' },
      { ns: 'signaling', id: 'c8', error: 'moduleDisabled', namespace: 'probe' },
    ]);
    const bob = await room.join('bob');
    expect(alice.inbox.last('core', 'participantJoined')).toMatchObject({ participant: { id: bob.participantId } });
  });

  it('spawnedWorkComesBackAsLoopbacksInTheOrderItFinishes', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    alice.send('probe', 'work', { value: 1, delayMs: 30 });
    alice.send('probe', 'work', { value: 2, delayMs: 1 });
    alice.send('probe', 'echo', { text: 'first' });
    await room.settle();
    expect(alice.inbox.events('probe').map((e) => e.text ?? e.value)).toEqual(['first', 2, 1]);
  });

  it('timersAreLoopbacksOnTheRoomsClock', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const start = room.clock.now();
    await alice.act('probe', 'later', { ms: 1000 });
    await room.advance(999);
    expect(alice.inbox.events('probe', 'fired')).toEqual([]);
    await room.advance(1);
    expect(alice.inbox.events('probe', 'fired')).toEqual([{ ns: 'probe', event: 'fired', at: start + 1000 }]);
  });

  it('aClosingRoomRefusesNewJoinsFromTheMomentCloseIsCalled', async () => {
    const room = newRoom();
    await room.join('alice');
    const closing = room.room.close();
    expect(room.room.closed).toBe(true);
    const { connectionId, inbox } = room.connect();
    room.room.join(connectionId, { displayName: 'Late', role: 'participant', kind: 'browser' });
    await closing;
    expect(inbox.frames).toEqual([]);
    expect(room.room.participantCount).toBe(0);
  });

  it('closingReleasesModulesAndClosesEveryConnection', async () => {
    const closed: string[] = [];
    const room = newRoom({ closed });
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await room.room.close();
    expect(closed).toEqual(['probe']);
    expect([alice.inbox.closedWith, bob.inbox.closedWith]).toEqual(['roomClosed', 'roomClosed']);
    expect(alice.inbox.events('core', 'participantLeft')).toEqual([]);
    expect(room.room.closed).toBe(true);
  });
});
