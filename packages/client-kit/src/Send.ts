import type { CommandOf, Protocol } from '@plenum/protocol';

/** A command frame as it goes on the wire: `{ ns, id, action, ...fields }`. */
export type CommandFrame = { readonly ns: string; readonly id: string; readonly action: string } & Readonly<
  Record<string, unknown>
>;

/**
 * Sends one command of module P and returns its id; an error the server answers with the same
 * `id` reaches the module's `reduce`/`announce` as `{ type: 'error', id }`.
 */
export type Send<P extends Protocol> = {
  // Declared as a method so that slots of modules with different protocols fit one registry list.
  send(command: CommandOf<P>): string;
}['send'];

/** A typed sender for `protocol` over `transport`; `nextId` numbers the commands of this connection. */
export function createSend<P extends Protocol>(
  protocol: P,
  transport: (frame: CommandFrame) => void,
  nextId: () => string,
): Send<P> {
  return (command) => {
    const id = nextId();
    transport({ ...command, ns: protocol.ns, id });
    return id;
  };
}
