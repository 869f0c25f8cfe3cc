/**
 * The SIP user agent of the gateway: inbound calls as dialogs (RFC 3261 §12–15), offer/answer in re-INVITE and
 * UPDATE (RFC 3264, RFC 6337), INFO DTMF, session timers (RFC 4028), and registration to a trunk (RFC 3261 §10).
 */
export type { CallEnvironment } from './CallSession.js';
export { Dialog } from './Dialog.js';
export type { AnswerResult, CallEndReason, InboundCall } from './InboundCall.js';
export type { RegistrationOptions, RegistrationState, RegistrationStatus } from './Registration.js';
export { SipUserAgent, type SipUserAgentOptions, userOf } from './SipUserAgent.js';
export {
  defaultSessionTimerPolicy,
  negotiateSessionTimer,
  type SessionTimerDecision,
  type SessionTimerPolicy,
} from './sessionTimer.js';
