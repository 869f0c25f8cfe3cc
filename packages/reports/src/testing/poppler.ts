import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Reads a rendered PDF back with Debian's poppler-utils (pdftotext, pdfinfo), so report tests check what a reader
 * gets out of the file rather than what the renderer meant to draw. Needs `apt-get install poppler-utils`.
 */
async function withFile<T>(pdf: Buffer, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'plenum-report-'));
  try {
    const path = join(dir, 'report.pdf');
    await writeFile(path, pdf);
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function poppler(tool: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(tool, [...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** The text of each page, laid out as on the page (`pdftotext -layout`); index 0 is page 1. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const text = await withFile(pdf, (path) => poppler('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']));
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The document information as `pdfinfo` prints it: "Title" → "…", "Pages" → "3", "Tagged" → "yes", … */
export async function pdfInfo(pdf: Buffer): Promise<Map<string, string>> {
  const text = await withFile(pdf, (path) => poppler('pdfinfo', ['-enc', 'UTF-8', path]));
  const info = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) info.set(match[1], match[2]);
  }
  return info;
}

/** The XMP metadata packet (`pdfinfo -meta`). */
export function pdfXmp(pdf: Buffer): Promise<string> {
  return withFile(pdf, (path) => poppler('pdfinfo', ['-meta', path]));
}

/** The structure tree with its text (`pdfinfo -struct-text`): one element per line, indented by depth. */
export function pdfStructure(pdf: Buffer): Promise<string> {
  return withFile(pdf, (path) => poppler('pdfinfo', ['-struct-text', path]));
}

/** One word as placed on a page, in points from the top left corner. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const xmlEntities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** Every word with its box (`pdftotext -bbox`), for layout checks such as "nothing runs into the footer". */
export async function pdfWords(pdf: Buffer): Promise<PdfWord[]> {
  const html = await withFile(pdf, (path) => poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']));
  const words: PdfWord[] = [];
  let page = 0;
  for (const match of html.matchAll(
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (match[0] === '<page ') {
      page += 1;
      continue;
    }
    words.push({
      page,
      text: (match[5] ?? '').replace(/&(lt|gt|amp|quot|apos);/g, (entity) => xmlEntities[entity] ?? entity),
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
    });
  }
  return words;
}
