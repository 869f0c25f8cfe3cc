import { type AuditDocument, serializeAuditDocument } from '@plenum/audit';

/**
 * The exported protocol of an ended vote (the `vote-protocol` file): the vote's own `plenum-audit/1` record, and, once
 * ballots came in after its end, its after-the-end log (see `afterEndRecord`) as a separate section `afterEnd`, itself a
 * complete, signed `plenum-audit/1` document whose first entry names the record's signed end. The section is not part
 * of the vote's record (its signature does not cover it): `plenum verify-vote` checks it on its own and that it follows
 * this record's end. Without late ballots the file is exactly the record.
 */
export interface VoteProtocol {
  readonly record: AuditDocument;
  readonly afterEnd: AuditDocument | null;
}

/** The member of the protocol file that holds the after-the-end log. */
export const AFTER_END_SECTION = 'afterEnd';

/**
 * The protocol as a file: the record as `serializeAuditDocument` writes it, with the after-the-end log (written the
 * same way) as its first member. `afterEnd` sorts before `entries`, so the key order stays canonical.
 */
export function serializeVoteProtocol(protocol: VoteProtocol): string {
  const record = serializeAuditDocument(protocol.record);
  if (!protocol.afterEnd) return record;
  const afterEnd = serializeAuditDocument(protocol.afterEnd).trimEnd();
  return `{"${AFTER_END_SECTION}":${afterEnd},${record.slice(1)}`;
}

/**
 * A parsed protocol file split into the record and the after-the-end section (undefined when there is none), neither
 * checked: hand both to `verifyChain`. Anything that is not a JSON object is returned as the record, for `verifyChain`
 * to refuse.
 */
export function splitVoteProtocol(json: unknown): { readonly record: unknown; readonly afterEnd: unknown } {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !Object.hasOwn(json, AFTER_END_SECTION))
    return { record: json, afterEnd: undefined };
  const { [AFTER_END_SECTION]: afterEnd, ...record } = json as Record<string, unknown>;
  return { record, afterEnd };
}
