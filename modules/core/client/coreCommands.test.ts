import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { coreProtocol } from '../protocol.js';
import { createCoreCommands } from './coreCommands.js';

const BOB = 'bob-participant-000002' as ParticipantId;

describe('createCoreCommands', () => {
  it('putsEveryCommandOnTheWireAsTheProtocolAcceptsIt', () => {
    const sent: Record<string, unknown>[] = [];
    const commands = createCoreCommands((frame) => sent.push(frame));
    commands.promote(BOB);
    commands.demote(BOB);
    commands.rename('Bob Baumeister');
    commands.leave();
    expect(sent).toEqual([
      { ns: 'core', action: 'promote', participantId: BOB },
      { ns: 'core', action: 'demote', participantId: BOB },
      { ns: 'core', action: 'rename', displayName: 'Bob Baumeister' },
      { ns: 'core', action: 'leave' },
    ]);
    for (const { ns, action, ...fields } of sent) {
      expect(ns).toBe('core');
      expect(coreProtocol.commands[action as keyof typeof coreProtocol.commands].safeParse(fields).success).toBe(true);
    }
  });
});
