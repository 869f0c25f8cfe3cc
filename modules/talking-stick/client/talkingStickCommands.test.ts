import { describe, expect, it } from 'vitest';
import { talkingStickProtocol } from '../protocol.js';
import { BOB, CAROL } from './fixtures.test-support.js';
import { talkingStickCommands } from './talkingStickCommands.js';

describe('talkingStickCommands', () => {
  it('buildCommandsTheServerSchemaAccepts', () => {
    const commands = [
      talkingStickCommands.start({ mode: 'random', participantIds: null, secondsPerSpeaker: null }),
      talkingStickCommands.start({ mode: 'fixed', participantIds: [BOB, CAROL], secondsPerSpeaker: 120 }),
      talkingStickCommands.pass(),
      talkingStickCommands.nominate(CAROL),
      talkingStickCommands.skip(BOB),
      talkingStickCommands.add(CAROL, 'next'),
      talkingStickCommands.remove(CAROL),
      talkingStickCommands.stop(),
    ];
    expect(commands[1]).toEqual({
      action: 'start',
      mode: 'fixed',
      participantIds: [BOB, CAROL],
      secondsPerSpeaker: 120,
    });
    for (const { action, ...fields } of commands)
      expect(talkingStickProtocol.commands[action].safeParse(fields).success).toBe(true);
  });
});
