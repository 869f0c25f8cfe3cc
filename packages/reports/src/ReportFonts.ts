import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/** Where the three faces of a report come from. */
export interface ReportFontFiles {
  regular: string;
  bold: string;
  mono: string;
}

/**
 * DejaVu Sans from Debian's fonts-dejavu-core: free (Bitstream Vera licence), installed on most Debian systems, and
 * covering Latin (all EU languages: ä ö ü ß, Ł, ő, č …), Greek, Cyrillic, €, arrows and box drawing. The PDF standard
 * fonts would not do: they only know WinAnsi (no Ł, no ő) and are not embedded, which accessible PDF requires.
 */
export const debianDejaVuFonts: ReportFontFiles = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  mono: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
};

export type ReportFace = keyof ReportFontFiles;

/** A font file is missing or not a font; says which file and which Debian package provides the default. */
export class ReportFontError extends Error {
  override readonly name = 'ReportFontError';
}

interface LoadedFace {
  data: Buffer;
  hasGlyph(codePoint: number): boolean;
  /** What each code point prints as: itself, or its compatible equivalent; null: missing. Filled as text is seen. */
  cache: Map<number, string | null>;
}

function loadFace(path: string): LoadedFace {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (cause) {
    throw new ReportFontError(`cannot read the report font ${path} (on Debian: apt-get install fonts-dejavu-core)`, {
      cause,
    });
  }
  const font = fontkit.create(data);
  if (!('hasGlyphForCodePoint' in font)) {
    throw new ReportFontError(`the report font ${path} is a font collection; give a single .ttf or .otf file`);
  }
  return { data, hasGlyph: (codePoint) => font.hasGlyphForCodePoint(codePoint), cache: new Map() };
}

/**
 * The fonts a report is set in, loaded once and shared by any number of renderings. Text is passed through
 * `printable` before it is drawn: a character the face has no glyph for would otherwise print as an empty box or
 * nothing at all, and a name in a legal record must never silently lose letters.
 */
export class ReportFonts {
  readonly #faces: Record<ReportFace, LoadedFace>;

  private constructor(faces: Record<ReportFace, LoadedFace>) {
    this.#faces = faces;
  }

  /** Reads the font files; throws `ReportFontError` when one is missing. */
  static load(files: ReportFontFiles = debianDejaVuFonts): ReportFonts {
    return new ReportFonts({
      regular: loadFace(files.regular),
      bold: loadFace(files.bold),
      mono: loadFace(files.mono),
    });
  }

  /** The font file's bytes, to embed. */
  data(face: ReportFace): Buffer {
    return this.#faces[face].data;
  }

  /**
   * `text` with every character the face cannot show replaced by something it can: its compatibility equivalent when
   * the face has all of that ("ǆ" → "dž", "ﬁ" → "fi"), otherwise its code point in brackets ("[U+4E2D]"),
   * so the reader sees that a character was there and which one. An emoji the face lacks is named as one, once per
   * emoji as the reader sees it: its invisible joiners and variation selectors are dropped and the code points of a
   * sequence share one bracket ("🏗️" → "[Emoji U+1F3D7]", "👩‍💻" → "[Emoji U+1F469 U+1F4BB]").
   */
  printable(text: string, face: ReportFace): string {
    const loaded = this.#faces[face];
    let out = '';
    for (const { segment } of graphemes.segment(text)) {
      const chars = [...segment];
      const shown = chars.map((char) => {
        const codePoint = char.codePointAt(0) ?? 0;
        let one = loaded.cache.get(codePoint);
        if (one === undefined) {
          one = fallback(char, codePoint, loaded);
          loaded.cache.set(codePoint, one);
        }
        return one;
      });
      out += shown.includes(null) ? missingCluster(chars, shown) : shown.join('');
    }
    return out;
  }
}

/** Characters that carry no glyph but shape the text; passed through as they are. */
const layoutOnly = new Set([0x0a, 0x20, 0xad, 0x200b, 0x200c, 0x200d]);

/** What the reader sees as one character (an emoji sequence, a letter with its accents). */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The invisible parts of an emoji sequence: the zero-width joiner and the variation selectors. */
const sequenceGlue = /^[\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const emoji = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/** The character itself, its compatible equivalent when the face has all of that, or null: the face lacks it. */
function fallback(char: string, codePoint: number, face: LoadedFace): string | null {
  if (layoutOnly.has(codePoint) || face.hasGlyph(codePoint)) return char;
  const compatible = char.normalize('NFKD').normalize('NFC');
  if (compatible !== char && [...compatible].every((part) => face.hasGlyph(part.codePointAt(0) ?? 0)))
    return compatible;
  return null;
}

/**
 * A grapheme with a character the face lacks: what it has is printed, each run of missing code points as one
 * bracket ("[U+4E2D]"), named "Emoji" when the grapheme is one; joiners and variation selectors are dropped.
 */
function missingCluster(chars: readonly string[], shown: readonly (string | null)[]): string {
  const name = emoji.test(chars.join('')) ? 'Emoji ' : '';
  let out = '';
  let missing: string[] = [];
  const flush = (): void => {
    if (missing.length > 0) out += `[${name}${missing.join(' ')}]`;
    missing = [];
  };
  chars.forEach((char, i) => {
    if (sequenceGlue.test(char)) return;
    const one = shown[i];
    if (one === null || one === undefined) {
      missing.push(`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
      return;
    }
    flush();
    out += one;
  });
  flush();
  return out;
}
