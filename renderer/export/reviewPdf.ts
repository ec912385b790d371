/**
 * The design review as PDF bytes, in the page itself: PDFKit's browser build and svg-to-pdfkit
 * (loaded on first use; ~1 MB) write the same document as `skyplan export --to pdf`, so no host
 * needs a print dialog. Latin text uses PDFKit's Helvetica; text beyond Latin-1 (Korean) embeds
 * Noto Sans KR, fetched from the app's own files only when a review needs it.
 */
import type { ReviewPdfInput, PdfDocument, SvgToPdf } from '../../shared/diagram/svg-pdf';
import { needsUnicodeFont, writeReviewPdf } from '../../shared/diagram/svg-pdf';

const fontUrls = import.meta.glob<string>(
  [
    '../../node_modules/@embedpdf/fonts-kr/fonts/NotoSansKR-Regular.otf',
    '../../node_modules/@embedpdf/fonts-kr/fonts/NotoSansKR-Bold.otf',
  ],
  { query: '?url', import: 'default' },
);

async function fontBytes(name: string): Promise<Uint8Array> {
  const load = Object.entries(fontUrls).find(([path]) => path.endsWith(name))?.[1];
  if (!load) throw new Error(`font ${name} is not bundled`);
  const response = await fetch(await load());
  if (!response.ok) throw new Error(`font ${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Noto Sans KR, when the review or the diagram has text Helvetica cannot show. */
async function fontsFor(input: ReviewPdfInput): Promise<ReviewPdfInput['fonts']> {
  if (input.fonts || !needsUnicodeFont(JSON.stringify(input.review) + (input.svg ?? ''))) return input.fonts;
  const [regular, bold] = await Promise.all([
    fontBytes('NotoSansKR-Regular.otf'),
    fontBytes('NotoSansKR-Bold.otf'),
  ]);
  return { regular, bold };
}

export async function reviewPdfBytes(input: ReviewPdfInput): Promise<{ bytes: Uint8Array; pages: number }> {
  const [pdfkit, svgModule, helvetica, helveticaBold] = await Promise.all([
    import('pdfkit'),
    import('svg-to-pdfkit'),
    import('pdfkit/standard-fonts/Helvetica'),
    import('pdfkit/standard-fonts/HelveticaBold'),
  ]);
  // The browser build carries no font data until it is registered (Node reads it from disk).
  const { registerStdFonts } = pdfkit as unknown as { registerStdFonts: (...fonts: unknown[]) => void };
  registerStdFonts(helvetica.default, helveticaBold.default);
  const PDFDocument = pdfkit.default;
  const svgToPdf = svgModule.default as unknown as SvgToPdf;
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: input.review.title, Creator: 'Skyplan', Producer: 'Skyplan' },
  });
  const chunks: Uint8Array[] = [];
  let pages = 0;
  doc.on('pageAdded', () => pages++);
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const fonts = await fontsFor(input);
  writeReviewPdf(doc as unknown as PdfDocument, { ...input, ...(fonts ? { fonts } : {}) }, svgToPdf);
  doc.end();
  await done;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, pages };
}
