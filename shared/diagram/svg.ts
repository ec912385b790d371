/**
 * The diagram as a standalone SVG document, from the design alone: real `<rect>`, `<path>` and
 * `<text>` elements in the AWS group styles (shared/diagram/style.ts, the canvas' conventions),
 * each official icon embedded once as a `<symbol>` and `<use>`d, arrowheads as a `<marker>`,
 * fonts named with fallbacks, and every piece of user text XML-escaped. No `<foreignObject>`,
 * no CSS classes and no script, so it opens the same in browsers, Inkscape, ImageMagick, resvg,
 * draw.io and PDF converters.
 *
 * The layout comes from `options.layout` or the document; use `exportLayout` (svg-layout.ts) to
 * fill in a document that has none. Pure: the command line and the app both call it.
 */
import type { Locale } from '../i18n/index';
import type { Design, LayoutBox } from '../model/types';
import type { EdgeRoute } from './routes';
import { escapeXml as esc, xmlId } from './escape';
import type { IconSet } from './icons';
import { iconSymbol, needsTile, symbolId } from './icons';
import type { Chip, Scene, SceneEdge, SceneGroup, SceneLink, SceneNode } from './svg-scene';
import { buildScene } from './svg-scene';
import { fitText, textWidth, wrapTwoLines } from './svg-text';
import type { Theme } from './style';
import { EDGE, FONTS, groupStyle, SIZES } from './style';

export interface SvgOptions {
  layout?: Readonly<Record<string, LayoutBox>>;
  /** Connection routes from the auto layout (svg-layout.ts exportLayout). */
  routes?: Readonly<Record<string, EdgeRoute>>;
  theme?: Theme;
  locale?: Locale;
  /** Icon SVG text by aws-icons path; icons missing here are drawn as a plain tile. */
  icons?: IconSet;
  /** Leave out the background rectangle (transparent PNGs). */
  transparent?: boolean;
  /** Space around the drawing, in diagram units. */
  margin?: number;
}

export const BACKGROUND: Record<Theme, string> = { light: '#FFFFFF', dark: '#16191D' };
const INK: Record<Theme, { name: string; detail: string; tile: string; chipBg: string }> = {
  light: { name: '#232F3E', detail: '#545B64', tile: '#F2F3F5', chipBg: '#FFFFFF' },
  dark: { name: '#E6E9EE', detail: '#AAB7B8', tile: '#E6E9EE', chipBg: '#1E2228' },
};
const CHIP_COLOUR: Record<Chip['kind'], Record<Theme, string>> = {
  'route-table': { light: '#8C4FFF', dark: '#A97DFF' },
  'network-acl': { light: '#8C4FFF', dark: '#A97DFF' },
  'security-group': { light: '#DD3522', dark: '#FF6B5A' },
};
const CHIP = { height: 18, font: 10, padX: 6, gap: 6 } as const;
const ARROW_ID = 'skyplan-arrow';

function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

interface Ctx {
  theme: Theme;
  icons: IconSet;
  used: Set<string>;
}

function icon(ctx: Ctx, path: string, x: number, y: number, size: number): string {
  if (!ctx.icons[path]) {
    return `<rect x="${num(x)}" y="${num(y)}" width="${size}" height="${size}" rx="4" fill="${INK[ctx.theme].tile}" stroke="${INK[ctx.theme].detail}"/>`;
  }
  ctx.used.add(path);
  const tile =
    ctx.theme === 'dark' && needsTile(path)
      ? `<rect x="${num(x - 2)}" y="${num(y - 2)}" width="${size + 4}" height="${size + 4}" rx="4" fill="${INK.dark.tile}" stroke="none"/>`
      : '';
  return `${tile}<use href="#${symbolId(path)}" xlink:href="#${symbolId(path)}" x="${num(x)}" y="${num(y)}" width="${size}" height="${size}"/>`;
}

function chipWidth(chip: Chip): number {
  return Math.ceil(textWidth(chip.label, CHIP.font)) + 2 * CHIP.padX;
}

function drawChip(ctx: Ctx, chip: Chip, x: number, y: number, width: number): string {
  const colour = CHIP_COLOUR[chip.kind][ctx.theme];
  const dash = chip.kind === 'security-group' ? ' stroke-dasharray="3 2"' : '';
  return (
    `<g data-chip="${esc(chip.kind)}" data-id="${esc(chip.id)}">` +
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${CHIP.height}" rx="9" fill="${INK[ctx.theme].chipBg}" stroke="${colour}"${dash}/>` +
    `<text x="${num(x + width / 2)}" y="${num(y + CHIP.height / 2 + CHIP.font * 0.35)}" text-anchor="middle" fill="${colour}" ${fitText(chip.label, CHIP.font, width - 2 * CHIP.padX, 7)}>${esc(chip.label)}</text>` +
    `</g>`
  );
}

function drawGroup(ctx: Ctx, group: SceneGroup): string {
  const style = groupStyle(group.kind, ctx.theme);
  const dash = style.dashed ? ' stroke-dasharray="6 4"' : '';
  const parts = [
    `<g data-kind="group" data-group="${esc(group.kind)}" data-id="${esc(group.key)}">`,
    `<rect x="${num(group.x)}" y="${num(group.y)}" width="${num(group.w)}" height="${num(group.h)}" fill="${style.fill}" stroke="${style.border}" stroke-width="${group.kind === 'az' ? 1.5 : 2}"${dash}/>`,
  ];
  // The AWS group icon sits in the top-left corner; AZs have none.
  const iconSize = group.icon ? 28 : 0;
  if (group.icon) parts.push(icon(ctx, group.icon, group.x, group.y, iconSize));
  const textX = group.x + (iconSize ? iconSize + 8 : 10);
  const baseline = group.y + (group.kind === 'az' ? 18 : 19);
  // Chips go right-aligned on the header when the title still fits beside them, else in the
  // group's bottom-right corner.
  const chipWidths = group.chips.map(chipWidth);
  const chipsWidth = chipWidths.reduce((sum, w) => sum + w + CHIP.gap, 0);
  const titleNeeds = Math.min(textWidth(group.title, FONTS.group) * 1.05 + 1, 160);
  const chipsOnHeader = chipsWidth === 0 || group.w - (textX - group.x) - chipsWidth - 8 >= titleNeeds;
  const headerRight = group.x + group.w - (chipsOnHeader ? chipsWidth : 0) - 8;
  const room = Math.max(40, headerRight - textX);
  const titleWidth = Math.min(room, textWidth(group.title, FONTS.group) * 1.05 + 1);
  parts.push(
    `<text x="${num(textX)}" y="${num(baseline)}" fill="${style.label}" font-weight="bold" ${fitText(group.title, FONTS.group, room)}>${esc(group.title)}</text>`,
  );
  if (group.subtitle) {
    const subX = textX + titleWidth + 8;
    const subRoom = headerRight - subX;
    const fitsBeside = subRoom >= Math.min(textWidth(group.subtitle, FONTS.detail), 120);
    parts.push(
      fitsBeside
        ? `<text x="${num(subX)}" y="${num(baseline)}" fill="${INK[ctx.theme].detail}" ${fitText(group.subtitle, FONTS.detail, subRoom, 7)}>${esc(group.subtitle)}</text>`
        : // A narrow group: the CIDR and AZ go on a second line.
          `<text x="${num(textX)}" y="${num(baseline + 14)}" fill="${INK[ctx.theme].detail}" ${fitText(group.subtitle, FONTS.detail, group.x + group.w - 6 - textX, 7)}>${esc(group.subtitle)}</text>`,
    );
  }
  let chipX = group.x + group.w - 6;
  const chipY = chipsOnHeader ? group.y + 6 : group.y + group.h - CHIP.height - 6;
  group.chips.forEach((chip, i) => {
    const width = Math.min(chipWidths[i] ?? 0, group.w - 12);
    chipX -= width;
    parts.push(drawChip(ctx, chip, chipX, chipY, width));
    chipX -= CHIP.gap;
  });
  parts.push('</g>');
  return parts.join('');
}

function drawNode(ctx: Ctx, node: SceneNode): string {
  const ink = INK[ctx.theme];
  const size = SIZES.icon;
  const centre = node.x + node.w / 2;
  const iconY = node.y + 4;
  const nameY = iconY + size + 17;
  // Names wrap on two lines, as on the canvas (wider than the shape by most of the gap).
  // Bold glyphs run wider than textWidth's estimate: keep a margin to the neighbour's name.
  const maxWidth = node.w + SIZES.gap - 16;
  const lines = wrapTwoLines(node.name, FONTS.name, maxWidth);
  const detailY = nameY + (lines.length - 1) * FONTS.nameLine + 15;
  const parts = [
    `<g data-kind="node" data-id="${esc(node.resource.id)}" data-key="${esc(node.key)}"${node.replica ? ' data-replica="true"' : ''}>`,
    `<title>${esc(node.name)}</title>`,
    icon(ctx, node.icon, centre - size / 2, iconY, size),
    // One text element (the name stays one searchable, copyable string), a line per tspan.
    `<text x="${num(centre)}" y="${num(nameY)}" text-anchor="middle" fill="${ink.name}" font-weight="600" font-size="${FONTS.name}">${lines
      .map(
        (line, i) =>
          `<tspan x="${num(centre)}" y="${num(nameY + i * FONTS.nameLine)}" ${fitText(line.trim(), FONTS.name, maxWidth)}>${esc(line)}</tspan>`,
      )
      .join('')}</text>`,
    `<text x="${num(centre)}" y="${num(detailY)}" text-anchor="middle" fill="${ink.detail}" ${fitText(node.detail, FONTS.detail, maxWidth, 7)}>${esc(node.detail)}</text>`,
  ];
  if (node.chips.length > 0) {
    // Security groups as one chip under the label ("web-sg, admin-sg").
    const chip: Chip = { ...node.chips[0]!, label: node.chips.map((c) => c.label).join(', ') };
    const width = Math.min(node.w + SIZES.gap - 8, chipWidth(chip));
    parts.push(drawChip(ctx, chip, centre - width / 2, node.y + node.h - 2, width));
  }
  parts.push('</g>');
  return parts.join('');
}

function pathOf(edge: SceneEdge): string {
  return edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');
}

function drawEdge(ctx: Ctx, edge: SceneEdge): string {
  const colours = EDGE[ctx.theme];
  const dash = edge.dashed ? ` stroke-dasharray="${EDGE.dash}"` : '';
  const parts = [
    `<g data-kind="edge" data-id="${esc(edge.connection.id)}" data-from="${esc(edge.from)}" data-to="${esc(edge.to)}">`,
    `<path d="${pathOf(edge)}" fill="none" stroke="${colours.stroke}" stroke-width="${EDGE.width}"${dash} marker-end="url(#${ARROW_ID})"/>`,
  ];
  if (edge.label) {
    const width = textWidth(edge.label, FONTS.edgeLabel) + 8;
    const { x: lx, y: ly } = edge.labelAt;
    parts.push(
      `<rect x="${num(lx - width / 2)}" y="${num(ly - 8)}" width="${num(width)}" height="16" rx="3" fill="${colours.labelBg}" stroke="none"/>`,
      `<text x="${num(lx)}" y="${num(ly + 4)}" text-anchor="middle" fill="${colours.label}" font-size="${FONTS.edgeLabel}">${esc(edge.label)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** A dead-letter link: thin and dotted, its label small, so it reads as a note, not traffic. */
function drawLink(ctx: Ctx, link: SceneLink): string {
  const colours = EDGE[ctx.theme];
  const d = link.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');
  const width = textWidth(link.label, FONTS.edgeLabel - 1) + 8;
  const { x: lx, y: ly } = link.labelAt;
  return [
    `<g data-kind="link" data-id="${esc(link.id)}" data-from="${esc(link.from)}" data-to="${esc(link.to)}">`,
    `<path d="${d}" fill="none" stroke="${colours.stroke}" stroke-width="${EDGE.width}" stroke-dasharray="3 3" marker-end="url(#${ARROW_ID})"/>`,
    `<rect x="${num(lx - width / 2)}" y="${num(ly - 7)}" width="${num(width)}" height="14" rx="3" fill="${colours.labelBg}" stroke="none"/>`,
    `<text x="${num(lx)}" y="${num(ly + 3)}" text-anchor="middle" fill="${colours.label}" font-size="${FONTS.edgeLabel - 1}">${esc(link.label)}</text>`,
    '</g>',
  ].join('');
}

function defs(ctx: Ctx): string {
  const stroke = EDGE[ctx.theme].stroke;
  const marker =
    `<marker id="${ARROW_ID}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${EDGE.arrow}" markerHeight="${EDGE.arrow}" markerUnits="userSpaceOnUse" orient="auto">` +
    `<path d="M0 0 L10 5 L0 10 z" fill="${stroke}"/></marker>`;
  const symbols = [...ctx.used]
    .sort()
    .map((path) => iconSymbol(path, ctx.icons[path] ?? ''))
    .filter((s): s is string => s !== undefined);
  return `<defs>${marker}${symbols.join('')}</defs>`;
}

/** Draws a scene (see svg-scene.ts) as SVG text. */
export function sceneToSvg(scene: Scene, design: Design, options: SvgOptions = {}): string {
  const theme = options.theme ?? 'light';
  const margin = options.margin ?? 32;
  const ctx: Ctx = { theme, icons: options.icons ?? {}, used: new Set() };
  const { bounds } = scene;
  const width = Math.ceil(bounds.w + 2 * margin);
  const height = Math.ceil(bounds.h + 2 * margin);
  const body = [
    ...scene.groups.map((g) => drawGroup(ctx, g)),
    ...(scene.links ?? []).map((link) => drawLink(ctx, link)),
    ...scene.edges.map((e) => drawEdge(ctx, e)),
    ...scene.nodes.map((n) => drawNode(ctx, n)),
  ].join('\n');
  const background = options.transparent
    ? ''
    : `<rect x="0" y="0" width="${width}" height="${height}" fill="${BACKGROUND[theme]}" stroke="none"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONTS.family)}" data-generator="skyplan">`,
    `<title>${esc(design.name)}</title>`,
    defs(ctx),
    background,
    // The drawing moved so the picture starts at 0,0 (simple renderers mishandle offset viewBoxes).
    `<g id="${xmlId('diagram-', 'root')}" transform="translate(${num(margin - bounds.x)} ${num(margin - bounds.y)})">`,
    body,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** The design's diagram as SVG text (see the module comment). */
export function renderDiagramSvg(design: Design, options: SvgOptions = {}): string {
  const scene = buildScene(design, {
    ...(options.layout ? { layout: options.layout } : {}),
    ...(options.routes ? { routes: options.routes } : {}),
    locale: options.locale ?? 'en',
  });
  return sceneToSvg(scene, design, options);
}
