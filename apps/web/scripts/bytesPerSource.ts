import { decodeMappings } from './sourceMapVlq.js';

/** The fields of a source map v3 this report reads. */
export interface SourceMapV3 {
  readonly sources: readonly string[];
  readonly mappings: string;
}

/**
 * Attributes every byte of a generated file to the source its mapping segment points at: a
 * segment owns its line from its column up to the next segment, the last one up to the line end
 * (plus the newline). Bytes before the first segment of a line or in unmapped segments count
 * under `null`. Columns are UTF-16 offsets, so the code is measured in UTF-8 per stretch.
 */
export function bytesPerSource(code: string, map: SourceMapV3): Map<string | null, number> {
  const totals = new Map<string | null, number>();
  const add = (key: string | null, bytes: number) => {
    if (bytes > 0) totals.set(key, (totals.get(key) ?? 0) + bytes);
  };
  const lines = code.split('\n');
  const segments = decodeMappings(map.mappings);
  let next = 0;
  lines.forEach((text, line) => {
    const newline = line < lines.length - 1 ? 1 : 0;
    let cursor = 0;
    let owner: string | null = null;
    for (; next < segments.length && segments[next]?.line === line; next++) {
      const segment = segments[next];
      if (!segment) break;
      add(owner, Buffer.byteLength(text.slice(cursor, segment.column)));
      cursor = segment.column;
      owner = segment.source === undefined ? null : (map.sources[segment.source] ?? null);
    }
    add(owner, Buffer.byteLength(text.slice(cursor)) + newline);
  });
  return totals;
}
