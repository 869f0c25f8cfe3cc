/**
 * Everything that can be wrong with a received SIP message, as data. Each kind maps to the status a UAS answers a
 * request with (`responseStatusFor`); responses with errors are dropped (RFC 3261 §18.1.2, §18.3).
 */
export type SipParseError =
  /** Only CRLFs (a keepalive) or nothing at all. */
  | { readonly kind: 'empty' }
  | { readonly kind: 'messageTooLarge'; readonly limit: number }
  | { readonly kind: 'tooManyHeaders'; readonly limit: number }
  | { readonly kind: 'headerLineTooLong'; readonly limit: number }
  | { readonly kind: 'bodyTooLarge'; readonly limit: number; readonly length: number }
  /** The empty line that ends the header section is missing. */
  | { readonly kind: 'missingHeaderEnd' }
  | { readonly kind: 'nulByte' }
  /** A control character other than HTAB, or DEL, in the start line or headers. */
  | { readonly kind: 'controlCharacter'; readonly code: number }
  | { readonly kind: 'invalidUtf8' }
  /** A CR or LF that is not part of a CRLF pair. */
  | { readonly kind: 'invalidLineBreak' }
  | { readonly kind: 'invalidStartLine'; readonly reason: string }
  | { readonly kind: 'unsupportedVersion'; readonly version: string }
  | { readonly kind: 'invalidRequestUri'; readonly reason: string }
  /** A line in the header section that is not `name: value`. */
  | { readonly kind: 'invalidHeaderLine'; readonly reason: string }
  /** Required on stream transports (RFC 3261 §18.3); optional on UDP. */
  | { readonly kind: 'missingContentLength' }
  | { readonly kind: 'invalidContentLength'; readonly reason: 'notNumeric' | 'negative' | 'multiple' }
  /** Content-Length announces more bytes than the message carries. */
  | { readonly kind: 'contentLengthExceedsBody'; readonly declared: number; readonly actual: number }
  | { readonly kind: 'missingHeader'; readonly header: string }
  /** A header that may appear only once appears again (e.g. two Call-IDs). */
  | { readonly kind: 'duplicateHeader'; readonly header: string }
  | { readonly kind: 'invalidHeader'; readonly header: string; readonly reason: string }
  | { readonly kind: 'cseqMethodMismatch'; readonly method: string; readonly cseqMethod: string };

export type SipParseErrorKind = SipParseError['kind'];

/** The status line a UAS sends for a request that failed with this error. */
export function responseStatusFor(error: SipParseError): { readonly status: number; readonly reason: string } {
  switch (error.kind) {
    case 'messageTooLarge':
    case 'tooManyHeaders':
    case 'headerLineTooLong':
      return { status: 513, reason: 'Message Too Large' };
    case 'bodyTooLarge':
      return { status: 413, reason: 'Request Entity Too Large' };
    case 'unsupportedVersion':
      return { status: 505, reason: 'Version Not Supported' };
    case 'empty':
    case 'missingHeaderEnd':
    case 'nulByte':
    case 'controlCharacter':
    case 'invalidUtf8':
    case 'invalidLineBreak':
    case 'invalidStartLine':
    case 'invalidRequestUri':
    case 'invalidHeaderLine':
    case 'missingContentLength':
    case 'invalidContentLength':
    case 'contentLengthExceedsBody':
    case 'missingHeader':
    case 'duplicateHeader':
    case 'invalidHeader':
    case 'cseqMethodMismatch':
      return { status: 400, reason: `Bad Request (${describeSipParseError(error)})` };
  }
}

/** A short English description, safe to put in a reason phrase or a log line (ASCII only, no user text). */
export function describeSipParseError(error: SipParseError): string {
  switch (error.kind) {
    case 'empty':
      return 'empty message';
    case 'messageTooLarge':
      return `message larger than ${error.limit} bytes`;
    case 'tooManyHeaders':
      return `more than ${error.limit} header fields`;
    case 'headerLineTooLong':
      return `header field longer than ${error.limit} characters`;
    case 'bodyTooLarge':
      return `body of ${error.length} bytes exceeds ${error.limit}`;
    case 'missingHeaderEnd':
      return 'no empty line after the headers';
    case 'nulByte':
      return 'NUL byte in headers';
    case 'controlCharacter':
      return 'control character in headers';
    case 'invalidUtf8':
      return 'headers are not UTF-8';
    case 'invalidLineBreak':
      return 'bare CR or LF';
    case 'invalidStartLine':
      return `invalid start line: ${error.reason}`;
    case 'unsupportedVersion':
      return 'unsupported SIP version';
    case 'invalidRequestUri':
      return `invalid Request-URI: ${error.reason}`;
    case 'invalidHeaderLine':
      return `invalid header line: ${error.reason}`;
    case 'missingContentLength':
      return 'missing Content-Length';
    case 'invalidContentLength':
      return `invalid Content-Length: ${error.reason}`;
    case 'contentLengthExceedsBody':
      return 'Content-Length larger than the body';
    case 'missingHeader':
      return `missing ${error.header}`;
    case 'duplicateHeader':
      return `more than one ${error.header}`;
    case 'invalidHeader':
      return `invalid ${error.header}: ${error.reason}`;
    case 'cseqMethodMismatch':
      return 'CSeq method does not match the request method';
  }
}
