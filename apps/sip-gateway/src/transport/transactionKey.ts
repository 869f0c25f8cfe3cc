import type { CoreHeaders } from '../sip/coreHeaders.js';
import { branchMagicCookie } from '../sip/Via.js';

/**
 * The server transaction a request belongs to (RFC 3261 §17.2.3): the top Via's branch and sent-by, and the method,
 * with ACK matching its INVITE. `method` may be overridden (CANCEL looks for the INVITE it cancels). Requests from
 * RFC 2543 peers (no magic cookie) are keyed by Call-ID, CSeq number, From tag and the whole top Via instead.
 */
export function serverTransactionKey(core: CoreHeaders, method: string): string {
  const matched = method === 'ACK' ? 'INVITE' : method;
  const [via] = core.vias;
  const sentBy = `${via?.host ?? ''}:${via?.port ?? ''}`;
  if (via?.branch?.startsWith(branchMagicCookie)) return `${via.branch}|${sentBy}|${matched}`;
  const fromTag = core.from.tag ?? '';
  return `2543|${core.callId}|${core.cseq.seq}|${fromTag}|${sentBy}|${via?.branch ?? ''}|${matched}`;
}

/** An ACK for a 2xx has a branch of its own: it is matched to its INVITE by Call-ID, CSeq number and From tag. */
export function acceptedInviteKey(core: CoreHeaders): string {
  return `${core.callId}|${core.cseq.seq}|${core.from.tag ?? ''}`;
}
