/**
 * The SIP message layer (RFC 3261): parse datagrams and TCP streams, read typed headers, build and serialize
 * responses, answer digest challenges. Pure functions; bad input gives typed errors, never exceptions.
 */
export { type AuthHeader, credentialsHeaderFor, getChallenges, getCredentials, parseAuthHeader } from './AuthHeader.js';
export { buildResponse, newTag, type ResponseOptions } from './buildResponse.js';
export { getCallId } from './CallId.js';
export { type Contacts, contactExpires, getContacts } from './Contact.js';
export { getContentLength } from './ContentLength.js';
export { type ContentType, contentTypeParam, getContentType, mediaTypeOf } from './ContentType.js';
export { type CSeq, formatCSeq, getCSeq } from './CSeq.js';
export { type CoreHeaders, readCoreHeaders } from './coreHeaders.js';
export {
  formatSessionExpires,
  getExpires,
  getMaxForwards,
  getMinSe,
  getSessionExpires,
  type SessionExpires,
} from './deltaSeconds.js';
export {
  answerDigestChallenge,
  chooseDigestChallenge,
  type DigestAnswerInput,
  type DigestChallenge,
  type DigestError,
  formatDigestCredentials,
  newCnonce,
  readDigestChallenge,
} from './digest.js';
export { type FromTo, getFrom, getTo } from './FromTo.js';
export { findParam, type HeaderParam, paramValue } from './HeaderParams.js';
export { canonicalHeaderName } from './headerNames.js';
export { hostAddress, hostFromAddress } from './host.js';
export { formatNameAddr, type NameAddr, parseNameAddr } from './NameAddr.js';
export type { ParseResult } from './ParseResult.js';
export {
  type PartialSipMessage,
  parseSipMessage,
  type SipParseOptions,
  type SipParseResult,
  type SipTransportKind,
} from './parseSipMessage.js';
export { reasonPhrase } from './reasonPhrases.js';
export { type ParseFailureAction, respondToParseFailure } from './respondToParseFailure.js';
export { headerFields, headerValue, headerValues, splitHeaderList, withoutHeader } from './SipHeaders.js';
export { defaultSipLimits, type SipLimits } from './SipLimits.js';
export type { SipHeader, SipMessage, SipRequest, SipResponse } from './SipMessage.js';
export { describeSipParseError, responseStatusFor, type SipParseError } from './SipParseError.js';
export { type SipStreamEvent, SipStreamFramer } from './SipStreamFramer.js';
export { formatSipUri, parseSipUri, type SipUri, unescapeUriPart, uriParam } from './SipUri.js';
export { serializeSipMessage } from './serializeSipMessage.js';
export { branchMagicCookie, formatVia, getVias, stampTopVia, topViaOf, type Via } from './Via.js';
