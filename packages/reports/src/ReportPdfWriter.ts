import type PDFDocument from 'pdfkit';
import type { ReportBlock, ReportDocument } from './ReportDocument.js';
import type { ReportFace, ReportFonts } from './ReportFonts.js';
import { formatReportTime, type ReportLabels, reportLabels } from './reportLabels.js';

type Pdf = InstanceType<typeof PDFDocument>;
type StructureElement = ReturnType<Pdf['struct']>;
type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

/** Page geometry in PDF points (1/72 inch). A4 with 20 mm side margins; header and footer sit in the top and bottom margins. */
export const pageLayout = {
  margins: { top: 70, bottom: 66, left: 57, right: 57 },
  headerBaseline: 34,
  footerFromBottom: 46,
} as const;

const size = { body: 10, small: 8, table: 9, mono: 8.5, heading: { 1: 17, 2: 13.5, 3: 11.5 } } as const;
const lineGap = 2;
const cellPadding = 3;
/** 12 columns (the limit) of this width still leave more than half the line to share out. */
const minColumnWidth = 28;
/** Runs without a break opportunity shorter than this always fit a line and are left to pdfkit. */
const longRun = /\S{20,}/gu;
const colour = { text: '#000000', muted: '#444444', rule: '#999999', headerFill: '#e6e6e6' } as const;

/**
 * Lays the blocks of one report out on the pages of one pdfkit document and tags them (headings, paragraphs, lists,
 * tables with header cells, code) so screen readers get the reading order and structure; rules, fills, page headers,
 * footers and repeated table headers are marked as artifacts. Used once per rendering by `renderPdf`.
 */
export class ReportPdfWriter {
  readonly #pdf: Pdf;
  readonly #fonts: ReportFonts;
  readonly #report: ReportDocument;
  readonly #labels: ReportLabels;
  readonly #root: StructureElement;

  constructor(pdf: Pdf, fonts: ReportFonts, report: ReportDocument) {
    this.#pdf = pdf;
    this.#fonts = fonts;
    this.#report = report;
    this.#labels = reportLabels[report.metadata.language];
    pdf.registerFont('regular', fonts.data('regular'));
    pdf.registerFont('bold', fonts.data('bold'));
    pdf.registerFont('mono', fonts.data('mono'));
    this.#root = pdf.struct('Document');
    pdf.addStructure(this.#root);
  }

  /** Writes every block, then the header and footer of every page (which need the page count). */
  write(): void {
    for (const block of this.#report.blocks) this.#block(block);
    this.#root.end();
    this.#furniture();
  }

  get #left(): number {
    return pageLayout.margins.left;
  }

  get #width(): number {
    return this.#pdf.page.width - pageLayout.margins.left - pageLayout.margins.right;
  }

  get #bottom(): number {
    return this.#pdf.page.height - pageLayout.margins.bottom;
  }

  /** Index of the page being written (always the last one until the furniture is drawn). */
  get #page(): number {
    const range = this.#pdf.bufferedPageRange();
    return range.start + range.count - 1;
  }

  get #bodyHeight(): number {
    return this.#bottom - pageLayout.margins.top;
  }

  #block(block: ReportBlock): void {
    switch (block.kind) {
      case 'heading':
        this.#heading(block.level, block.text);
        return;
      case 'paragraph':
        this.#paragraph(block.text);
        return;
      case 'keyValue':
        this.#keyValue(block.items);
        return;
      case 'table':
        this.#table(block);
        return;
      case 'monospace':
        this.#monospace(block.label, block.text);
        return;
      case 'pageBreak':
        this.#newPage();
        return;
      default: {
        const unknown: never = block;
        throw new Error(`unknown report block: ${JSON.stringify(unknown)}`);
      }
    }
  }

  #set(face: ReportFace, fontSize: number, fill: string = colour.text): void {
    this.#pdf.font(face).fontSize(fontSize).fillColor(fill);
  }

  #text(face: ReportFace, text: string): string {
    return this.#fonts.printable(text, face);
  }

  /**
   * `text` with every run of characters that is wider than `width` and has no break opportunity (a hash, a token, a
   * pasted URL) cut into line-wide pieces separated by line breaks, in the current font. pdfkit can break such a run
   * itself, but in time quadratic in its length (seconds for 20 000 characters); this is linear. Like CSS
   * `overflow-wrap: break-word`, the run then starts on a line of its own.
   */
  #wrapLongRuns(text: string, width: number): string {
    const pdf = this.#pdf;
    return text.replace(longRun, (run) => {
      if (pdf.widthOfString(run) <= width) return run;
      const widths = new Map<string, number>();
      const pieces: string[] = [];
      let piece = '';
      let used = 0;
      for (const char of run) {
        let charWidth = widths.get(char);
        if (charWidth === undefined) {
          charWidth = pdf.widthOfString(char);
          widths.set(char, charWidth);
        }
        if (piece !== '' && used + charWidth > width * 0.98) {
          pieces.push(piece);
          piece = '';
          used = 0;
        }
        piece += char;
        used += charWidth;
      }
      pieces.push(piece);
      return pieces.join('\n');
    });
  }

  /** Height of `text` set in the current font over `width`; at least one line, so empty cells keep their row. */
  #measure(text: string, width: number): number {
    const lineHeight = this.#pdf.currentLineHeight(true) + lineGap;
    if (text === '') return lineHeight;
    return Math.max(lineHeight, this.#pdf.heightOfString(this.#wrapLongRuns(text, width), { width, lineGap }));
  }

  /** Sets `text` in the current font at (x, y) over `width`; pdfkit starts new pages as it needs. */
  #draw(text: string, x: number, y: number, width: number, align: 'left' | 'right' = 'left'): void {
    this.#pdf.text(this.#wrapLongRuns(text, width), x, y, { width, align, lineGap });
  }

  #newPage(): void {
    this.#pdf.addPage();
    this.#pdf.y = pageLayout.margins.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  #ensureSpace(height: number): void {
    if (this.#pdf.y + height > this.#bottom) this.#newPage();
  }

  /** Draws decoration (rules, fills) that carries no content, as an artifact. */
  #artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.#pdf.markContent('Artifact', { type });
    draw();
    this.#pdf.endMarkedContent();
  }

  /**
   * Adds a structure element of `type` to `parent` whose content is what `draw` draws. When the printed text differs
   * from the original (a character the font lacks), the original goes along as ActualText for screen readers.
   */
  #tagged(parent: StructureElement, type: string, draw: () => void, original?: string, printed?: string): void {
    const options = original !== undefined && original !== printed ? { actual: original } : {};
    parent.add(this.#pdf.struct(type, options, draw));
  }

  #heading(level: 1 | 2 | 3, raw: string): void {
    const pdf = this.#pdf;
    const text = this.#text('bold', raw);
    this.#set('bold', size.heading[level]);
    const height = this.#measure(text, this.#width);
    if (pdf.y > pageLayout.margins.top) pdf.y += size.heading[level] * 0.6;
    // Keep the heading with at least three lines of what follows it.
    this.#ensureSpace(height + 3 * (size.body + lineGap) + 6);
    this.#tagged(
      this.#root,
      `H${level}`,
      () => {
        this.#draw(text, this.#left, pdf.y, this.#width);
      },
      raw,
      text,
    );
    pdf.y += 4;
  }

  #paragraph(raw: string): void {
    const pdf = this.#pdf;
    this.#set('regular', size.body);
    if (raw !== '') {
      const text = this.#text('regular', raw);
      this.#ensureSpace(2 * (size.body + lineGap));
      this.#tagged(
        this.#root,
        'P',
        () => {
          this.#draw(text, this.#left, pdf.y, this.#width);
        },
        raw,
        text,
      );
    }
    pdf.y += size.body * 0.6;
  }

  #keyValue(items: ReadonlyArray<{ label: string; value: string }>): void {
    const pdf = this.#pdf;
    const labelWidth = Math.round(this.#width * 0.34);
    const valueWidth = this.#width - labelWidth;
    const list = pdf.struct('L');
    this.#root.add(list);
    for (const item of items) {
      const label = this.#text('bold', item.label);
      const value = this.#text('regular', item.value);
      this.#set('bold', size.body);
      const labelHeight = this.#measure(label, labelWidth - cellPadding);
      this.#set('regular', size.body);
      const valueHeight = this.#measure(value, valueWidth);
      const height = Math.max(labelHeight, valueHeight) + cellPadding;
      const li = pdf.struct('LI');
      list.add(li);
      if (height <= this.#bodyHeight) {
        this.#ensureSpace(height);
        const top = pdf.y;
        this.#tagged(
          li,
          'Lbl',
          () => {
            this.#set('bold', size.body);
            this.#draw(label, this.#left, top, labelWidth - cellPadding);
          },
          item.label,
          label,
        );
        this.#tagged(
          li,
          'LBody',
          () => {
            this.#set('regular', size.body);
            this.#draw(value, this.#left + labelWidth, top, valueWidth);
          },
          item.value,
          value,
        );
        pdf.y = top + height;
      } else {
        // Taller than a page: label above value, flowing across pages.
        this.#tagged(
          li,
          'Lbl',
          () => {
            this.#set('bold', size.body);
            this.#draw(label, this.#left, pdf.y, this.#width);
          },
          item.label,
          label,
        );
        this.#tagged(
          li,
          'LBody',
          () => {
            this.#set('regular', size.body);
            this.#draw(value, this.#left, pdf.y, this.#width);
          },
          item.value,
          value,
        );
        pdf.y += cellPadding;
      }
      li.end();
    }
    list.end();
    pdf.y += size.body * 0.6;
  }

  /** Every column gets a minimum width plus its share (by weight) of the rest, so no weight can squeeze one to nothing. */
  #columnWidths(table: TableBlock): number[] {
    const total = table.columns.reduce((sum, column) => sum + column.width, 0);
    const rest = this.#width - table.columns.length * minColumnWidth;
    return table.columns.map((column) => minColumnWidth + (rest * column.width) / total);
  }

  #rowHeight(cells: readonly string[], widths: readonly number[], face: ReportFace): number {
    this.#set(face, size.table);
    let height = 0;
    cells.forEach((cell, index) => {
      height = Math.max(height, this.#measure(cell, (widths[index] ?? 0) - 2 * cellPadding));
    });
    return height + 2 * cellPadding;
  }

  /** Draws one row at the current y; `parent` tags it (a TR), or nothing tags it (a repeated header: artifact). */
  #row(
    cells: readonly string[],
    originals: readonly string[],
    table: TableBlock,
    widths: readonly number[],
    height: number,
    header: boolean,
    parent: StructureElement | undefined,
  ): void {
    const pdf = this.#pdf;
    const top = pdf.y;
    const face: ReportFace = header ? 'bold' : 'regular';
    this.#artifact(() => {
      if (header) pdf.rect(this.#left, top, this.#width, height).fill(colour.headerFill);
      pdf
        .moveTo(this.#left, top + height)
        .lineTo(this.#left + this.#width, top + height)
        .lineWidth(header ? 0.8 : 0.4)
        .stroke(colour.rule);
    });
    let x = this.#left;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      const align = table.columns[index]?.align ?? 'left';
      const draw = () => {
        this.#set(face, size.table);
        this.#draw(cell, x + cellPadding, top + cellPadding, width - 2 * cellPadding, align);
      };
      const original = originals[index];
      const actual = original !== undefined && original !== cell ? { actual: original } : {};
      if (parent) {
        const headerOptions = { title: table.columns[index]?.label ?? '', scope: 'Column', ...actual };
        parent.add(header ? pdf.struct('TH', headerOptions, draw) : pdf.struct('TD', actual, draw));
      } else {
        this.#artifact(draw, 'Pagination');
      }
      x += width;
    });
    pdf.y = top + height;
  }

  #table(table: TableBlock): void {
    const pdf = this.#pdf;
    const widths = this.#columnWidths(table);
    const labels = table.columns.map((column) => column.label);
    const header = labels.map((label) => this.#text('bold', label));
    const headerHeight = this.#rowHeight(header, widths, 'bold');
    const rows = table.rows.map((row) => row.map((cell) => this.#text('regular', cell)));
    const empty = rows.length === 0 ? this.#text('regular', this.#labels.noRows) : undefined;
    // The header is kept with its first row, or with the line that says there is none.
    const firstRowHeight = rows[0]
      ? this.#rowHeight(rows[0], widths, 'regular')
      : this.#rowHeight([empty ?? ''], [this.#width], 'regular');
    const element = pdf.struct('Table', table.caption ? { title: table.caption } : {});
    this.#root.add(element);

    let captionHeight = 0;
    const caption = table.caption ? this.#text('bold', table.caption) : undefined;
    if (caption) {
      this.#set('bold', size.body);
      captionHeight = this.#measure(caption, this.#width) + 3;
    }
    this.#ensureSpace(captionHeight + headerHeight + Math.min(firstRowHeight, this.#bodyHeight / 2));
    if (caption) {
      this.#tagged(element, 'Caption', () => {
        this.#set('bold', size.body);
        this.#draw(caption, this.#left, pdf.y, this.#width);
      });
      pdf.y += 3;
    }
    const headRow = pdf.struct('TR');
    element.add(headRow);
    this.#row(header, labels, table, widths, headerHeight, true, headRow);
    headRow.end();
    let headerPage = this.#page;

    rows.forEach((cells, rowIndex) => {
      const height = this.#rowHeight(cells, widths, 'regular');
      const tr = pdf.struct('TR');
      element.add(tr);
      if (height > this.#bodyHeight - headerHeight) {
        this.#stackedRow(cells, header, tr);
      } else {
        // A stacked row may have flowed onto a page that has no header yet.
        const needsHeader = headerPage !== this.#page;
        if (pdf.y + (needsHeader ? headerHeight : 0) + height > this.#bottom) this.#newPage();
        if (headerPage !== this.#page) {
          this.#row(header, labels, table, widths, headerHeight, true, undefined);
          headerPage = this.#page;
        }
        this.#row(cells, table.rows[rowIndex] ?? [], table, widths, height, false, tr);
      }
      tr.end();
    });
    element.end();
    if (empty !== undefined) {
      this.#set('regular', size.table, colour.muted);
      this.#tagged(this.#root, 'P', () => {
        this.#draw(empty, this.#left + cellPadding, pdf.y + cellPadding, this.#width - cellPadding);
      });
    }
    pdf.y += size.body;
  }

  /** A row too tall for any page: each cell as "column: value", flowing across pages, so nothing is cut off. */
  #stackedRow(cells: readonly string[], header: readonly string[], tr: StructureElement): void {
    const pdf = this.#pdf;
    cells.forEach((cell, index) => {
      this.#tagged(tr, 'TD', () => {
        this.#set('bold', size.table);
        pdf.text(`${header[index] ?? ''}: `, this.#left + cellPadding, pdf.y + cellPadding, {
          width: this.#width - 2 * cellPadding,
          continued: true,
          lineGap,
        });
        this.#set('regular', size.table);
        pdf.text(this.#wrapLongRuns(cell, this.#width - 2 * cellPadding), {
          width: this.#width - 2 * cellPadding,
          lineGap,
        });
      });
    });
    this.#artifact(() => {
      pdf
        .moveTo(this.#left, pdf.y + cellPadding)
        .lineTo(this.#left + this.#width, pdf.y + cellPadding)
        .lineWidth(0.4)
        .stroke(colour.rule);
    });
    pdf.y += 2 * cellPadding;
  }

  #monospace(rawLabel: string | undefined, raw: string): void {
    const pdf = this.#pdf;
    if (rawLabel !== undefined) {
      const label = this.#text('bold', rawLabel);
      this.#set('bold', size.body);
      this.#ensureSpace(this.#measure(label, this.#width) + 2 * (size.mono + lineGap));
      this.#tagged(this.#root, 'P', () => {
        this.#draw(label, this.#left, pdf.y, this.#width);
      });
    }
    const text = this.#text('mono', raw);
    this.#set('mono', size.mono);
    this.#ensureSpace(size.mono + lineGap);
    // Code is an inline element in PDF's standard structure; a P around it makes the block.
    const block = pdf.struct('P');
    this.#root.add(block);
    this.#tagged(
      block,
      'Code',
      () => {
        this.#draw(text, this.#left, pdf.y, this.#width);
      },
      raw,
      text,
    );
    block.end();
    pdf.y += size.body * 0.6;
  }

  /** Header (organisation, title) and footer (created, page x of y) on every page, as pagination artifacts. */
  #furniture(): void {
    const pdf = this.#pdf;
    const { metadata } = this.#report;
    const range = pdf.bufferedPageRange();
    const created = this.#text(
      'regular',
      this.#labels.created(formatReportTime(metadata.createdAt, metadata.language, metadata.timeZone)),
    );
    const organisation = this.#text('regular', metadata.organisation);
    const title = this.#text('regular', metadata.title);
    for (let index = range.start; index < range.start + range.count; index += 1) {
      pdf.switchToPage(index);
      // Writing below the bottom margin would make pdfkit start a new page.
      const bottomMargin = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      const width = this.#width;
      const half = width / 2 - 6;
      const footerY = pdf.page.height - pageLayout.footerFromBottom;
      const pageOf = this.#text('regular', this.#labels.pageOf(index + 1, range.count));
      this.#artifact(() => {
        this.#set('regular', size.small, colour.muted);
        const one = { lineBreak: false, ellipsis: true, height: size.small + lineGap } as const;
        pdf.text(organisation, this.#left, pageLayout.headerBaseline, { ...one, width: half });
        pdf.text(title, this.#left + width / 2 + 6, pageLayout.headerBaseline, { ...one, width: half, align: 'right' });
        pdf
          .moveTo(this.#left, pageLayout.headerBaseline + size.small + 5)
          .lineTo(this.#left + width, pageLayout.headerBaseline + size.small + 5)
          .lineWidth(0.5)
          .stroke(colour.rule);
        pdf
          .moveTo(this.#left, footerY - 6)
          .lineTo(this.#left + width, footerY - 6)
          .lineWidth(0.5)
          .stroke(colour.rule);
        this.#set('regular', size.small, colour.muted);
        pdf.text(created, this.#left, footerY, { ...one, width: half });
        pdf.text(pageOf, this.#left + width / 2 + 6, footerY, { ...one, width: half, align: 'right' });
      }, 'Pagination');
      pdf.page.margins.bottom = bottomMargin;
    }
  }
}
