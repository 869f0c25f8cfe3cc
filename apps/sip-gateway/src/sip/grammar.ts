/** Character classes of the SIP grammar (RFC 3261 §25.1). */

const tokenChars = /^[A-Za-z0-9\-.!%*_+`'~]+$/;
const wordChars = /^[A-Za-z0-9\-.!%*_+`'~()<>:\\"/[\]?{}]+$/;

/** token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~") */
export function isToken(text: string): boolean {
  return tokenChars.test(text);
}

/** word: a token that may also hold ( ) < > : \ " / [ ] ? { } — used by Call-ID. */
export function isWord(text: string): boolean {
  return wordChars.test(text);
}

export function isTokenChar(char: string): boolean {
  return char.length === 1 && tokenChars.test(char);
}

export function isWhitespace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/** 1*DIGIT as a number, or undefined; more than `maxDigits` digits (after leading zeros) counts as too large. */
export function parseDigits(text: string, max: number): number | undefined | 'tooLarge' {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const significant = text.replace(/^0+(?=.)/, '');
  if (significant.length > 15) return 'tooLarge';
  const value = Number(significant);
  return value > max ? 'tooLarge' : value;
}

/** Quotes a string as a quoted-string, escaping `"` and `\`. */
export function quote(text: string): string {
  return `"${text.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}
