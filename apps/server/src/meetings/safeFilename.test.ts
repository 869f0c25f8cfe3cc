import { describe, expect, it } from 'vitest';
import { contentDisposition, safeFilename } from './safeFilename.js';

describe('safeFilename', () => {
  it('keepsAnOrdinaryNameAsItIs', () => {
    expect(safeFilename('Niederschrift Ausschuß 2026-11-26.pdf')).toBe('Niederschrift Ausschuß 2026-11-26.pdf');
  });

  it('neverKeepsADirectoryOrAHiddenName', () => {
    expect(safeFilename('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFilename('..')).toBe('asset');
    expect(safeFilename('C:\\Windows\\x.pdf')).toBe('C__Windows_x.pdf');
    expect(safeFilename('.bashrc')).toBe('bashrc');
  });

  it('replacesControlCharactersAndQuotes', () => {
    expect(safeFilename('a\r\nContent-Type: text/html\u0000"b".pdf')).toBe('a__Content-Type_ text_html__b_.pdf');
  });

  it('cutsLongNamesKeepingTheExtension', () => {
    const cut = safeFilename(`${'ä'.repeat(300)}.pdf`);
    expect([...cut]).toHaveLength(200);
    expect(cut.endsWith('ä.pdf')).toBe(true);
  });

  it('givesANameToNothing', () => {
    expect(safeFilename('  ')).toBe('asset');
  });
});

describe('contentDisposition', () => {
  it('offersAnAsciiFallbackAndTheExactUtf8Name', () => {
    expect(contentDisposition('Prüfbericht (final).pdf')).toBe(
      `attachment; filename="Pr_fbericht (final).pdf"; filename*=UTF-8''Pr%C3%BCfbericht%20%28final%29.pdf`,
    );
  });

  it('cannotBeBrokenOutOfByAHostileName', () => {
    const header = contentDisposition('x"; filename="evil.html\r\nSet-Cookie: a=b');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header.startsWith('attachment; filename="x_; filename=_evil.html__Set-Cookie_ a=b"; filename*=')).toBe(true);
  });
});
