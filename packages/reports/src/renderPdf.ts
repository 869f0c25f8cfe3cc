import PDFDocument from 'pdfkit';
import { ReportDocument, type ReportDocumentInput } from './ReportDocument.js';
import { ReportFonts } from './ReportFonts.js';
import { pageLayout, ReportPdfWriter } from './ReportPdfWriter.js';

export interface RenderPdfOptions {
  /** Fonts to set the report in; default: DejaVu from fonts-dejavu-core, read on each call. Load once and pass it in to save the reads. */
  fonts?: ReportFonts;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The part of pdfkit that writes the XMP metadata; not in its typings. */
interface XmpWriter {
  info: Record<string, unknown>;
  endMetadata(): void;
}

/**
 * pdfkit copies Title, Author and Subject into the XMP metadata without escaping, so a title such as
 * "Haushalt <2027> & Stellenplan" would make the XMP packet invalid XML. The document information dictionary
 * (a PDF string) needs no escaping; only the XMP copy is escaped, at the moment pdfkit writes it.
 */
function escapeXmpMetadata(pdf: InstanceType<typeof PDFDocument>): void {
  const writer = pdf as unknown as XmpWriter;
  const endMetadata = writer.endMetadata.bind(writer);
  writer.endMetadata = () => {
    const info = writer.info;
    const escaped: Record<string, unknown> = { ...info };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer']) {
      const value = info[key];
      if (typeof value === 'string') escaped[key] = xmlEscape(value);
    }
    writer.info = escaped;
    try {
      endMetadata();
    } finally {
      writer.info = info;
    }
  };
}

/**
 * Renders a report as an A4 PDF: tagged (structure tree, document language, title shown in the window bar), fonts
 * embedded, a header with organisation and title and a footer with the creation time and "Seite X von Y" on every
 * page. The input is parsed first, so a document over the limits is refused with a ZodError naming the field and
 * limit. Equal input gives byte-equal output: the only time used is `metadata.createdAt`.
 */
export async function renderPdf(input: ReportDocumentInput, options: RenderPdfOptions = {}): Promise<Buffer> {
  const report = ReportDocument.parse(input);
  const fonts = options.fonts ?? ReportFonts.load();
  const { metadata } = report;
  const createdAt = new Date(metadata.createdAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: pageLayout.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: metadata.language,
    displayTitle: true,
    info: {
      Title: metadata.title,
      Author: metadata.author ?? metadata.organisation,
      ...(metadata.subject ? { Subject: metadata.subject } : {}),
      Creator: 'Plenum',
      Producer: 'Plenum (PDFKit)',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  escapeXmpMetadata(pdf);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  new ReportPdfWriter(pdf, fonts, report).write();
  pdf.end();
  return done;
}
