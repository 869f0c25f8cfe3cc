import { describe, expect, it } from 'vitest';
import { canonicalHeaderName, isListHeader } from './headerNames.js';
import { headerFields, headerValue, headerValues, splitHeaderList, withoutHeader } from './SipHeaders.js';

describe('canonicalHeaderName', () => {
  it('spells known names canonically in any case, and expands compact forms', () => {
    expect(canonicalHeaderName('call-id')).toBe('Call-ID');
    expect(canonicalHeaderName('CSEQ')).toBe('CSeq');
    expect(canonicalHeaderName('www-authenticate')).toBe('WWW-Authenticate');
    const compact = { i: 'Call-ID', f: 'From', t: 'To', v: 'Via', m: 'Contact', l: 'Content-Length' };
    for (const [short, full] of Object.entries({ ...compact, c: 'Content-Type', k: 'Supported', s: 'Subject' })) {
      expect(canonicalHeaderName(short)).toBe(full);
      expect(canonicalHeaderName(short.toUpperCase())).toBe(full);
    }
    expect(canonicalHeaderName('X-Custom-thing')).toBe('X-Custom-thing');
  });

  it('knows which headers are comma-separated lists', () => {
    for (const name of ['Via', 'Contact', 'Route', 'Record-Route', 'Allow', 'Supported'])
      expect(isListHeader(name)).toBe(true);
    for (const name of ['WWW-Authenticate', 'Authorization', 'Date', 'Subject', 'From'])
      expect(isListHeader(name)).toBe(false);
  });
});

describe('splitHeaderList', () => {
  it('splits at commas outside quotes and angle brackets, dropping empty elements', () => {
    expect(splitHeaderList('INVITE, ACK ,BYE,,')).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(splitHeaderList('"Doe, \\"J\\"" <sip:j@x.example;a=1,2>;q=1, <sip:k@y.example>')).toEqual([
      '"Doe, \\"J\\"" <sip:j@x.example;a=1,2>;q=1',
      '<sip:k@y.example>',
    ]);
    expect(splitHeaderList('')).toEqual([]);
  });
});

describe('header lookup', () => {
  const message = {
    headers: [
      { name: 'Route', value: '<sip:p1.example;lr>, <sip:p2.example;lr>' },
      { name: 'Subject', value: 'Hello, world' },
      { name: 'Route', value: '<sip:p3.example;lr>' },
    ],
  };

  it('splits list headers and keeps other values whole', () => {
    expect(headerValues(message, 'route')).toEqual([
      '<sip:p1.example;lr>',
      '<sip:p2.example;lr>',
      '<sip:p3.example;lr>',
    ]);
    expect(headerValues(message, 's')).toEqual(['Hello, world']);
    expect(headerFields(message, 'Route')).toHaveLength(2);
    expect(headerValue(message, 'ROUTE')).toBe('<sip:p1.example;lr>, <sip:p2.example;lr>');
    expect(headerValue(message, 'Contact')).toBeUndefined();
  });

  it('drops every field of a name', () => {
    expect(withoutHeader(message.headers, 'route')).toEqual([{ name: 'Subject', value: 'Hello, world' }]);
  });
});
