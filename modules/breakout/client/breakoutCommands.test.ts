import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { breakoutLimits, breakoutProtocol } from '../protocol.js';
import { breakoutCommands, checkStart, resizeNames, type StartForm, startCommand } from './breakoutCommands.js';
import { BOB, CAROL } from './goldenFrames.test-support.js';

const form: StartForm = { names: ['Nord', ''], mode: 'random', manual: {}, durationMinutes: null, freeChoice: false };

/** Every built command must pass the server's schema. */
const valid = (command: { action: string }) => {
  const { action, ...fields } = command;
  return breakoutProtocol.commands[action as keyof typeof breakoutProtocol.commands].safeParse(fields).success;
};

describe('startCommand', () => {
  it('buildsRandomAssignmentWithOptionalDurationAndFreeChoice', () => {
    expect(startCommand(form)).toEqual({ action: 'start', rooms: ['Nord', ''], assignment: { mode: 'random' } });
    const timed = startCommand({ ...form, durationMinutes: 15, freeChoice: true });
    expect(timed).toEqual({
      action: 'start',
      rooms: ['Nord', ''],
      assignment: { mode: 'random' },
      durationSeconds: 900,
      freeChoice: true,
    });
    expect(valid(timed)).toBe(true);
  });

  it('buildsManualAssignmentAndLeavesOutTheMainRoomAndRoomsThatAreGone', () => {
    const command = startCommand({ ...form, mode: 'manual', manual: { [BOB]: 2, [CAROL]: 0, other: 3 } });
    expect(command.assignment).toEqual({ mode: 'manual', assignments: [{ participantId: BOB, room: 2 }] });
  });
});

describe('checkStart', () => {
  it('saysWhatTheServerWouldRefuse', () => {
    expect(checkStart(form)).toBeNull();
    expect(checkStart({ ...form, names: [] })?.error).toBe('invalidRoomCount');
    expect(checkStart({ ...form, names: resizeNames([], 101) })).toBeNull();
    expect(checkStart({ ...form, names: Array.from({ length: 101 }, () => '') })?.error).toBe('invalidRoomCount');
    expect(checkStart({ ...form, names: ['x'.repeat(breakoutLimits.roomNameMaxLength + 1)] })).toEqual({
      error: 'roomNameTooLong',
      maxLength: breakoutLimits.roomNameMaxLength,
    });
    expect(checkStart({ ...form, durationMinutes: 0 })?.error).toBe('invalidDuration');
    expect(checkStart({ ...form, durationMinutes: 481 })?.error).toBe('invalidDuration');
    expect(checkStart({ ...form, durationMinutes: 480 })).toBeNull();
  });
});

describe('resizeNames', () => {
  it('keepsTypedNamesAndStaysWithinTheLimit', () => {
    expect(resizeNames(['A', 'B', 'C'], 2)).toEqual(['A', 'B']);
    expect(resizeNames(['A'], 3)).toEqual(['A', '', '']);
    expect(resizeNames([], 500)).toHaveLength(breakoutLimits.maxRooms);
    expect(resizeNames(['A'], -1)).toEqual([]);
  });
});

describe('breakoutCommands', () => {
  it('buildsCommandsTheServerAccepts', () => {
    const commands = [
      breakoutCommands.assign(BOB, 'r1'),
      breakoutCommands.assign(BOB as ParticipantId, null),
      breakoutCommands.goTo('r2'),
      breakoutCommands.goTo(null),
      breakoutCommands.setFreeChoice(true),
      breakoutCommands.message('Bitte zurückkommen'),
      breakoutCommands.close(),
      breakoutCommands.close(0),
    ];
    expect(commands.every(valid)).toBe(true);
    expect(breakoutCommands.close()).toEqual({ action: 'close' });
    expect(breakoutCommands.goTo(null)).toEqual({ action: 'goTo', roomId: null });
  });
});
