/**
 * Builds the web app (the real vite.config.ts, production mode, source maps on) and prints a
 * markdown report: every emitted JS/CSS file with raw and gzip size and whether it is needed for
 * the first paint (the entry and its static imports) or loaded on demand, then the bytes of the
 * bundled JavaScript per source package, attributed through the source maps. Run with
 * `npm run bench:web`; `--no-build` measures the existing apps/web/dist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { bytesPerSource, type SourceMapV3 } from './bytesPerSource.js';
import { type ChunkLinks, chunkLinks, staticClosure } from './chunkGraph.js';
import { sourcePackage } from './sourcePackage.js';

const webRoot = join(import.meta.dirname, '..');
const repoRoot = join(webRoot, '..', '..');
const assets = join(webRoot, 'dist', 'assets');

if (!process.argv.includes('--no-build')) {
  await build({ configFile: join(webRoot, 'vite.config.ts'), logLevel: 'warn', build: { sourcemap: true } });
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const files = readdirSync(assets).filter((name) => name.endsWith('.js') || name.endsWith('.css'));
const code = new Map(files.map((name) => [name, readFileSync(join(assets, name), 'utf8')]));
const links = new Map<string, ChunkLinks>(
  files.filter((name) => name.endsWith('.js')).map((name) => [name, chunkLinks(code.get(name) ?? '')]),
);

const html = readFileSync(join(webRoot, 'dist', 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error('dist/index.html has no module entry script');
const firstPaint = staticClosure(entry, links);
for (const css of html.matchAll(/<link rel="stylesheet"[^>]*href="\/assets\/([^"]+\.css)"/g)) {
  if (css[1]) firstPaint.add(css[1]);
}

const rows = files
  .map((name) => {
    const text = code.get(name) ?? '';
    return { name, raw: Buffer.byteLength(text), gzip: gzipSync(text).byteLength, first: firstPaint.has(name) };
  })
  .sort((a, b) => Number(b.first) - Number(a.first) || b.raw - a.raw);

const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const sum = (list: typeof rows, key: 'raw' | 'gzip') => list.reduce((total, row) => total + row[key], 0);
const out: string[] = [
  '## Chunks',
  '',
  line(['file', 'loaded', 'raw kB', 'gzip kB']),
  line(['---', '---', '--:', '--:']),
];
for (const row of rows) {
  out.push(line([row.name, row.first ? 'first paint' : 'on demand', kB(row.raw), kB(row.gzip)]));
}
for (const [label, list] of [
  ['first paint (JS + CSS)', rows.filter((row) => row.first)],
  ['all files', rows],
] as const) {
  out.push(line([`**${label}**`, '', kB(sum(list, 'raw')), kB(sum(list, 'gzip'))]));
}

const perPackage = new Map<string, { bytes: number; chunks: Set<string> }>();
for (const name of links.keys()) {
  const mapFile = join(assets, `${name}.map`);
  // A chunk without a map (rolldown's tiny runtime) is glue as a whole.
  const map: SourceMapV3 = existsSync(mapFile)
    ? (JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapV3)
    : { sources: [], mappings: '' };
  const mapDir = relative(repoRoot, assets);
  for (const [source, bytes] of bytesPerSource(code.get(name) ?? '', map)) {
    const key = source === null ? '(unmapped: chunk glue)' : sourcePackage(source, mapDir);
    const entryOf = perPackage.get(key) ?? { bytes: 0, chunks: new Set<string>() };
    entryOf.bytes += bytes;
    entryOf.chunks.add(name.replace(/-[\w-]{8}\.js$/, ''));
    perPackage.set(key, entryOf);
  }
}
out.push('', '## JavaScript bytes per source package (minified, before gzip)', '');
out.push(line(['package', 'raw kB', 'in chunks']), line(['---', '--:', '---']));
for (const [key, value] of [...perPackage].sort((a, b) => b[1].bytes - a[1].bytes)) {
  out.push(line([key, kB(value.bytes), [...value.chunks].sort().join(', ')]));
}
console.log(out.join('\n'));
