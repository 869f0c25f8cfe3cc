import type { ErrorOf, EventOf, Protocol } from '@plenum/protocol';

/**
 * One inbound server frame of a module's namespace, validated against that module's schemas.
 * `id` is the command id the server echoed on an error, when the client sent one.
 */
export type Inbound<P extends Protocol> =
  | { readonly kind: 'event'; readonly event: EventOf<P> }
  | { readonly kind: 'error'; readonly error: ErrorOf<P>; readonly id?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses `frame` (an already JSON-decoded server frame) with the schemas of `protocol`.
 * Returns null for anything that is not a well-formed frame of that namespace: frames of
 * other namespaces, unknown event or error names, and fields that fail validation. The
 * client must ignore such frames rather than crash, so that an older client keeps working
 * against a newer server.
 */
export function parseFrame<P extends Protocol>(protocol: P, frame: unknown): Inbound<P> | null {
  if (!isRecord(frame) || frame.ns !== protocol.ns) return null;
  const { ns: _ns, event, error, id, ...fields } = frame;
  if (typeof event === 'string') {
    if (!Object.hasOwn(protocol.events, event)) return null;
    const parsed = protocol.events[event]?.safeParse(fields);
    if (!parsed?.success) return null;
    // The cast re-attaches the tag zod stripped; the fields were just validated by the schema for that tag.
    return { kind: 'event', event: { ...parsed.data, event } as EventOf<P> };
  }
  if (typeof error === 'string') {
    if (!Object.hasOwn(protocol.errors, error)) return null;
    const parsed = protocol.errors[error]?.safeParse(fields);
    if (!parsed?.success) return null;
    const value = { ...parsed.data, error } as ErrorOf<P>;
    return typeof id === 'string' ? { kind: 'error', error: value, id } : { kind: 'error', error: value };
  }
  return null;
}
