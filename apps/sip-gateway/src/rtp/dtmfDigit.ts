/** A DTMF key: RFC 4733 events 0–15 (its DTMF table). */
export type DtmfDigit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '*' | '#' | 'A' | 'B' | 'C' | 'D';

/** Index = RFC 4733 event code. */
const DIGITS: readonly DtmfDigit[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', 'A', 'B', 'C', 'D'];

/** The key of an event code; `undefined` for codes that are not keys (16 is flash, above are tones). */
export function eventToDigit(event: number): DtmfDigit | undefined {
  return DIGITS[event];
}

export function digitToEvent(digit: DtmfDigit): number {
  return DIGITS.indexOf(digit);
}

/** Reads `5`, `*`, `#`, `a`…`d` as a key. */
export function parseDtmfDigit(text: string): DtmfDigit | undefined {
  const upper = text.toUpperCase();
  return (DIGITS as readonly string[]).includes(upper) ? (upper as DtmfDigit) : undefined;
}
