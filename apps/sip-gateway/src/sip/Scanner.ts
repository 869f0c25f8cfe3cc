import { isTokenChar, isWhitespace } from './grammar.js';

/**
 * A cursor over one unfolded header value, for the small recursive grammars of SIP headers. Methods return undefined
 * when the expected element is not there, and leave the position unchanged in that case.
 */
export class Scanner {
  position = 0;

  constructor(readonly text: string) {}

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.position];
  }

  rest(): string {
    return this.text.slice(this.position);
  }

  skipWhitespace(): boolean {
    const start = this.position;
    while (isWhitespace(this.text[this.position])) this.position++;
    return this.position > start;
  }

  /** Consumes `char` (after optional whitespace, and whitespace after it); false and no move when it is not next. */
  separator(char: string): boolean {
    const start = this.position;
    this.skipWhitespace();
    if (this.text[this.position] === char) {
      this.position++;
      this.skipWhitespace();
      return true;
    }
    this.position = start;
    return false;
  }

  token(): string | undefined {
    const start = this.position;
    while (this.position < this.text.length && isTokenChar(this.text[this.position] ?? '')) this.position++;
    return this.position > start ? this.text.slice(start, this.position) : undefined;
  }

  /** Characters up to (not including) the first of `stops`, or to the end. */
  until(stops: string): string {
    const start = this.position;
    while (this.position < this.text.length && !stops.includes(this.text[this.position] ?? '')) this.position++;
    return this.text.slice(start, this.position);
  }

  /** A quoted-string with its escapes resolved; undefined when not at a quote or when the quote is not closed. */
  quotedString(): string | undefined {
    if (this.text[this.position] !== '"') return undefined;
    let value = '';
    for (let index = this.position + 1; index < this.text.length; index++) {
      const char = this.text[index];
      if (char === '"') {
        this.position = index + 1;
        return value;
      }
      if (char === '\\') {
        index++;
        if (index >= this.text.length) return undefined;
      }
      value += this.text[index];
    }
    return undefined;
  }

  /** An IPv6 reference `[…]` as written (with brackets), without checking the address. */
  bracketed(): string | undefined {
    if (this.text[this.position] !== '[') return undefined;
    const end = this.text.indexOf(']', this.position);
    if (end < 0) return undefined;
    const value = this.text.slice(this.position, end + 1);
    this.position = end + 1;
    return value;
  }
}
