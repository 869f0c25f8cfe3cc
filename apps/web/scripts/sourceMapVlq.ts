/** One mapped stretch of a generated line: from `column` up to the next segment (or the line end) came from `source`. */
export interface MappingSegment {
  readonly line: number;
  readonly column: number;
  /** Index into the map's `sources`; undefined for a segment that maps to no source. */
  readonly source: number | undefined;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one comma-free run of base64 VLQ numbers (source map v3 encoding: 5 bits a digit, sign in the lowest bit). */
export function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not a base64 VLQ digit: ${char}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error('VLQ run ends inside a number');
  return values;
}

/**
 * Decodes the `mappings` of a source map v3 into segments with absolute line/column/source
 * (names and original positions are not needed to attribute bytes, so they are skipped).
 */
export function decodeMappings(mappings: string): MappingSegment[] {
  const segments: MappingSegment[] = [];
  let source = 0;
  mappings.split(';').forEach((lineText, line) => {
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (segmentText === '') continue;
      const fields = decodeVlq(segmentText);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        segments.push({ line, column, source });
      } else {
        segments.push({ line, column, source: undefined });
      }
    }
  });
  return segments;
}
