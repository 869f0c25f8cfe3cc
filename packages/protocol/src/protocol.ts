import type { z } from 'zod';

/**
 * A module's protocol: its namespace, the commands it accepts (keyed by `action`), the events
 * it emits (keyed by `event`), the errors it may answer with (keyed by `error`), and the state
 * it hands a joiner. Everything is a zod schema; the TypeScript types are derived from them.
 */
export interface Protocol<
  Ns extends string = string,
  C extends Record<string, z.ZodObject> = Record<string, z.ZodObject>,
  E extends Record<string, z.ZodObject> = Record<string, z.ZodObject>,
  R extends Record<string, z.ZodObject> = Record<string, z.ZodObject>,
  J extends z.ZodType = z.ZodType,
> {
  readonly ns: Ns;
  readonly commands: C;
  readonly events: E;
  readonly errors: R;
  readonly joinState: J;
}

export function defineProtocol<
  const Ns extends string,
  C extends Record<string, z.ZodObject>,
  E extends Record<string, z.ZodObject>,
  R extends Record<string, z.ZodObject>,
  J extends z.ZodType,
>(p: Protocol<Ns, C, E, R, J>): Protocol<Ns, C, E, R, J> {
  return p;
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** zod infers `z.object({})` as `Record<string, never>`; a tag beside it must stay usable. */
// biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "no further fields" here
type Fields<T> = string extends keyof T ? {} : T;

/** `{ action: 'x', ...fields }` for every command of P. */
export type CommandOf<P extends Protocol> = {
  [K in keyof P['commands'] & string]: Simplify<{ action: K } & Fields<z.infer<P['commands'][K]>>>;
}[keyof P['commands'] & string];

/** `{ event: 'x', ...fields }` for every event of P. */
export type EventOf<P extends Protocol> = {
  [K in keyof P['events'] & string]: Simplify<{ event: K } & Fields<z.infer<P['events'][K]>>>;
}[keyof P['events'] & string];

/** `{ error: 'x', ...fields }` for every error of P. */
export type ErrorOf<P extends Protocol> = {
  [K in keyof P['errors'] & string]: Simplify<{ error: K } & Fields<z.infer<P['errors'][K]>>>;
}[keyof P['errors'] & string];

export type JoinStateOf<P extends Protocol> = z.infer<P['joinState']>;

export type CommandInput<P extends Protocol, K extends keyof P['commands']> = z.input<P['commands'][K]>;
