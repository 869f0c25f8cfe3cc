import { describe, expect, it } from 'vitest';
import { getCallId, parseCallId } from './CallId.js';
import { contactExpires, getContacts } from './Contact.js';
import { getContentLength } from './ContentLength.js';
import { contentTypeParam, getContentType, mediaTypeOf, parseContentType } from './ContentType.js';
import { formatCSeq, getCSeq, parseCSeq } from './CSeq.js';
import {
  formatSessionExpires,
  getExpires,
  getMaxForwards,
  getMinSe,
  getSessionExpires,
  parseDeltaSeconds,
  parseMaxForwards,
} from './deltaSeconds.js';
import { getFrom, getTo } from './FromTo.js';
import type { SipHeader } from './SipMessage.js';

const withHeaders = (...pairs: [string, string][]): { headers: SipHeader[] } => ({
  headers: pairs.map(([name, value]) => ({ name, value })),
});

describe('CSeq', () => {
  it('reads the number and the method, with any whitespace between', () => {
    expect(parseCSeq('4711 INVITE')).toEqual({ ok: true, value: { seq: 4711, method: 'INVITE' } });
    expect(parseCSeq('0 \t NEWMETHOD')).toEqual({ ok: true, value: { seq: 0, method: 'NEWMETHOD' } });
    expect(formatCSeq({ seq: 2, method: 'BYE' })).toBe('2 BYE');
  });

  it.each([
    ['INVITE', 'expected a number and a method'],
    ['1 INVITE extra', 'expected a number and a method'],
    ['-1 INVITE', 'sequence number is not a number'],
    ['4294967296 INVITE', 'sequence number is 2^32 or more'],
    ['36893488147419103232 INVITE', 'sequence number is 2^32 or more'],
    ['1 INV/ITE', 'method is not a token'],
  ])('refuses %s', (text, reason) => {
    expect(parseCSeq(text)).toEqual({ ok: false, error: reason });
  });

  it('accepts the largest 32-bit number', () => {
    expect(parseCSeq('4294967295 ACK')).toMatchObject({ ok: true, value: { seq: 4294967295 } });
  });

  it('is required once in a message', () => {
    expect(getCSeq(withHeaders())).toEqual({ ok: false, error: { kind: 'missingHeader', header: 'CSeq' } });
    expect(getCSeq(withHeaders(['CSeq', '1 A'], ['CSeq', '2 A']))).toEqual({
      ok: false,
      error: { kind: 'duplicateHeader', header: 'CSeq' },
    });
  });
});

describe('Call-ID', () => {
  it('accepts word and word@word, through the compact form i', () => {
    expect(parseCallId('f81d4fae-7dec-11d0-a765-00a0c91e6bf6@192.0.2.4')).toMatchObject({ ok: true });
    expect(getCallId(withHeaders(['i', 'a.b_c~(x)<y>:z\\"/[]?{}']))).toEqual({
      ok: true,
      value: 'a.b_c~(x)<y>:z\\"/[]?{}',
    });
  });

  it('refuses spaces, two @ and an empty value', () => {
    for (const text of ['a b', 'a@b@c', '', '@host']) expect(parseCallId(text).ok).toBe(false);
  });
});

describe('From and To', () => {
  it('read display name, URI and tag through the full and compact names', () => {
    const message = withHeaders(['f', '"Alice" <sip:alice@example.org>;tag=9fxced76sl'], ['To', 'sip:bob@example.org']);
    expect(getFrom(message)).toEqual({
      ok: true,
      value: {
        displayName: 'Alice',
        uri: 'sip:alice@example.org',
        params: [{ name: 'tag', value: '9fxced76sl' }],
        tag: '9fxced76sl',
      },
    });
    expect(getTo(message)).toMatchObject({ ok: true, value: { uri: 'sip:bob@example.org', tag: undefined } });
  });

  it('name the header in errors', () => {
    expect(getTo(withHeaders(['To', '"unterminated <sip:bob@example.org>']))).toEqual({
      ok: false,
      error: { kind: 'invalidHeader', header: 'To', reason: 'unterminated quoted display name' },
    });
  });
});

describe('Max-Forwards, Expires, Session-Expires, Min-SE', () => {
  it('reads Max-Forwards from 0 to 255', () => {
    expect(parseMaxForwards('0')).toEqual({ ok: true, value: 0 });
    expect(parseMaxForwards('255')).toEqual({ ok: true, value: 255 });
    expect(parseMaxForwards('256')).toEqual({ ok: false, error: 'more than 255' });
    expect(parseMaxForwards('7O')).toEqual({ ok: false, error: 'not a number' });
    expect(getMaxForwards(withHeaders())).toEqual({ ok: true, value: undefined });
  });

  it('reads delta-seconds and caps them at 2^32-1 as RFC 3261 §20.19 says', () => {
    expect(parseDeltaSeconds('3600')).toEqual({ ok: true, value: 3600 });
    expect(parseDeltaSeconds('280297596632815')).toEqual({ ok: true, value: 4294967295 });
    expect(parseDeltaSeconds('1e3')).toEqual({ ok: false, error: 'not a number of seconds' });
    expect(getExpires(withHeaders(['Expires', '60']))).toEqual({ ok: true, value: 60 });
    expect(getExpires(withHeaders(['Expires', 'Thu, 01 Dec 1994 16:00:00 GMT']))).toMatchObject({ ok: false });
  });

  it('reads Session-Expires with its refresher, through the compact form x', () => {
    expect(getSessionExpires(withHeaders(['x', '1800 ; refresher = UAC']))).toEqual({
      ok: true,
      value: { seconds: 1800, refresher: 'uac', params: [{ name: 'refresher', value: 'UAC' }] },
    });
    expect(getSessionExpires(withHeaders(['Session-Expires', '90']))).toMatchObject({
      ok: true,
      value: { seconds: 90, refresher: undefined },
    });
    expect(getSessionExpires(withHeaders(['Session-Expires', '90;refresher=proxy']))).toEqual({
      ok: false,
      error: { kind: 'invalidHeader', header: 'Session-Expires', reason: 'refresher is not uac or uas' },
    });
    expect(formatSessionExpires({ seconds: 1800, refresher: 'uas' })).toBe('1800;refresher=uas');
  });

  it('reads Min-SE and ignores its generic parameters', () => {
    expect(getMinSe(withHeaders(['Min-SE', '90;x=1']))).toEqual({ ok: true, value: 90 });
    expect(getMinSe(withHeaders(['Min-SE', 'ninety']))).toMatchObject({ ok: false });
  });
});

describe('Content-Type and Content-Length', () => {
  it('reads the media type in lower case with its parameters', () => {
    const type = parseContentType('Multipart/Mixed ; boundary="unique boundary 1"');
    expect(type).toEqual({
      ok: true,
      value: { type: 'multipart', subtype: 'mixed', params: [{ name: 'boundary', value: 'unique boundary 1' }] },
    });
    if (type.ok) {
      expect(mediaTypeOf(type.value)).toBe('multipart/mixed');
      expect(contentTypeParam(type.value, 'BOUNDARY')).toBe('unique boundary 1');
    }
    expect(getContentType(withHeaders(['c', 'application/sdp']))).toMatchObject({
      ok: true,
      value: { subtype: 'sdp' },
    });
  });

  it('refuses media types without a subtype or with a parameter without value', () => {
    expect(parseContentType('application').ok).toBe(false);
    expect(parseContentType('application/sdp;charset').ok).toBe(false);
  });

  it('tells negative, non-numeric and repeated Content-Length apart', () => {
    expect(getContentLength(withHeaders(['l', '42']))).toEqual({ ok: true, value: 42 });
    expect(getContentLength(withHeaders())).toEqual({ ok: true, value: undefined });
    expect(getContentLength(withHeaders(['Content-Length', '-5']))).toEqual({
      ok: false,
      error: { kind: 'invalidContentLength', reason: 'negative' },
    });
    expect(getContentLength(withHeaders(['Content-Length', '0x10']))).toEqual({
      ok: false,
      error: { kind: 'invalidContentLength', reason: 'notNumeric' },
    });
    expect(getContentLength(withHeaders(['Content-Length', '']))).toMatchObject({ ok: false });
    expect(getContentLength(withHeaders(['Content-Length', '10'], ['l', '10']))).toEqual({
      ok: false,
      error: { kind: 'invalidContentLength', reason: 'multiple' },
    });
    expect(getContentLength(withHeaders(['Content-Length', '99999999999999999999999']))).toEqual({
      ok: true,
      value: Number.MAX_SAFE_INTEGER,
    });
  });
});

describe('Contact', () => {
  it('reads several contacts from one or more fields, through the compact form m', () => {
    const contacts = getContacts(
      withHeaders(
        ['Contact', '"Mr. Watson" <sip:watson@worcester.example.org>;q=0.7; expires=3600, <sip:w@192.0.2.1>'],
        ['m', 'sip:watson@bell.example.org;expires=280297596632815'],
      ),
    );
    if (!contacts.ok || contacts.value.kind !== 'list') throw new Error('expected a list');
    expect(contacts.value.contacts.map((contact) => contact.uri)).toEqual([
      'sip:watson@worcester.example.org',
      'sip:w@192.0.2.1',
      'sip:watson@bell.example.org',
    ]);
    expect(contacts.value.contacts.map(contactExpires)).toEqual([3600, undefined, 4294967295]);
  });

  it('reads the wildcard, alone only', () => {
    expect(getContacts(withHeaders(['Contact', '*']))).toEqual({ ok: true, value: { kind: 'wildcard' } });
    expect(getContacts(withHeaders(['Contact', '*, <sip:a@example.org>']))).toMatchObject({ ok: false });
  });

  it('keeps commas inside display names and angle brackets', () => {
    const contacts = getContacts(withHeaders(['Contact', '"Bell, Alexander" <sip:bell,a.g@example.org>']));
    expect(contacts.ok && contacts.value.kind === 'list' && contacts.value.contacts).toHaveLength(1);
  });

  it('reports a contact that is not in angle brackets but has a display name', () => {
    expect(getContacts(withHeaders(['Contact', 'Watson sip:watson@example.org']))).toEqual({
      ok: false,
      error: { kind: 'invalidHeader', header: 'Contact', reason: 'spaces in a URI or a name without angle brackets' },
    });
  });
});
