/**
 * The diagram as an image, drawn from the document (never a screenshot of the canvas): the
 * shared SVG renderer gives the SVG, and the browser draws that SVG into a <canvas> for PNG.
 * The same SVG is what the command line rasterises with resvg and what the PDF embeds.
 */
import type { Design } from '../../shared/model/types';
import type { Locale } from '../../shared/i18n/index';
import type { Theme } from '../../shared/diagram/style';
import { renderDiagramSvg } from '../../shared/diagram/svg';
import { exportLayout } from '../../shared/diagram/svg-layout';
import { loadIconSet } from './iconText';

export interface SvgRequest {
  design: Design;
  locale: Locale;
  theme: Theme;
  transparent?: boolean;
}

/** Browsers refuse canvases much larger than this; big designs are scaled down to fit. */
export const MAX_IMAGE_SIDE = 8192;

export async function diagramSvg(request: SvgRequest): Promise<string> {
  const [{ boxes, routes }, icons] = await Promise.all([exportLayout(request.design), loadIconSet()]);
  return renderDiagramSvg(request.design, {
    layout: boxes,
    routes,
    icons,
    theme: request.theme,
    locale: request.locale,
    transparent: request.transparent ?? false,
  });
}

/** The width and height the SVG declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg\b[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}

/** Pixels per diagram unit: the requested scale, lowered only when the image would be too big. */
export function effectiveScale(size: { width: number; height: number }, scale: number): number {
  const largest = Math.max(size.width, size.height, 1);
  return Math.min(scale, MAX_IMAGE_SIDE / largest);
}

/** Draws the SVG into a canvas and returns PNG bytes. */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const size = svgSize(svg);
  const factor = effectiveScale(size, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the diagram SVG could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * factor);
    canvas.height = Math.round(size.height * factor);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
