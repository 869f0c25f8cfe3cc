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
  /** What each code point prints as: itself, or its fallback. Filled as text is seen. */
  cache: Map<number, string>;
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
   * so the reader sees that a character was there and which one.
   */
  printable(text: string, face: ReportFace): string {
    const loaded = this.#faces[face];
    let out = '';
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      let shown = loaded.cache.get(codePoint);
      if (shown === undefined) {
        shown = fallback(char, codePoint, loaded);
        loaded.cache.set(codePoint, shown);
      }
      out += shown;
    }
    return out;
  }
}

/** Characters that carry no glyph but shape the text; passed through as they are. */
const layoutOnly = new Set([0x0a, 0x20, 0xad, 0x200b, 0x200c, 0x200d]);

function fallback(char: string, codePoint: number, face: LoadedFace): string {
  if (layoutOnly.has(codePoint) || face.hasGlyph(codePoint)) return char;
  const compatible = char.normalize('NFKD').normalize('NFC');
  if (compatible !== char && [...compatible].every((part) => face.hasGlyph(part.codePointAt(0) ?? 0)))
    return compatible;
  return `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;
}
