/**
 * What `skyplan export --to NAME` can produce: one entry per format. Adding a format is one
 * entry here (its name, file extension, whether it is binary, and how to produce it from the
 * design); the command, its help and its errors pick it up from this table.
 */
import { computeCost } from '../../shared/cost/index';
import { renderDrawio } from '../../shared/diagram/drawio';
import { renderDiagramSvg } from '../../shared/diagram/svg';
import { needsUnicodeFont } from '../../shared/diagram/svg-pdf';
import { exportLayout } from '../../shared/diagram/svg-layout';
import type { ExportLayout } from '../../shared/diagram/svg-layout';
import type { Theme } from '../../shared/diagram/style';
import type { Locale } from '../../shared/i18n/index';
import type { Review } from '../../shared/io/index';
import { buildReview, reviewToHtml, reviewToMarkdown } from '../../shared/io/index';
import type { Design } from '../../shared/model/types';
import { runRules } from '../../shared/rules/index';
import type { CommandContext } from '../context';
import { CliError } from '../context';
import { loadUnicodeFont, loadIcons, MAX_PNG_SIDE, pngSize, reviewPdf, svgToPng } from './export-render';
import { exportCloudFormation, exportTerraform } from '../../shared/interop/index';

export interface ExportRequest {
  ctx: CommandContext;
  design: Design;
  /** The design file as named on the command line. */
  file: string;
  locale: Locale;
  theme: Theme;
  /** PNG pixels per diagram unit. */
  scale: number;
  transparent: boolean;
  /** ISO date printed on reviews. */
  date: string;
}

export interface ExportFormat {
  /** The --to value. */
  name: string;
  /** File extension written by default (without the dot). */
  extension: string;
  /** Binary formats are never written to standard output. */
  binary: boolean;
  produce(request: ExportRequest): Promise<string | Uint8Array>;
}

/** The document's layout, completed by the auto layout where boxes are missing, and routes. */
function layoutOf(request: ExportRequest): Promise<ExportLayout> {
  return exportLayout(request.design);
}

async function svgOf(request: ExportRequest, transparent = request.transparent): Promise<string> {
  const { boxes, routes } = await layoutOf(request);
  return renderDiagramSvg(request.design, {
    layout: boxes,
    routes,
    theme: request.theme,
    locale: request.locale,
    icons: loadIcons(),
    transparent,
  });
}

function reviewOf(request: ExportRequest): Review {
  const { design } = request;
  let cost: ReturnType<typeof computeCost> | { error: string };
  try {
    cost = computeCost(design);
  } catch (error) {
    cost = { error: error instanceof Error ? error.message : String(error) };
  }
  return buildReview({
    design,
    findings: runRules(design),
    cost,
    locale: request.locale,
    date: request.date,
  });
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { name: 'svg', extension: 'svg', binary: false, produce: (request) => svgOf(request) },
  {
    name: 'png',
    extension: 'png',
    binary: true,
    async produce(request) {
      const svg = await svgOf(request);
      const size = pngSize(svg, request.scale);
      if (size.width > MAX_PNG_SIDE || size.height > MAX_PNG_SIDE) {
        throw new CliError('cli.export.tooLarge', { scale: request.scale, ...size });
      }
      return svgToPng(svg, request.scale);
    },
  },
  {
    name: 'pdf',
    extension: 'pdf',
    binary: true,
    async produce(request) {
      // The PDF page has its own white paper: the diagram is drawn without a background.
      const svg = await svgOf({ ...request, theme: 'light' }, true);
      const review = reviewOf(request);
      const fonts = needsUnicodeFont(JSON.stringify(review) + svg) ? loadUnicodeFont() : undefined;
      return reviewPdf({ review, locale: request.locale, svg, ...(fonts ? { fonts } : {}) });
    },
  },
  {
    name: 'drawio',
    extension: 'drawio',
    binary: false,
    async produce(request) {
      const { boxes, routes } = await layoutOf(request);
      return renderDrawio(request.design, { layout: boxes, routes, locale: request.locale });
    },
  },
  {
    name: 'md',
    extension: 'md',
    binary: false,
    produce: async (request) => reviewToMarkdown(reviewOf(request), request.locale),
  },
  {
    name: 'html',
    extension: 'html',
    binary: false,
    async produce(request) {
      const svg = await svgOf(request);
      const diagram = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
      return reviewToHtml(reviewOf(request), request.locale, { diagram });
    },
  },
  {
    name: 'cloudformation',
    extension: 'cfn.yaml',
    binary: false,
    produce: async (request) => exportCloudFormation(request.design),
  },
  {
    name: 'terraform',
    extension: 'tf',
    binary: false,
    produce: async (request) => exportTerraform(request.design),
  },
];

export function findExportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.name === name);
}
