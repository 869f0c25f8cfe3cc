import { describe, expect, it } from 'vitest';
import { formatSipUri, parseSipUri, unescapeUriPart, uriParam } from './SipUri.js';

function parsed(text: string) {
  const result = parseSipUri(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error}`);
  return result.value;
}

describe('parseSipUri', () => {
  it('reads user, host, port, parameters and headers', () => {
    const uri = parsed('sip:alice@atlanta.example.com:5061;transport=tcp;lr?subject=project%20x&priority=urgent');
    expect(uri).toEqual({
      scheme: 'sip',
      user: 'alice',
      password: undefined,
      host: 'atlanta.example.com',
      port: 5061,
      params: [
        { name: 'transport', value: 'tcp' },
        { name: 'lr', value: undefined },
      ],
      headers: [
        { name: 'subject', value: 'project%20x' },
        { name: 'priority', value: 'urgent' },
      ],
    });
    expect(uriParam(uri, 'TRANSPORT')?.value).toBe('tcp');
  });

  it('reads sips:, a password, and a URI without a user', () => {
    expect(parsed('SIPS:bob:secret@192.0.2.4')).toMatchObject({ scheme: 'sips', user: 'bob', password: 'secret' });
    expect(parsed('sip:registrar.example.org')).toMatchObject({ user: undefined, host: 'registrar.example.org' });
  });

  it('keeps IPv6 references in brackets, with or without a port', () => {
    expect(parsed('sip:[2001:db8::10]:5070')).toMatchObject({ host: '[2001:db8::10]', port: 5070 });
    expect(parsed('sip:bob@[::1];maddr=[::1]')).toMatchObject({
      host: '[::1]',
      params: [{ name: 'maddr', value: '[::1]' }],
    });
  });

  it('allows escapes and ; in the user part, as telephone numbers use it', () => {
    const uri = parsed('sip:+4930123;phone-context=example.org;par=u%40example.net@example.com;user=phone');
    expect(uri.user).toBe('+4930123;phone-context=example.org;par=u%40example.net');
    expect(uri.params).toEqual([{ name: 'user', value: 'phone' }]);
    expect(unescapeUriPart(uri.user ?? '')).toBe('+4930123;phone-context=example.org;par=u@example.net');
  });

  it.each([
    ['tel:+4930123', 'not a sip: or sips: URI'],
    ['sip:', 'invalid host'],
    ['sip:@example.com', 'invalid user part'],
    ['sip:alice@', 'invalid host'],
    ['sip:alice@exa mple.com', 'unexpected characters after the host'],
    ['sip:alice@example.com:70000', 'invalid port'],
    ['sip:alice@example.com:50a', 'invalid port'],
    ['sip:alice@[2001:db8::zz]', 'invalid host'],
    ['sip:alice@[2001:db8::1', 'invalid host'],
    ['sip:alice@256.1.1.1', 'invalid host'],
    ['sip:alice@-bad-.example', 'invalid host'],
    ['sip:al ice@example.com', 'invalid user part'],
    ['sip:alice%4@example.com', 'invalid user part'],
    ['sip:alice@example.com;a b', 'invalid URI parameter'],
    ['sip:alice@example.com?subject', 'URI header without a value'],
    ['sip:alice@example.com?sub ject=x', 'invalid URI header'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(parseSipUri(text)).toEqual({ ok: false, error: reason });
  });

  it('formats a parsed URI back to the same text', () => {
    for (const text of [
      'sip:alice@atlanta.example.com:5061;transport=tcp;lr?subject=project%20x&priority=urgent',
      'sips:bob:secret@192.0.2.4',
      'sip:[2001:db8::10]:5070;maddr=[::1]',
      'sip:+4930123;phone-context=example.org@example.com;user=phone',
    ]) {
      expect(formatSipUri(parsed(text))).toBe(text);
    }
  });

  it('writes the scheme in lower case', () => {
    expect(formatSipUri(parsed('SIP:alice@example.com'))).toBe('sip:alice@example.com');
  });

  it('returns undefined for broken escapes instead of throwing', () => {
    expect(unescapeUriPart('%E0%A4%A')).toBeUndefined();
    expect(unescapeUriPart('%FF')).toBeUndefined();
  });
});
