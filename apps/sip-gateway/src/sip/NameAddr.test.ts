import { describe, expect, it } from 'vitest';
import { parseFromTo } from './FromTo.js';
import { formatNameAddr, parseNameAddr } from './NameAddr.js';

describe('parseNameAddr', () => {
  it('reads a quoted display name with escapes, the URI and the parameters', () => {
    expect(parseNameAddr('"Bob \\"the\\" Builder" <sip:bob@example.org;transport=udp>;tag=a48s;x="1 2"')).toEqual({
      ok: true,
      value: {
        displayName: 'Bob "the" Builder',
        uri: 'sip:bob@example.org;transport=udp',
        params: [
          { name: 'tag', value: 'a48s' },
          { name: 'x', value: '1 2' },
        ],
      },
    });
  });

  it('reads display names made of tokens, and none at all', () => {
    expect(parseNameAddr('Anonymous  Caller <sip:c8oqz84zk7z@privacy.example.org>')).toMatchObject({
      ok: true,
      value: { displayName: 'Anonymous Caller' },
    });
    expect(parseNameAddr('<sip:carol@example.org>')).toMatchObject({ ok: true, value: { displayName: undefined } });
    expect(parseNameAddr('""<sip:carol@example.org>')).toMatchObject({ ok: true, value: { displayName: '' } });
  });

  it('gives the parameters after a bare URI to the header, not to the URI', () => {
    expect(parseNameAddr('sip:alice@example.org;tag=88sja8x')).toEqual({
      ok: true,
      value: { displayName: undefined, uri: 'sip:alice@example.org', params: [{ name: 'tag', value: '88sja8x' }] },
    });
  });

  it('accepts other URI schemes, such as tel:', () => {
    expect(parseNameAddr('<tel:+49-30-1234>;tag=1')).toMatchObject({ ok: true, value: { uri: 'tel:+49-30-1234' } });
  });

  it.each([
    ['"Alice <sip:alice@example.org>', 'unterminated quoted display name'],
    ['"Alice" sip:alice@example.org', 'display name without a URI in angle brackets'],
    ['Alice sip:alice@example.org', 'spaces in a URI or a name without angle brackets'],
    ['Bell, Alexander <sip:a.g.bell@example.org>', 'display name has characters that need quoting'],
    ['<sip:alice@example.org', 'URI without closing angle bracket'],
    ['<sip:alice@exa mple.org>', 'not a URI'],
    ['<alice>', 'not a URI'],
    ['sip:alice@example.org?subject=x', 'URI with , or ? must be in angle brackets'],
    ['<sip:alice@example.org> junk', 'unexpected characters after the parameters'],
    ['<sip:alice@example.org>;=x', 'parameter without a name'],
  ])('refuses %s', (text, reason) => {
    expect(parseNameAddr(text)).toEqual({ ok: false, error: reason });
  });

  it('formats with a quoted display name and the URI in angle brackets', () => {
    const parsed = parseNameAddr('Bob <sip:bob@example.org>;tag=1');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(formatNameAddr(parsed.value)).toBe('"Bob" <sip:bob@example.org>;tag=1');
    expect(formatNameAddr({ displayName: 'say "hi" \\o/', uri: 'sip:x@example.org', params: [] })).toBe(
      '"say \\"hi\\" \\\\o/" <sip:x@example.org>',
    );
  });
});

describe('parseFromTo', () => {
  it('exposes the tag', () => {
    expect(parseFromTo('<sip:alice@example.org>;TAG=abc')).toMatchObject({ ok: true, value: { tag: 'abc' } });
    expect(parseFromTo('<sip:alice@example.org>')).toMatchObject({ ok: true, value: { tag: undefined } });
  });

  it('refuses a tag that is not a token', () => {
    expect(parseFromTo('<sip:alice@example.org>;tag="a b"')).toEqual({ ok: false, error: 'tag is not a token' });
  });
});
