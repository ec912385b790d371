// `skyplan export` over every bundled template and example: SVG that any XML parser reads, with
// real text, icons as symbols and arrowheads; PNG rendered by resvg; draw.io XML with one
// aws4-styled cell per resource inside its container; the review PDF with its total.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it, vi } from 'vitest';
import { computeCost, formatUsd } from '../../shared/cost/index';
import { isAttachmentType } from '../../shared/diagram/style';
import { parseDesign } from '../../shared/model/index';
import type { Design } from '../../shared/model/types';
import {
  BUNDLED,
  elements,
  paintedPixels,
  parseXml,
  pngSize,
  scratch,
  skyplan,
  svgTexts,
} from './export-helpers';

// Exports lay out with ELK and render with resvg: seconds each on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

function designOf(file: string): Design {
  const result = parseDesign(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.design;
}

function out(file: string, extension: string): string {
  return join(scratch, `${file.replace(/\W+/g, '-')}.${extension}`);
}

describe.each(BUNDLED)('skyplan export %s', (file) => {
  const design = designOf(file);

  it('writes an SVG of real elements: every name as text, icons as symbols, arrows as markers', async () => {
    const target = out(file, 'svg');
    const result = await skyplan(['export', file, '--to', 'svg', '-o', target]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const svg = readFileSync(target, 'utf8');
    expect(svg).not.toMatch(/foreignObject/i);
    const doc = parseXml(svg);
    expect(doc.documentElement?.tagName).toBe('svg');
    const texts = svgTexts(doc);
    for (const resource of design.resources) {
      const name = (resource.name?.trim() || resource.id).replace(/\s+/g, ' ');
      expect(
        texts.some((text) => text === name || (isAttachmentType(resource.type) && text.includes(name))),
        `"${name}" drawn as <text>`,
      ).toBe(true);
    }
    // Icons: each used icon is one <symbol>, every <use> points at one of them.
    const symbols = new Set(elements(doc, 'symbol').map((s) => s.getAttribute('id')));
    expect(symbols.size).toBeGreaterThan(0);
    for (const use of elements(doc, 'use')) expect(symbols).toContain(use.getAttribute('href')?.slice(1));
    // Arrowheads: one marker, referenced by every connection drawn.
    expect(elements(doc, 'marker')).toHaveLength(1);
    const edges = elements(doc, 'g').filter((g) => g.getAttribute('data-kind') === 'edge');
    expect(edges.length).toBe(design.connections.length);
    for (const edge of edges) {
      expect(elements(edge, 'path')[0]?.getAttribute('marker-end')).toBe('url(#skyplan-arrow)');
    }
  });

  it('writes a PNG with resvg at 1x and 2x whose drawing matches the SVG', async () => {
    const svgFile = out(file, 'svg');
    await skyplan(['export', file, '--to', 'svg', '-o', svgFile]);
    const svg = readFileSync(svgFile, 'utf8');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    for (const scale of [1, 2]) {
      const target = out(file, `${scale}x.png`);
      const result = await skyplan(['export', file, '--to', 'png', '--scale', String(scale), '-o', target]);
      expect(result.code).toBe(0);
      const png = readFileSync(target);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(pngSize(png)).toEqual({ width: width * scale, height: height * scale });
    }
    // Transparent: the drawing alone; a real share of the picture is painted, and not all of it.
    const transparent = out(file, 'transparent.svg');
    await skyplan(['export', file, '--to', 'svg', '--transparent', '-o', transparent]);
    const rendered = new Resvg(readFileSync(transparent, 'utf8'), {
      font: { loadSystemFonts: true },
    }).render();
    const share = paintedPixels(rendered.pixels) / (rendered.width * rendered.height);
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.9);
  });

  it('writes a draw.io file: one aws4 cell per resource, inside its container, lossless XML', async () => {
    const target = out(file, 'drawio');
    expect((await skyplan(['export', file, '--to', 'drawio', '-o', target])).code).toBe(0);
    const xml = readFileSync(target, 'utf8');
    const doc = parseXml(xml);
    const cells = elements(doc, 'mxCell');
    const byId = new Map(cells.map((cell) => [cell.getAttribute('id'), cell]));
    expect(byId.size).toBe(cells.length);
    for (const resource of design.resources) {
      const own = cells.filter((cell) => cell.getAttribute('id') === resource.id);
      expect(own, resource.id).toHaveLength(1);
      const cell = own[0]!;
      expect(cell.getAttribute('style')).toContain('mxgraph.aws4');
      expect(cell.getAttribute('value')?.split('\n')[0]).toBe(resource.name?.trim() || resource.id);
      // Its parent cell is its container, or the AZ group that sits in that container.
      let parent = cell.getAttribute('parent') ?? '';
      if (parent.startsWith('az:')) parent = byId.get(parent)?.getAttribute('parent') ?? '';
      expect(parent, `${resource.id} parent`).toBe(resource.parent ?? '1');
    }
    for (const connection of design.connections) {
      const edge = byId.get(`edge:${connection.id}`);
      expect(edge?.getAttribute('source')).toBe(connection.from);
      expect(edge?.getAttribute('target')).toBe(connection.to);
    }
    // Round trip: parse, serialise, parse again: every cell keeps every attribute and geometry.
    const { XMLSerializer } = await import('@xmldom/xmldom');
    const again = parseXml(new XMLSerializer().serializeToString(doc as never));
    const flatten = (d: Document) =>
      elements(d, 'mxCell').map((cell) => ({
        attributes: Object.fromEntries(Array.from(cell.attributes).map((a) => [a.name, a.value])),
        geometry: Array.from(elements(cell, 'mxGeometry')[0]?.attributes ?? []).map(
          (a) => `${a.name}=${a.value}`,
        ),
        points: elements(cell, 'mxPoint').map((p) => `${p.getAttribute('x')},${p.getAttribute('y')}`),
      }));
    expect(flatten(again)).toEqual(flatten(doc));
  });
});

describe('skyplan export --to pdf', () => {
  const file = 'assets/templates/two-tier-web-app.skyplan.json';

  it('writes a PDF with the diagram page and the review pages, with the total', async () => {
    const target = out(file, 'pdf');
    const result = await skyplan(['export', file, '--to', 'pdf', '--date', '2026-12-01', '-o', target]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = readFileSync(target);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = spawnSync('pdfinfo', [target], { encoding: 'utf8' });
    const text = spawnSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    if (info.status !== 0 || text.status !== 0) {
      console.warn('pdfinfo/pdftotext (poppler-utils) not installed: PDF pages and text not read back');
      return;
    }
    expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThanOrEqual(2);
    const total = formatUsd(computeCost(designOf(file)).monthlyTotal);
    expect(text.stdout).toContain(total);
    expect(text.stdout).toContain('Web load balancer');
    expect(text.stdout).toContain('Total per month');
  });
});

describe('skyplan export --to pdf --lang ko', () => {
  it('embeds a font with Hangul, so Korean text reads back from the PDF', async () => {
    const file = 'assets/templates/serverless-api.skyplan.json';
    const target = out(file, 'ko.pdf');
    const result = await skyplan([
      'export',
      file,
      '--to',
      'pdf',
      '--lang',
      'ko',
      '--date',
      '2026-12-01',
      '-o',
      target,
    ]);
    expect(result.code).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    if (text.status !== 0) {
      console.warn('pdftotext (poppler-utils) not installed: Korean PDF text not read back');
      return;
    }
    expect(text.stdout).toContain('설계 검토서');
    expect(text.stdout).toContain('월 비용');
    expect(readFileSync(target).length).toBeLessThan(400_000);
  });
});

describe('skyplan export errors and streams', () => {
  const file = 'assets/examples/serverless-api.skyplan.json';

  it('writes text formats to standard output with -o -', async () => {
    const result = await skyplan(['export', file, '--to', 'svg', '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    const md = await skyplan(['export', file, '--to', 'md', '-o', '-', '--date', '2026-12-01']);
    expect(md.stdout).toMatch(/^# Design review: /);
  });

  it.each([
    [['export', file], /--to/],
    [['export', file, '--to', 'gif'], /Unknown export format "gif"/],
    [['export', file, '--to', 'png', '-o', '-'], /binary/],
    [['export', file, '--to', 'png', '--scale', '9'], /--scale/],
    [['export', file, '--to', 'svg', '--theme', 'blue'], /--theme/],
    [['export', 'missing.skyplan.json', '--to', 'svg', '-o', '-'], /missing\.skyplan\.json/],
  ])('exits 2 with a message for %j', async (argv, message) => {
    const result = await skyplan(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('has help in English and Korean', async () => {
    expect((await skyplan(['export', '--help'])).stdout).toMatch(/--to svg\|png\|pdf\|drawio\|md\|html/);
    expect((await skyplan(['export', '--help', '--lang', 'ko'])).stdout).toContain('출력 형식');
  });

  it('draws the dark theme with the dark palette', async () => {
    const result = await skyplan(['export', file, '--to', 'svg', '--theme', 'dark', '-o', '-']);
    expect(result.stdout).toContain('fill="#16191D"');
  });
});
