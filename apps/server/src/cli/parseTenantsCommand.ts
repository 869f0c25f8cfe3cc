import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { CliError } from './CliError.js';
import {
  ChoiceKeySchema,
  FlagKeySchema,
  FlagValueSchema,
  LanguageValueSchema,
  QuotaKeySchema,
  QuotaValueSchema,
  SettingKeySchema,
  TenantIdSchema,
  TenantNameSchema,
  type TenantsCommand,
} from './TenantsCommand.js';

/**
 * Turns the command line after `plenum` into a validated {@link TenantsCommand}, or throws a {@link CliError} with
 * exit code 2 naming the bad argument. Pure (no I/O), so every usage rule is unit-tested without a database; the
 * database is only opened once the command is known to be well-formed.
 */
export function parseTenantsCommand(argv: readonly string[]): TenantsCommand {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(argv);
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [group, command, ...rest] = positionals;
  if (values.help === true && (group === undefined || group === 'tenants')) return { kind: 'help' };
  if (group !== 'tenants') throw usage(group === undefined ? 'missing command' : `unknown command "${group}"`);
  const name = values.name;
  const arity = (count: number, shape: string) => {
    if (rest.length !== count) throw usage(`tenants ${command} takes ${shape}`);
  };
  const noName = () => {
    if (name !== undefined) throw usage(`tenants ${command} takes no --name`);
  };
  switch (command) {
    case 'list':
      arity(0, 'no arguments');
      noName();
      return { kind: 'list' };
    case 'show':
      arity(1, '<id>');
      noName();
      return { kind: 'show', id: check(TenantIdSchema, rest[0], 'tenant id') };
    case 'create':
    case 'rename': {
      arity(1, '<id> --name <name>');
      if (name === undefined) throw usage(`tenants ${command} needs --name <name>`);
      return {
        kind: command,
        id: check(TenantIdSchema, rest[0], 'tenant id'),
        name: check(TenantNameSchema, name, 'name'),
      };
    }
    case 'set': {
      arity(3, '<id> <key> <value>');
      noName();
      const id = check(TenantIdSchema, rest[0], 'tenant id');
      const key = check(SettingKeySchema, rest[1], 'key');
      const flag = FlagKeySchema.safeParse(key);
      if (flag.success) return { kind: 'set', id, key: flag.data, value: check(FlagValueSchema, rest[2], key) };
      const choice = ChoiceKeySchema.safeParse(key);
      if (choice.success) {
        return { kind: 'set', id, key: choice.data, value: check(LanguageValueSchema, rest[2], choice.data) };
      }
      const quotaKey = check(QuotaKeySchema, key, 'key');
      return { kind: 'set', id, key: quotaKey, value: check(QuotaValueSchema, rest[2], quotaKey) };
    }
    case 'unset':
      arity(2, '<id> <key>');
      noName();
      return {
        kind: 'unset',
        id: check(TenantIdSchema, rest[0], 'tenant id'),
        key: check(SettingKeySchema, rest[1], 'key'),
      };
    case undefined:
      throw usage('missing tenants command');
    default:
      throw usage(`unknown tenants command "${command}"`);
  }
}

/** A negative number (`-1`): a value for its own check (`set … storageMegabytes -1`), not an unknown option. */
const looksNegative = (arg: string) => /^-\d/.test(arg);

function parseWithNode(argv: readonly string[]) {
  const kept = argv.flatMap((arg, index) => (looksNegative(arg) ? [] : [index]));
  const { values, tokens } = parseArgs({
    args: kept.map((index) => argv[index] as string),
    options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
  const positional = new Set(tokens.flatMap((token) => (token.kind === 'positional' ? [kept[token.index]] : [])));
  return { values, positionals: argv.filter((arg, index) => looksNegative(arg) || positional.has(index)) };
}

function check<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw usage(`${what} ${JSON.stringify(value)} ${result.error.issues[0]?.message ?? 'is invalid'}`);
}

function usage(problem: string): CliError {
  return new CliError(`${problem}. See: plenum tenants --help`, 2);
}
