/**
 * The Export menu, in both hosts: the diagram as PNG (1x, 2x, transparent), SVG and draw.io,
 * the design review as PDF and Markdown, and the cost report as CSV and Markdown. Every picture
 * is drawn from the document by the shared renderer (shared/diagram/svg.ts), the same one
 * `skyplan export` uses; the PDF is written in the page (PDFKit), so no print dialog opens.
 * Files leave through host.exportFile (a save dialog in Electron, a download in a browser).
 */
import { formatCostCsv, formatCostMarkdown } from '../../shared/cost/index';
import { renderDrawio } from '../../shared/diagram/drawio';
import { exportLayout } from '../../shared/diagram/svg-layout';
import { reviewToMarkdown } from '../../shared/io/index';
import type { Command, CommandContext } from '../app/command';
import type { SaveResult } from '../host/host';
import { diagramSvg, svgToPng } from './diagramImage';
import { costOf, exportBaseName, reviewOf } from './review';
import { reviewPdfBytes } from './reviewPdf';

function report(ctx: CommandContext, name: string, result: SaveResult | undefined, doneText?: string): void {
  if (!result) {
    ctx.toast(ctx.t('export.failed', { file: name, reason: 'no host' }), 'error');
  } else if (result.ok) {
    ctx.toast(doneText ?? ctx.t('export.done', { file: result.file.name }));
  } else if (!result.cancelled) {
    ctx.toast(result.error, 'error');
  }
}

/** False (with a message) when there is nothing to draw. */
function hasDiagram(ctx: CommandContext): boolean {
  if (ctx.store.getState().design.resources.length > 0) return true;
  ctx.toast(ctx.t('export.emptyDiagram'), 'error');
  return false;
}

interface ImageOptions {
  format: 'png' | 'svg';
  scale?: number;
  transparent?: boolean;
}

async function exportImage(ctx: CommandContext, options: ImageOptions, suffix: string): Promise<void> {
  const state = ctx.store.getState();
  const name = `${exportBaseName(state)}${suffix}.${options.format}`;
  if (!hasDiagram(ctx)) return;
  try {
    const svg = await diagramSvg({
      design: state.design,
      locale: state.locale,
      theme: state.theme,
      transparent: options.transparent ?? false,
    });
    const file =
      options.format === 'svg'
        ? { name, mime: 'image/svg+xml', data: svg }
        : { name, mime: 'image/png', data: await svgToPng(svg, options.scale ?? 1) };
    report(ctx, name, await ctx.host?.exportFile(file));
  } catch (error) {
    ctx.toast(ctx.t('export.failed', { file: name, reason: String(error) }), 'error');
  }
}

async function exportDrawio(ctx: CommandContext): Promise<void> {
  const state = ctx.store.getState();
  const name = `${exportBaseName(state)}.drawio`;
  if (!hasDiagram(ctx)) return;
  try {
    const { boxes, routes } = await exportLayout(state.design);
    const xml = renderDrawio(state.design, { layout: boxes, routes, locale: state.locale });
    report(ctx, name, await ctx.host?.exportFile({ name, mime: 'application/vnd.jgraph.mxfile', data: xml }));
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
    // The review is still written when the design is empty; it simply has no diagram page.
    const svg =
      state.design.resources.length > 0
        ? await diagramSvg({ design: state.design, locale: state.locale, theme: 'light', transparent: true })
        : undefined;
    const { bytes, pages } = await reviewPdfBytes({
      review: reviewOf(state),
      locale: state.locale,
      ...(svg ? { svg } : {}),
    });
    const result = await ctx.host?.exportFile({ name, mime: 'application/pdf', data: bytes });
    report(
      ctx,
      name,
      result,
      result?.ok ? ctx.t('export.command.pdfDone', { file: result.file.name, pages }) : undefined,
    );
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
  { id: 'export.drawio', labelKey: 'export.command.drawio', group: 'export', run: exportDrawio },
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
