import { parseDigits } from './grammar.js';
import { paramValue } from './HeaderParams.js';
import { type NameAddr, parseNameAddr } from './NameAddr.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import type { HasHeaders } from './readHeader.js';
import { headerValues } from './SipHeaders.js';
import type { SipParseError } from './SipParseError.js';

/** Contact (RFC 3261 §20.10): `*` (only in REGISTER, to remove all bindings) or a list of addresses. */
export type Contacts =
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'list'; readonly contacts: readonly NameAddr[] };

export function getContacts(message: HasHeaders): ParseResult<Contacts, SipParseError> {
  const values = headerValues(message, 'Contact');
  if (values.includes('*')) {
    return values.length === 1 ? ok({ kind: 'wildcard' }) : fail(invalid('* together with addresses'));
  }
  const contacts: NameAddr[] = [];
  for (const value of values) {
    const contact = parseNameAddr(value);
    if (!contact.ok) return fail(invalid(contact.error));
    contacts.push(contact.value);
  }
  return ok({ kind: 'list', contacts });
}

function invalid(reason: string): SipParseError {
  return { kind: 'invalidHeader', header: 'Contact', reason };
}

/**
 * The contact's `expires` parameter in seconds (values beyond 2^32-1 count as 2^32-1); undefined when absent or not
 * a number, in which case the Expires header or the registrar's default applies (RFC 3261 §10.2.1.1).
 */
export function contactExpires(contact: NameAddr): number | undefined {
  const value = paramValue(contact.params, 'expires');
  if (value === undefined) return undefined;
  const seconds = parseDigits(value, 2 ** 32 - 1);
  return seconds === 'tooLarge' ? 2 ** 32 - 1 : seconds;
}
