/** How one emitted chunk refers to others (file names relative to its own folder, e.g. "Dashboard-x1y2.js"). */
export interface ChunkLinks {
  readonly staticImports: readonly string[];
  readonly dynamicImports: readonly string[];
}

const STATIC = /(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g;
const DYNAMIC = /\bimport\(\s*["']\.\/([^"']+\.js)["']\s*\)/g;

/** Reads the static and dynamic imports of a minified ES chunk whose neighbours live in the same folder (Vite's assets/). */
export function chunkLinks(code: string): ChunkLinks {
  const names = (pattern: RegExp) => [...new Set([...code.matchAll(pattern)].map((match) => match[1] ?? ''))];
  return { staticImports: names(STATIC), dynamicImports: names(DYNAMIC) };
}

/** The chunks a browser loads before running `entry`: the entry and everything it imports statically, transitively. */
export function staticClosure(entry: string, links: ReadonlyMap<string, ChunkLinks>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of links.get(name)?.staticImports ?? []) visit(next);
  };
  visit(entry);
  return seen;
}
