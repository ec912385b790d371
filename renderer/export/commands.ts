/**
 * The Export menu, in both hosts: the diagram as PNG (1x, 2x, transparent) and SVG, the design
 * review as PDF and Markdown, and the cost report as CSV and Markdown. Files leave through
 * host.exportFile (a save dialog in Electron, a download in a browser); the PDF through
 * host.printToPdf (Electron's printToPDF, or the browser's print dialog).
 */
import { formatCostCsv, formatCostMarkdown } from '../../shared/cost/index';
import { reviewToHtml, reviewToMarkdown } from '../../shared/io/index';
import type { Command, CommandContext } from '../app/commands';
import type { SaveResult } from '../host/host';
import type { DiagramImage, ImageOptions } from './diagram-image';
import { captureDiagram } from './diagram-image';
import { costOf, exportBaseName, reviewOf } from './review';

/** fitView animates for 300 ms (canvas/actions.ts); wait for it and two more frames. */
const FIT_SETTLE_MS = 360;

function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

function report(ctx: CommandContext, name: string, result: SaveResult | undefined): void {
  if (!result) {
    ctx.toast(ctx.t('export.failed', { file: name, reason: 'no host' }), 'error');
  } else if (result.ok) {
    ctx.toast(ctx.t('export.done', { file: result.file.name }));
  } else if (!result.cancelled) {
    ctx.toast(result.error, 'error');
  }
}

/**
 * Captures the whole diagram without editing chrome: clears the selection and fits the view
 * (the canvas renders only visible nodes), captures, then gives the selection back.
 */
export async function captureCanvas(
  ctx: CommandContext,
  options: ImageOptions,
): Promise<DiagramImage | null> {
  const flow = document.querySelector<HTMLElement>('.react-flow');
  if (!flow) {
    ctx.toast(ctx.t('export.noCanvas'), 'error');
    return null;
  }
  const selection = ctx.store.getState().selection;
  ctx.store.select([]);
  ctx.canvas.fitView();
  try {
    await new Promise((resolve) => setTimeout(resolve, FIT_SETTLE_MS));
    await frames(2);
    const image = await captureDiagram(flow, options);
    if (!image) ctx.toast(ctx.t('export.emptyDiagram'), 'error');
    return image;
  } finally {
    ctx.store.select(selection);
  }
}

/** The markup inside an `data:image/svg+xml;charset=utf-8,<percent-encoded>` URL. */
export function svgText(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  const body = dataUrl.slice(comma + 1);
  return /;base64,/.test(dataUrl.slice(0, comma + 1)) ? atob(body) : decodeURIComponent(body);
}

async function exportImage(ctx: CommandContext, options: ImageOptions, suffix: string): Promise<void> {
  const name = `${exportBaseName(ctx.store.getState())}${suffix}.${options.format}`;
  try {
    const image = await captureCanvas(ctx, options);
    if (!image) return;
    // SVG leaves as its text (html-to-image gives a percent-encoded data: URL); PNG as base64.
    const file =
      options.format === 'svg'
        ? { name, mime: 'image/svg+xml', data: svgText(image.dataUrl) }
        : { name, mime: 'image/png', data: image.dataUrl };
    report(ctx, name, await ctx.host?.exportFile(file));
  } catch (error) {
    ctx.toast(ctx.t('export.failed', { file: name, reason: String(error) }), 'error');
  }
}

async function exportText(ctx: CommandContext, name: string, mime: string, text: string): Promise<void> {
  report(ctx, name, await ctx.host?.exportFile({ name, mime, data: text }));
}

async function exportPdf(ctx: CommandContext): Promise<void> {
  const state = ctx.store.getState();
  const name = `${exportBaseName(state)}-review.pdf`;
  try {
    // The review still prints when the canvas is empty; it simply has no diagram.
    const image = await captureCanvas(ctx, { format: 'png', scale: 2 });
    const html = reviewToHtml(reviewOf(state), state.locale, image ? { diagram: image.dataUrl } : {});
    const result = await ctx.host?.printToPdf?.(html, name);
    report(ctx, name, result);
  } catch (error) {
    ctx.toast(ctx.t('export.failed', { file: name, reason: String(error) }), 'error');
  }
}

function exportCost(ctx: CommandContext, format: 'csv' | 'md'): Promise<void> {
  const state = ctx.store.getState();
  const name = `${exportBaseName(state)}-cost.${format}`;
  const cost = costOf(state);
  if ('error' in cost) {
    ctx.toast(ctx.t('export.costUnavailable', { reason: cost.error }), 'error');
    return Promise.resolve();
  }
  return format === 'csv'
    ? exportText(ctx, name, 'text/csv', formatCostCsv(cost, state.locale))
    : exportText(ctx, name, 'text/markdown', formatCostMarkdown(cost, state.locale));
}

export const exportCommands: Command[] = [
  {
    id: 'export.png',
    labelKey: 'export.command.png',
    group: 'export',
    run: (ctx) => exportImage(ctx, { format: 'png', scale: 1 }, ''),
  },
  {
    id: 'export.png2x',
    labelKey: 'export.command.png2x',
    group: 'export',
    run: (ctx) => exportImage(ctx, { format: 'png', scale: 2 }, '@2x'),
  },
  {
    id: 'export.pngTransparent',
    labelKey: 'export.command.pngTransparent',
    group: 'export',
    run: (ctx) => exportImage(ctx, { format: 'png', scale: 1, transparent: true }, '-transparent'),
  },
  {
    id: 'export.svg',
    labelKey: 'export.command.svg',
    group: 'export',
    run: (ctx) => exportImage(ctx, { format: 'svg' }, ''),
  },
  { id: 'export.pdf', labelKey: 'export.command.pdf', group: 'export', run: exportPdf },
  {
    id: 'export.reviewMd',
    labelKey: 'export.command.reviewMd',
    group: 'export',
    run: (ctx) => {
      const state = ctx.store.getState();
      const name = `${exportBaseName(state)}-review.md`;
      return exportText(ctx, name, 'text/markdown', reviewToMarkdown(reviewOf(state), state.locale));
    },
  },
  {
    id: 'export.costCsv',
    labelKey: 'export.command.costCsv',
    group: 'export',
    run: (ctx) => exportCost(ctx, 'csv'),
  },
  {
    id: 'export.costMd',
    labelKey: 'export.command.costMd',
    group: 'export',
    run: (ctx) => exportCost(ctx, 'md'),
  },
];
