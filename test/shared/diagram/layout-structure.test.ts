// The automatic layout ("Tidy up", and every design opened without a layout) on every bundled
// template, example and lesson start design (each seeded fault of the troubleshooting lessons
// included): subnets of one AZ share a column, public rows sit above private ones, and no label
// (a shape's name, a container's header, an AZ's label, a top-level connection's label) lies on
// another. Also: the ~30-resource design of the diagram e2e fits a 1440x900 screen with its
// names at 11 px or more.
import { produce } from 'immer';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeDiagram } from '../../../shared/diagram/layout';
import { defaultSize } from '../../../shared/diagram/geometry';
import { FONTS, SIZES } from '../../../shared/diagram/style';
import { publicSubnets, shapesOf } from '../../../shared/diagram/structure';
import { normalizePlacement } from '../../../shared/edit/index';
import { applyFault } from '../../../shared/lessons/faults';
import type { Design, LayoutBox, ResourceOf } from '../../../shared/model/types';

interface Rect {
  what: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function designsIn(folder: string): [string, Design][] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.skyplan.json'))
    .map((name) => [`${folder}/${name}`, JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as Design]);
}

function lessonStarts(): [string, Design][] {
  return readdirSync('assets/lessons')
    .filter((name) => name.endsWith('.lesson.json'))
    .flatMap((name) => {
      const lesson = JSON.parse(readFileSync(`assets/lessons/${name}`, 'utf8')) as {
        start: Design;
        faults?: { id: string; changes: never[] }[];
      };
      const seeded = (lesson.faults ?? []).map(
        (fault) =>
          [`${name} (fault ${fault.id})`, applyFault(lesson.start, fault as never)] as [string, Design],
      );
      return [[name, lesson.start] as [string, Design], ...seeded];
    });
}

/** Two AZs, ~30 resources: the two-tier template and the SNS/SQS fan-out side by side. */
function bigDesign(): Design {
  const [tier, fan] = ['two-tier-web-app', 'sns-sqs-fan-out'].map(
    (id) => JSON.parse(readFileSync(`assets/templates/${id}.skyplan.json`, 'utf8')) as Design,
  ) as [Design, Design];
  return {
    ...tier,
    resources: [...tier.resources, ...fan.resources],
    connections: [...tier.connections, ...fan.connections.map((c) => ({ ...c, id: `fan-${c.id}` }))],
    layout: undefined,
  };
}

const ALL: [string, Design][] = [
  ...designsIn('assets/templates'),
  ...designsIn('assets/examples'),
  ...lessonStarts(),
  ['big design', bigDesign()],
];

async function laidOut(design: Design): Promise<Design & { layout: Record<string, LayoutBox> }> {
  const placed = produce(design, (draft) => normalizePlacement(draft));
  const { boxes } = await computeDiagram({ ...placed, layout: undefined });
  return { ...placed, layout: boxes };
}

/** Absolute box of a layout key (a replica's box is relative to its subnet). */
function absolute(design: Design & { layout: Record<string, LayoutBox> }, key: string): Rect {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const [id = key, subnet] = key.split('@');
  const resource = byId.get(id);
  const own = design.layout[key];
  if (!resource || !own) throw new Error(`${key}: no box`);
  let x = own.x;
  let y = own.y;
  for (let up = subnet ?? resource.parent; up; up = byId.get(up)?.parent) {
    x += design.layout[up]?.x ?? 0;
    y += design.layout[up]?.y ?? 0;
  }
  const size = defaultSize(resource.type);
  return { what: key, x, y, w: own.w ?? size.w, h: own.h ?? size.h };
}

/** Name box under a shape's icon: two lines as wide as the shape plus most of the gap. */
const NAME = { overhang: 9, top: 50, lines: 2 };

function labelBoxes(design: Design & { layout: Record<string, LayoutBox> }, routes: Rect[]): Rect[] {
  const labels: Rect[] = [...routes];
  const azs = new Map<string, Rect>();
  for (const shape of shapesOf(design, { attachments: false })) {
    const box = absolute(design, shape.key);
    const type = shape.resource.type;
    if (type === 'vpc' || type === 'subnet') {
      labels.push({
        what: `header of ${shape.key}`,
        x: box.x + 4,
        y: box.y + 2,
        w: Math.min(box.w - 8, 160),
        h: 20,
      });
      if (type === 'subnet') {
        const az = `${shape.resource.parent}:${(shape.resource as ResourceOf<'subnet'>).props.az}`;
        const known = azs.get(az);
        const top = box.y - SIZES.azHeader - 8;
        if (!known || top < known.y)
          azs.set(az, { what: `AZ label ${az}`, x: box.x - SIZES.azPadding, y: top, w: 150, h: 20 });
      }
      continue;
    }
    labels.push({
      what: `name of ${shape.key}`,
      x: box.x - NAME.overhang,
      y: box.y + NAME.top,
      w: box.w + 2 * NAME.overhang,
      h: NAME.lines * FONTS.nameLine,
    });
  }
  return [...labels, ...azs.values()];
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the automatic layout of every bundled design', () => {
  it.each(ALL)('%s: AZ columns, public rows above private, no label on a label', async (_name, source) => {
    const design = await laidOut(source);
    const isPublic = publicSubnets(design);
    const vpcs = design.resources.filter((r) => r.type === 'vpc');
    for (const vpc of vpcs) {
      const subnets = design.resources.filter(
        (r): r is ResourceOf<'subnet'> => r.type === 'subnet' && r.parent === vpc.id,
      );
      const byAz = new Map<string, typeof subnets>();
      for (const s of subnets) byAz.set(s.props.az, [...(byAz.get(s.props.az) ?? []), s]);
      const columns = [...byAz.entries()].sort(([a], [b]) => a.localeCompare(b));
      let right = -Infinity;
      for (const [az, column] of columns) {
        const boxes = column.map((s) => design.layout[s.id] as LayoutBox);
        // One column per AZ: one x and one width, left to right in AZ order.
        expect(new Set(boxes.map((b) => b.x)).size, `${vpc.id} AZ ${az}: one column`).toBe(1);
        expect(new Set(boxes.map((b) => b.w)).size, `${vpc.id} AZ ${az}: one width`).toBe(1);
        const left = boxes[0]?.x ?? 0;
        expect(left, `${vpc.id} AZ ${az}: right of the AZ before it`).toBeGreaterThan(right);
        right = left + (boxes[0]?.w ?? 0);
        // Public subnets above every private one.
        const publicBottom = Math.max(
          -Infinity,
          ...column
            .filter((s) => isPublic.get(s.id))
            .map((s) => (design.layout[s.id]?.y ?? 0) + (design.layout[s.id]?.h ?? 0)),
        );
        const privateTop = Math.min(
          Infinity,
          ...column.filter((s) => !isPublic.get(s.id)).map((s) => design.layout[s.id]?.y ?? 0),
        );
        expect(publicBottom, `${vpc.id} AZ ${az}: public above private`).toBeLessThan(privateTop);
      }
    }
    const { routes } = await computeDiagram({ ...design, layout: undefined });
    const edgeLabels = Object.entries(routes).flatMap(([id, r]) =>
      r.label ? [{ what: `label of ${id}`, ...r.label }] : [],
    );
    const labels = labelBoxes(design, edgeLabels);
    const onTop: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i] as Rect, labels[j] as Rect];
        if (overlaps(a, b)) onTop.push(`${a.what} × ${b.what}`);
      }
    }
    expect(onTop).toEqual([]);
  });

  it.each([...designsIn('assets/templates'), ...designsIn('assets/examples')])(
    '%s: stores the layout the automatic layout computes (node scripts/relayout.mjs)',
    async (_name, design) => {
      expect(design.layout).toEqual((await laidOut(design)).layout);
    },
  );

  it('fits the ~30-resource design on a 1440x900 screen with names at 11 px or more', async () => {
    const design = await laidOut(bigDesign());
    const rects = shapesOf(design, { attachments: false }).map((shape) => absolute(design, shape.key));
    // VPCs are drawn without their attachments band (route tables and security groups are chips).
    for (const vpc of design.resources.filter((r) => r.type === 'vpc')) {
      const inside = rects.filter((r) => {
        const [id = ''] = r.what.split('@');
        return design.resources.find((x) => x.id === id)?.parent === vpc.id;
      });
      const rect = rects.find((r) => r.what === vpc.id) as Rect;
      rect.h = Math.max(...inside.map((r) => r.y + r.h)) + SIZES.azPadding + SIZES.padding - rect.y;
    }
    const w = Math.max(...rects.map((r) => r.x + r.w)) - Math.min(...rects.map((r) => r.x));
    const h = Math.max(...rects.map((r) => r.y + r.h)) - Math.min(...rects.map((r) => r.y));
    // The canvas at 1440x900 with the resource list, inspector and bottom panel open is about
    // 880x620 px; Fit leaves 10 % (padding 0.1).
    const zoom = Math.min(880 / 1.1 / w, 620 / 1.1 / h);
    expect(FONTS.name * zoom).toBeGreaterThanOrEqual(11);
  });
});
