/**
 * The Node side of `skyplan export`: the official icons and a Unicode font read from disk, PNG
 * rasterised from the export SVG with resvg (@resvg/resvg-js, a native renderer: no browser),
 * and the review PDF written by PDFKit with svg-to-pdfkit drawing the same SVG as vectors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IconSet } from '../../shared/diagram/icons';
import { diagramIconPaths } from '../../shared/diagram/icons';
import type { PdfDocument, ReviewPdfInput, SvgToPdf } from '../../shared/diagram/svg-pdf';
import { writeReviewPdf } from '../../shared/diagram/svg-pdf';

const requireHere = createRequire(import.meta.url);

/** The aws-icons files a diagram may draw, as text. */
export function loadIcons(): IconSet {
  const root = join(dirname(requireHere.resolve('aws-icons/package.json')), 'icons');
  const icons: Record<string, string> = {};
  for (const path of diagramIconPaths()) {
    const file = join(root, path);
    if (existsSync(file)) icons[path] = readFileSync(file, 'utf8');
  }
  return icons;
}

/**
 * Noto Sans KR (the @embedpdf/fonts-kr package, SIL Open Font License): PDF text beyond Latin-1
 * (Korean, names in any script) needs a font embedded in the file; PDFKit keeps only the glyphs
 * used, so a review grows by tens of kilobytes, not megabytes.
 */
export function loadUnicodeFont(): NonNullable<ReviewPdfInput['fonts']> {
  const folder = join(dirname(requireHere.resolve('@embedpdf/fonts-kr')), '..', 'fonts');
  return {
    regular: new Uint8Array(readFileSync(join(folder, 'NotoSansKR-Regular.otf'))),
    bold: new Uint8Array(readFileSync(join(folder, 'NotoSansKR-Bold.otf'))),
  };
}

/** Largest PNG side resvg is asked to produce (memory stays well under 1 GB). */
export const MAX_PNG_SIDE = 16384;

export interface PngSize {
  width: number;
  height: number;
}

export function pngSize(svg: string, scale: number): PngSize {
  const match = /<svg\b[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return {
    width: Math.ceil(Number(match?.[1] ?? 0) * scale),
    height: Math.ceil(Number(match?.[2] ?? 0) * scale),
  };
}

/**
 * resvg's fonts. resvg honours only the first family of a list that it knows and otherwise uses
 * its default family, so the default is set to the platform's usual sans font: left to itself
 * resvg picks whichever system font comes first, and text comes out wider or narrower than a
 * browser draws it (the diagram's `system-ui` resolves to these families in browsers too).
 */
export const RESVG_FONTS = {
  loadSystemFonts: true,
  defaultFontFamily:
    process.platform === 'darwin' ? 'Helvetica' : process.platform === 'win32' ? 'Arial' : 'DejaVu Sans',
} as const;

export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: RESVG_FONTS,
    shapeRendering: 2,
    textRendering: 1,
  });
  return new Uint8Array(resvg.render().asPng());
}

export async function reviewPdf(input: ReviewPdfInput): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const svgToPdf = (await import('svg-to-pdfkit')).default as unknown as SvgToPdf;
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: input.review.title, Creator: 'Skyplan', Producer: 'Skyplan' },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  writeReviewPdf(doc as unknown as PdfDocument, input, svgToPdf);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
