import type { ConnectionId, ParticipantId, ServerFrame } from '@plenum/protocol';

/** Named test participants, so scenario tests read like the spec. */
export const personas = {
  owner: { displayName: 'Olga', role: 'owner', kind: 'browser' },
  alice: { displayName: 'Alice', role: 'moderator', kind: 'browser' },
  bob: { displayName: 'Bob', role: 'participant', kind: 'browser' },
  carol: { displayName: 'Carol', role: 'participant', kind: 'browser' },
  guest: { displayName: 'Gast', role: 'guest', kind: 'browser' },
  phone: { displayName: 'Telefon 1', role: 'guest', kind: 'phone' },
  /** A phone caller the host let in as a regular participant (e.g. identified by PIN). */
  dialIn: { displayName: 'Telefon 2', role: 'participant', kind: 'phone' },
  recorder: { displayName: 'Aufzeichnung', role: 'participant', kind: 'recorder' },
} as const;
export type PersonaName = keyof typeof personas;

/** What one test connection has received, with helpers to look at it. */
export class Inbox {
  readonly frames: ServerFrame[] = [];
  closedWith: string | undefined;

  /** Events (not errors) of namespace `ns`, optionally of one kind. */
  events(ns?: string, event?: string): Record<string, unknown>[] {
    return this.frames.filter(
      (f): f is ServerFrame & { event: string } =>
        'event' in f && (ns === undefined || f.ns === ns) && (event === undefined || f.event === event),
    );
  }

  errors(): Record<string, unknown>[] {
    return this.frames.filter((f) => 'error' in f);
  }

  last(ns: string, event: string): Record<string, unknown> | undefined {
    return this.events(ns, event).at(-1);
  }

  clear(): void {
    this.frames.length = 0;
  }
}

/** A test participant seen from its client: one or more connections and their inboxes. */
export interface Persona {
  readonly name: PersonaName;
  readonly participantId: ParticipantId;
  /** The current (most recent) connection. */
  readonly connectionId: ConnectionId;
  readonly inbox: Inbox;
  /** Sends a command on the current connection; fields go next to `ns` and `action`. */
  send(ns: string, action: string, fields?: Record<string, unknown>, id?: string): void;
  /** Sends a raw envelope object, for bad-input tests. */
  sendRaw(frame: Record<string, unknown>): void;
}
