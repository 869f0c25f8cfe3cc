import { describe, expect, it } from 'vitest';
import { CanonicalJsonError } from './CanonicalJsonError.js';
import { canonicalJson, MAX_CANONICAL_DEPTH } from './canonicalJson.js';

/** The IEEE 754 double with the given bit pattern, as RFC 8785 Appendix B lists its test values. */
function double(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${bits}`));
  return view.getFloat64(0);
}

function refusal(value: unknown): { reason: string; path: string } | null {
  try {
    canonicalJson(value);
    return null;
  } catch (error) {
    if (error instanceof CanonicalJsonError) return { reason: error.reason, path: error.path };
    throw error;
  }
}

describe('canonicalJson', () => {
  it('writesTheRfcExampleWithSortedKeysNormalisedNumbersAndMinimalEscapes', () => {
    // RFC 8785 section 3.2.2: the same document parsed from its pretty-printed source.
    const source = `{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
      "literals": [null, true, false]
    }`;
    expect(canonicalJson(JSON.parse(source))).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sortsKeysByUtf16CodeUnitsNotByCodePoints', () => {
    // RFC 8785 section 3.2.3: the emoji (a surrogate pair, 0xD83D…) sorts before U+FB33 although its code point is higher.
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writesNumbersInTheShortestEcmaScriptFormOfAppendixB', () => {
    const cases: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, text] of cases) expect([bits, canonicalJson(double(bits))]).toEqual([bits, text]);
  });

  it('writesNoWhitespaceAndSortsNestedObjects', () => {
    expect(canonicalJson({ b: [1, { z: true, a: null }], a: 'x y' })).toBe('{"a":"x y","b":[1,{"a":null,"z":true}]}');
  });

  it('escapesOnlyQuoteBackslashAndControlCharacters', () => {
    expect(canonicalJson('\u0000\b\t\n\f\r\u001f "\\ / é €')).toBe('"\\u0000\\b\\t\\n\\f\\r\\u001f \\"\\\\ / é €"');
  });

  it('refusesNonFiniteNumbers', () => {
    expect(refusal({ a: [Number.NaN] })).toEqual({ reason: 'notFinite', path: '/a/0' });
    expect(refusal(Number.POSITIVE_INFINITY)).toEqual({ reason: 'notFinite', path: '' });
    expect(refusal(Number.NEGATIVE_INFINITY)).toEqual({ reason: 'notFinite', path: '' });
  });

  it('refusesValuesJsonCannotCarryInsteadOfDroppingThem', () => {
    expect(refusal({ a: undefined })).toEqual({ reason: 'unsupportedType', path: '/a' });
    expect(refusal([() => 1])).toEqual({ reason: 'unsupportedType', path: '/0' });
    expect(refusal(10n)).toEqual({ reason: 'unsupportedType', path: '' });
    expect(refusal(Symbol('s'))).toEqual({ reason: 'unsupportedType', path: '' });
    expect(refusal({ [Symbol('s')]: 1 })).toEqual({ reason: 'unsupportedType', path: '' });
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of this case
    expect(refusal([1, , 3])).toEqual({ reason: 'unsupportedType', path: '/1' });
  });

  it('refusesObjectsThatAreNotPlain', () => {
    expect(refusal({ 'a/b': new Date(0) })).toEqual({ reason: 'notPlainObject', path: '/a~1b' });
    expect(refusal(new Map())).toEqual({ reason: 'notPlainObject', path: '' });
    expect(refusal(new (class Vote {})())).toEqual({ reason: 'notPlainObject', path: '' });
    expect(canonicalJson(Object.assign(Object.create(null) as object, { a: 1 }))).toBe('{"a":1}');
  });

  it('refusesLoneSurrogatesInValuesAndKeysButKeepsPairs', () => {
    expect(refusal(['\ud800'])).toEqual({ reason: 'loneSurrogate', path: '/0' });
    expect(refusal({ '\udc00': 1 })).toEqual({ reason: 'loneSurrogate', path: '/\udc00' });
    expect(canonicalJson('\ud83d\ude00')).toBe('"😀"');
  });

  it('refusesCyclesAndDeepNestingButAllowsSharedValues', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(refusal(cyclic)).toEqual({ reason: 'cycle', path: '/self' });
    const shared = { n: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"n":1},{"n":1}]');
    let deep: unknown = 0;
    for (let i = 0; i <= MAX_CANONICAL_DEPTH; i++) deep = [deep];
    expect(refusal(deep)?.reason).toBe('tooDeep');
    expect(refusal((deep as unknown[])[0])).toBeNull();
  });
});
