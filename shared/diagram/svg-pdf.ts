/**
 * The design review as a PDF: the diagram page (the export SVG drawn as vectors), then the
 * summary, findings and cost pages. The PDF library is passed in (PDFKit and svg-to-pdfkit in
 * Node and, bundled, in the browser), so the command line, the desktop app and the browser
 * write the same document and no host needs a print dialog.
 *
 * Text uses the font given in `fonts` (needed for Korean); without one, PDFKit's built-in
 * Helvetica, which covers Latin text only.
 */
import type { Review } from '../io/index';
import type { Locale } from '../i18n/index';
import { t } from '../i18n/index';

/** The part of a PDFKit document this module uses. */
export interface PdfDocument {
  addPage(options?: {
    size?: [number, number] | string;
    layout?: 'portrait' | 'landscape';
    margin?: number;
  }): PdfDocument;
  registerFont(name: string, src: Uint8Array): PdfDocument;
  font(name: string): PdfDocument;
  fontSize(size: number): PdfDocument;
  fillColor(colour: string): PdfDocument;
  strokeColor(colour: string): PdfDocument;
  lineWidth(width: number): PdfDocument;
  moveTo(x: number, y: number): PdfDocument;
  lineTo(x: number, y: number): PdfDocument;
  stroke(): PdfDocument;
  text(
    text: string,
    x: number,
    y: number,
    options?: { width?: number; align?: 'left' | 'right' | 'center'; lineBreak?: boolean },
  ): PdfDocument;
  heightOfString(text: string, options?: { width?: number }): number;
  widthOfString(text: string): number;
  page: { width: number; height: number };
}

export type SvgToPdf = (
  doc: PdfDocument,
  svg: string,
  x: number,
  y: number,
  options: { width: number; height: number; preserveAspectRatio?: string; fontCallback?: () => string },
) => void;

export interface ReviewPdfInput {
  review: Review;
  locale: Locale;
  /** The diagram SVG (renderDiagramSvg); omitted: no diagram page. */
  svg?: string;
  fonts?: { regular: Uint8Array; bold?: Uint8Array };
}

/** Whether text goes beyond Latin-1 (Hangul, CJK, symbols): then the PDF needs `fonts`. */
export function needsUnicodeFont(text: string): boolean {
  for (const char of text) if ((char.codePointAt(0) ?? 0) > 0xff) return true;
  return false;
}

const MARGIN = 48;
const INK = '#1B2430';
const MUTED = '#5B6675';

class Writer {
  y = MARGIN;
  constructor(
    readonly doc: PdfDocument,
    readonly regular: string,
    readonly bold: string,
  ) {}

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  /** Starts a new page when `height` more points would run past the bottom margin. */
  ensure(height: number): void {
    if (this.y + height > this.doc.page.height - MARGIN) {
      this.doc.addPage({ size: 'A4', margin: MARGIN });
      this.y = MARGIN;
    }
  }

  line(
    text: string,
    options: { size?: number; bold?: boolean; colour?: string; indent?: number; gap?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? this.bold : this.regular)
      .fontSize(size)
      .fillColor(options.colour ?? INK);
    const height = this.doc.heightOfString(text, { width: this.width - indent });
    this.ensure(height);
    this.doc.text(text, MARGIN + indent, this.y, { width: this.width - indent });
    this.y += height + (options.gap ?? 3);
  }

  heading(text: string): void {
    this.ensure(40);
    this.y += 10;
    this.line(text, { size: 14, bold: true, gap: 4 });
    this.doc
      .strokeColor('#D5DBE3')
      .lineWidth(1)
      .moveTo(MARGIN, this.y)
      .lineTo(MARGIN + this.width, this.y)
      .stroke();
    this.y += 6;
  }

  /** One table row: a left text and a right-aligned amount. */
  row(
    left: string,
    right: string,
    options: { bold?: boolean; colour?: string; indent?: number; size?: number; rightWidth?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    const amountWidth = options.rightWidth ?? 110;
    this.doc
      .font(options.bold ? this.bold : this.regular)
      .fontSize(size)
      .fillColor(options.colour ?? INK);
    const height = Math.max(
      this.doc.heightOfString(left, { width: this.width - amountWidth - indent - 8 }),
      size * 1.2,
    );
    this.ensure(height);
    this.doc.text(left, MARGIN + indent, this.y, { width: this.width - amountWidth - indent - 8 });
    this.doc.text(right, MARGIN + this.width - amountWidth, this.y, { width: amountWidth, align: 'right' });
    this.y += height + 2;
  }
}

function diagramPage(doc: PdfDocument, writer: Writer, input: ReviewPdfInput, draw: SvgToPdf): void {
  const { svg, review, locale } = input;
  if (!svg) return;
  const size = /<svg\b[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  const width = Number(size?.[1] ?? 800);
  const height = Number(size?.[2] ?? 600);
  doc.addPage({ size: 'A4', layout: width >= height ? 'landscape' : 'portrait', margin: MARGIN });
  writer.y = MARGIN;
  writer.line(`${review.title} · ${t(locale, 'export.pdf.diagramPage')}`, { size: 14, bold: true, gap: 8 });
  const top = writer.y;
  const boxWidth = doc.page.width - 2 * MARGIN;
  const boxHeight = doc.page.height - top - MARGIN;
  // Fit the drawing in the page box, never enlarged past 1 diagram unit = 1 point.
  const scale = Math.min(1, boxWidth / width, boxHeight / height);
  draw(doc, svg, MARGIN + (boxWidth - width * scale) / 2, top, {
    width: width * scale,
    height: height * scale,
    preserveAspectRatio: 'xMidYMin meet',
    fontCallback: () => writer.regular,
  });
}

function reviewPages(writer: Writer, input: ReviewPdfInput): void {
  const { review, locale } = input;
  writer.doc.addPage({ size: 'A4', margin: MARGIN });
  writer.y = MARGIN;
  writer.line(review.title, { size: 18, bold: true, gap: 2 });
  writer.line(review.generated, { colour: MUTED, gap: 6 });

  writer.heading(t(locale, 'export.review.summary'));
  writer.row(t(locale, 'export.review.region'), review.region);
  if (review.description) writer.line(`${t(locale, 'export.review.description')}: ${review.description}`);
  writer.row(t(locale, 'export.review.resources'), String(review.resourceCount));
  writer.row(t(locale, 'export.review.connections'), String(review.connectionCount));
  writer.row(t(locale, 'export.review.findings'), t(locale, 'export.review.findingCounts', review.counts), {
    rightWidth: 260,
  });

  writer.heading(t(locale, 'export.review.findings'));
  if (review.findings.length === 0) writer.line(t(locale, 'export.review.noFindings'));
  for (const finding of review.findings) {
    const colour =
      finding.severity === 'error' ? '#C62828' : finding.severity === 'warning' ? '#9A6B00' : MUTED;
    writer.line(`${finding.severityLabel}: ${finding.message} (${finding.rule})`, { colour, gap: 1 });
    if (finding.resources.length > 0) {
      writer.line(`${t(locale, 'export.review.affects')}: ${finding.resources.join(', ')}`, {
        colour: MUTED,
        indent: 12,
        size: 9,
        gap: 1,
      });
    }
    if (finding.fix)
      writer.line(`${t(locale, 'export.review.fix')}: ${finding.fix}`, { indent: 12, size: 9 });
    writer.y += 4;
  }

  writer.heading(t(locale, 'export.review.cost'));
  const cost = review.cost;
  if (!cost.ok) {
    writer.line(t(locale, 'export.review.costNone', { reason: cost.reason }), { colour: MUTED });
    return;
  }
  writer.row(
    `${t(locale, 'export.review.col.resource')} / ${t(locale, 'export.review.col.item')}`,
    t(locale, 'export.review.col.monthly'),
    { bold: true },
  );
  for (const row of cost.rows) {
    writer.row(`${row.resource} (${row.type})`, row.monthly);
    if (row.free) continue;
    for (const line of row.lines)
      writer.row(line.description, line.monthly, { indent: 14, size: 8.5, colour: MUTED });
  }
  writer.y += 4;
  writer.row(t(locale, 'export.review.costTotal'), cost.total, { bold: true, size: 11 });
  writer.line(cost.priceTable, { colour: MUTED, size: 9 });
  if (cost.estimate) writer.line(t(locale, 'export.review.costEstimate'), { colour: MUTED, size: 9 });
}

/**
 * Writes the review into `doc`, a PDFKit document created with `{ autoFirstPage: false }`;
 * the caller ends the document and collects its bytes.
 */
export function writeReviewPdf(doc: PdfDocument, input: ReviewPdfInput, draw: SvgToPdf): void {
  let regular = 'Helvetica';
  let bold = 'Helvetica-Bold';
  if (input.fonts) {
    doc.registerFont('skyplan-regular', input.fonts.regular);
    doc.registerFont('skyplan-bold', input.fonts.bold ?? input.fonts.regular);
    regular = 'skyplan-regular';
    bold = 'skyplan-bold';
  }
  const writer = new Writer(doc, regular, bold);
  diagramPage(doc, writer, input, draw);
  reviewPages(writer, input);
}
