import { describe, expect, it } from 'vitest';
import { CliError } from './CliError.js';
import { parseTenantsCommand } from './parseTenantsCommand.js';

function usageError(argv: string[]): CliError {
  try {
    parseTenantsCommand(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('parseTenantsCommand', () => {
  it('parsesEveryCommand', () => {
    expect(parseTenantsCommand(['tenants', 'list'])).toEqual({ kind: 'list' });
    expect(parseTenantsCommand(['tenants', 'show', 'land'])).toEqual({ kind: 'show', id: 'land' });
    expect(parseTenantsCommand(['tenants', 'create', 'land', '--name', ' Land '])).toEqual({
      kind: 'create',
      id: 'land',
      name: 'Land',
    });
    expect(parseTenantsCommand(['tenants', 'rename', 'land', '--name=Das Land'])).toEqual({
      kind: 'rename',
      id: 'land',
      name: 'Das Land',
    });
    expect(parseTenantsCommand(['tenants', 'set', 'land', 'streaming', 'false'])).toEqual({
      kind: 'set',
      id: 'land',
      key: 'streaming',
      value: false,
    });
    expect(parseTenantsCommand(['tenants', 'set', 'land', 'maxParticipantsPerRoom', '40'])).toEqual({
      kind: 'set',
      id: 'land',
      key: 'maxParticipantsPerRoom',
      value: 40,
    });
    expect(parseTenantsCommand(['tenants', 'set', 'land', 'language', 'en'])).toEqual({
      kind: 'set',
      id: 'land',
      key: 'language',
      value: 'en',
    });
    expect(parseTenantsCommand(['tenants', 'unset', 'land', 'language'])).toEqual({
      kind: 'unset',
      id: 'land',
      key: 'language',
    });
    expect(parseTenantsCommand(['tenants', 'unset', 'land', 'recording'])).toEqual({
      kind: 'unset',
      id: 'land',
      key: 'recording',
    });
    expect(parseTenantsCommand(['tenants', '--help'])).toEqual({ kind: 'help' });
  });

  it('acceptsTheFlagSpellingsOfTheConfiguration', () => {
    for (const [text, value] of [
      ['true', true],
      ['yes', true],
      ['ON', true],
      ['1', true],
      ['false', false],
      ['no', false],
      ['off', false],
      ['0', false],
    ] as const) {
      expect(parseTenantsCommand(['tenants', 'set', 'land', 'guestsAllowed', text])).toEqual({
        kind: 'set',
        id: 'land',
        key: 'guestsAllowed',
        value,
      });
    }
  });

  it.each([
    [[], /missing command/],
    [['rooms', 'list'], /unknown command "rooms"/],
    [['tenants'], /missing tenants command/],
    [['tenants', 'drop', 'land'], /unknown tenants command "drop"/],
    [['tenants', 'list', 'extra'], /takes no arguments/],
    [['tenants', 'create', 'land'], /needs --name/],
    [['tenants', 'show', 'land', '--name', 'x'], /takes no --name/],
    [['tenants', 'show', 'L'], /tenant id "L" must be 2–40/],
    [['tenants', 'show', 'a'], /tenant id "a"/],
    [['tenants', 'show', `x${'a'.repeat(40)}`], /tenant id/],
    [['tenants', 'show', '-land'], /Unknown option/],
    [['tenants', 'show', 'land-'], /tenant id "land-"/],
    [['tenants', 'create', 'land', '--name', '   '], /name .* must not be empty/],
    [['tenants', 'create', 'land', '--name', 'a\u0007b'], /control characters/],
    [['tenants', 'set', 'land', 'colour', 'red'], /key "colour" must be one of/],
    [['tenants', 'set', 'land', 'recording', 'maybe'], /recording "maybe" must be one of true\/false, yes\/no/],
    [['tenants', 'set', 'land', 'storageMegabytes', '-1'], /storageMegabytes "-1" must be a positive whole number/],
    [['tenants', 'set', 'land', 'maxMeetingMinutes', '-1.5'], /maxMeetingMinutes "-1.5" must be a positive whole/],
    [['tenants', 'set', 'land', 'storageMegabytes', '-x'], /Unknown option '-x'/],
    [['tenants', 'set', '-1', 'storageMegabytes', '5'], /tenant id "-1"/],
    [['tenants', 'set', 'land', 'maxMeetingMinutes', '0'], /positive whole number/],
    [['tenants', 'set', 'land', 'maxMeetingMinutes', '1.5'], /positive whole number/],
    [['tenants', 'set', 'land', 'maxMeetingMinutes', '9999999999'], /at most 2147483647/],
    [['tenants', 'unset', 'land'], /takes <id> <key>/],
    [['tenants', 'set', 'land', 'language', 'fr'], /language "fr" must be de or en/],
    [['tenants', 'set', 'land', 'language', 'EN'], /language "EN" must be de or en/],
    [['tenants', 'set', 'land', 'colour', 'red'], /must be one of .*language/],
  ])('refuses %j with exit code 2', (argv, message) => {
    const error = usageError(argv);
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(message);
  });
});
