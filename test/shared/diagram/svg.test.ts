// The SVG export follows the canvas' conventions: one shape per placed subnet (replicas at
// their own layout keys), AZ groups from the subnets' `az`, attachments as chips, orthogonal
// connections with one arrowhead, and a layout computed when the file has none.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { attachmentsOf } from '../../../shared/diagram/attachments';
import { routeEdge } from '../../../shared/diagram/svg-route';
import { exportLayout } from '../../../shared/diagram/svg-layout';
import { buildScene } from '../../../shared/diagram/svg-scene';
import { renderDiagramSvg } from '../../../shared/diagram/svg';
import { shapesOf } from '../../../shared/diagram/structure';
import { parseDesign } from '../../../shared/model/index';
import type { Design } from '../../../shared/model/types';
import { elements, parseXml } from '../../cli/export-helpers';

// Exports lay out with ELK and render with resvg: seconds each on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

function load(file: string): Design {
  const result = parseDesign(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(file);
  return result.design;
}

const twoTier = load('assets/templates/two-tier-web-app.skyplan.json');

function groupsOf(doc: Document, kind: string): Element[] {
  return elements(doc, 'g').filter((g) => g.getAttribute('data-kind') === kind);
}

describe('renderDiagramSvg', () => {
  it('draws every shape the canvas draws, replicas included, once each', () => {
    const doc = parseXml(renderDiagramSvg(twoTier));
    const drawn = [...groupsOf(doc, 'node'), ...groupsOf(doc, 'group')].map(
      (g) => g.getAttribute('data-key') ?? g.getAttribute('data-id'),
    );
    const expected = shapesOf(twoTier, { attachments: false }).map((shape) => shape.key);
    expect(expected.some((key) => key.includes('@'))).toBe(true);
    for (const key of expected)
      expect(
        drawn.filter((k) => k === key),
        key,
      ).toHaveLength(1);
  });

  it('draws one Availability Zone box per AZ of the VPC, around its subnets', () => {
    const scene = buildScene(twoTier, { locale: 'en' });
    const azs = scene.groups.filter((g) => g.kind === 'az');
    expect(azs.map((g) => g.title)).toEqual(['Availability Zone a', 'Availability Zone b']);
    for (const subnet of scene.groups.filter((g) => g.resource?.type === 'subnet')) {
      const az = azs.find((g) => g.title.endsWith(` ${(subnet.resource?.props as { az: string }).az}`))!;
      expect(subnet.x).toBeGreaterThanOrEqual(az.x);
      expect(subnet.x + subnet.w).toBeLessThanOrEqual(az.x + az.w);
      expect(subnet.y + subnet.h).toBeLessThanOrEqual(az.y + az.h);
    }
  });

  it('draws route tables, NACLs and security groups as chips, not loose icons', () => {
    const doc = parseXml(renderDiagramSvg(twoTier));
    const chips = elements(doc, 'g').filter((g) => g.hasAttribute('data-chip'));
    const attached = [...attachmentsOf(twoTier).values()];
    const tables = attached.filter((a) => a.routeTable).length;
    expect(chips.filter((c) => c.getAttribute('data-chip') === 'route-table').length).toBeGreaterThanOrEqual(
      tables,
    );
    const nodeIds = groupsOf(doc, 'node').map((g) => g.getAttribute('data-id'));
    for (const r of twoTier.resources.filter((r) => ['route-table', 'security-group'].includes(r.type))) {
      expect(nodeIds).not.toContain(r.id);
    }
  });

  it('routes connections orthogonally between box sides when the layout has no routes', () => {
    const route = routeEdge({ x: 0, y: 0, w: 100, h: 80 }, { x: 300, y: 200, w: 100, h: 80 });
    expect(route.points[0]).toEqual({ x: 100, y: 40 });
    expect(route.points.at(-1)).toEqual({ x: 300, y: 240 });
    for (let i = 1; i < route.points.length; i++) {
      const a = route.points[i - 1]!;
      const b = route.points[i]!;
      expect(a.x === b.x || a.y === b.y).toBe(true);
    }
    const stacked = routeEdge({ x: 0, y: 0, w: 100, h: 80 }, { x: 20, y: 300, w: 100, h: 80 });
    expect(stacked.points[0]).toEqual({ x: 50, y: 80 });
    expect(stacked.points.at(-1)).toEqual({ x: 70, y: 300 });
  });

  it('lays out a design that has no layout with the auto layout, every resource placed', async () => {
    const bare: Design = { ...twoTier, layout: {} };
    const { boxes } = await exportLayout(bare);
    for (const resource of bare.resources) expect(boxes[resource.id], resource.id).toBeDefined();
    const scene = buildScene(bare, { layout: boxes, locale: 'en' });
    // Nothing piles up at the origin: node boxes do not overlap one another.
    const nodes = scene.nodes;
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${a.key} overlaps ${b.key}`).toBe(false);
      }
    }
  });

  it('speaks the chosen language and keeps the same drawing in the dark theme', () => {
    const ko = renderDiagramSvg(twoTier, { locale: 'ko', theme: 'dark' });
    expect(ko).toContain('가용 영역 a');
    expect(ko).toContain('fill="#16191D"');
    const light = renderDiagramSvg(twoTier);
    expect(ko.match(/<text/g)?.length).toBe(light.match(/<text/g)?.length);
  });
});
