/**
 * The SIP transport and transaction layers (RFC 3261 §17, §18): UDP and TCP sockets, peer allow-list, server
 * transactions and non-INVITE client transactions with their retransmissions and timers. The call/dialog layer plugs
 * in as a `ServerHandler` and sends through `ClientTransactionLayer`.
 */
export { ClientTransactionLayer, type ClientTransactionOptions, newBranch } from './ClientTransactionLayer.js';
export { type Clock, systemClock, type TimerHandle } from './Clock.js';
export type { IncomingSipRequest, SipPeer, SipTransportName } from './IncomingSipRequest.js';
export { InviteServerTransaction, type InviteState } from './InviteServerTransaction.js';
export {
  type ClientOutcome,
  type ClientState,
  NonInviteClientTransaction,
} from './NonInviteClientTransaction.js';
export { NonInviteServerTransaction } from './NonInviteServerTransaction.js';
export { type PeerFilter, parsePeerAllowList } from './PeerFilter.js';
export { type UdpTarget, udpResponseTarget } from './responseTarget.js';
export {
  type InviteRequest,
  type ServerHandler,
  type ServerRequest,
  ServerTransactionLayer,
  type ServerTransactionOptions,
  type SipAck,
} from './ServerTransactionLayer.js';
export {
  type RefusalPolicy,
  type SipRequestListener,
  type SipRequestSender,
  type SipResponseListener,
  SipTransport,
  type SipTransportOptions,
} from './SipTransport.js';
export { defaultSipTimers, type SipTimers } from './sipTimers.js';
