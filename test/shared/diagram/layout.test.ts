import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { computeDiagram, computeLayout, mergeLayout, missingLayout } from '../../../shared/diagram/layout';
import type { Design } from '../../../shared/model/types';
import { absolutePosition, containerAt } from '../../../shared/diagram/geometry';
import { generateDesign } from '../../bench/generate';
import { twoTierDesign } from '../../fixtures/designs';

describe('automatic layout', () => {
  it('gives every resource a box, children inside their container', async () => {
    const design = twoTierDesign();
    delete design.layout;
    const boxes = await computeLayout(design);
    for (const resource of design.resources) expect(boxes[resource.id]).toBeDefined();
    const laid = { ...design, layout: boxes };
    for (const resource of design.resources) {
      if (!resource.parent) continue;
      const parent = boxes[resource.parent];
      const box = boxes[resource.id];
      if (!parent || !box) throw new Error('missing box');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(40);
      expect(box.x + (box.w ?? 96)).toBeLessThanOrEqual(parent.w ?? 0);
      expect(box.y + (box.h ?? 88)).toBeLessThanOrEqual(parent.h ?? 0);
      // And the geometry agrees: the centre of each child lies in its own parent.
      const at = absolutePosition(laid, resource.id);
      const centre = { x: at.x + (box.w ?? 96) / 2, y: at.y + (box.h ?? 88) / 2 };
      expect(containerAt(laid, centre, new Set([resource.id]))?.id).toBe(resource.parent);
    }
    // The first layout of a run loads ELK (1.5 MB): seconds on a busy machine.
  }, 30_000);

  it('keeps existing boxes and grows containers to fit new children', async () => {
    const design = generateDesign(120);
    expect(missingLayout(design).length).toBeGreaterThan(0);
    const vpcBox = design.layout?.v0vpc;
    const boxes = await computeLayout(design);
    const merged = produce(design, (draft) => mergeLayout(design, boxes, draft));
    expect(missingLayout(merged)).toEqual([]);
    expect(merged.layout?.v0vpc?.x).toBe(vpcBox?.x);
    expect(merged.layout?.v0vpc?.w).toBeGreaterThanOrEqual(boxes.v0vpc?.w ?? 0);
  });
});

describe('the reference-architecture layout', () => {
  const template = () =>
    JSON.parse(readFileSync('assets/templates/two-tier-web-app.skyplan.json', 'utf8')) as Design;

  it('puts subnets in AZ columns and public-then-private rows of equal height', async () => {
    const { boxes } = await computeDiagram(template());
    const box = (id: string) => boxes[id] ?? { x: NaN, y: NaN };
    // Columns: every AZ a subnet left of every AZ b subnet, each column aligned.
    for (const a of ['pubA', 'appA', 'dataA']) {
      expect(box(a).x).toBe(box('pubA').x);
      for (const b of ['pubB', 'appB', 'dataB']) expect(box(a).x).toBeLessThan(box(b).x);
    }
    // Rows: public on top, then app, then data; one y and one height per row.
    for (const [a, b] of [
      ['pubA', 'pubB'],
      ['appA', 'appB'],
      ['dataA', 'dataB'],
    ] as const) {
      expect(box(a).y).toBe(box(b).y);
      expect(boxes[a]?.h).toBe(boxes[b]?.h);
    }
    expect(box('pubA').y).toBeLessThan(box('appA').y);
    expect(box('appA').y).toBeLessThan(box('dataA').y);
  });

  it('draws a multi-subnet resource in each subnet, at the same place, inside it', async () => {
    const { boxes } = await computeDiagram(template());
    expect(boxes['alb1@pubB']).toEqual(boxes.alb1);
    expect(boxes['web@appB']).toBeDefined();
    expect(boxes['db1@dataB']).toBeDefined();
    const subnet = boxes.pubB;
    const replica = boxes['alb1@pubB'];
    if (!subnet || !replica) throw new Error('missing boxes');
    expect(replica.x + 112).toBeLessThanOrEqual(subnet.w ?? 0);
    expect(replica.y + 100).toBeLessThanOrEqual(subnet.h ?? 0);
  });

  it('keeps route tables and security groups out of the grid, in a band under it', async () => {
    const design = template();
    const { boxes } = await computeDiagram(design);
    const lowestSubnet = Math.max(
      ...['pubA', 'appA', 'dataA'].map((id) => (boxes[id]?.y ?? 0) + (boxes[id]?.h ?? 0)),
    );
    for (const id of ['rtPublic', 'rtAppA', 'sgAlb', 'sgDb']) {
      expect(boxes[id]?.y ?? 0).toBeGreaterThan(lowestSubnet);
    }
  });

  it('puts the users on the left and routes top-level connections with ELK, labels apart', async () => {
    const fan = JSON.parse(readFileSync('assets/templates/sns-sqs-fan-out.skyplan.json', 'utf8')) as Design;
    const { boxes, routes } = await computeDiagram(fan);
    expect(Object.keys(routes).sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    for (const route of Object.values(routes)) {
      // Orthogonal: every segment is horizontal or vertical.
      for (let i = 1; i < route.points.length; i++) {
        const [a, b] = [route.points[i - 1], route.points[i]];
        expect(a?.x === b?.x || a?.y === b?.y).toBe(true);
      }
    }
    const labels = Object.values(routes).flatMap((r) => (r.label ? [r.label] : []));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        if (!a || !b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
    const tier = await computeDiagram(template());
    expect(tier.boxes.internet?.x ?? Infinity).toBeLessThan(tier.boxes.vpc1?.x ?? 0);
    expect(boxes.ordersFn?.x ?? Infinity).toBeLessThan(boxes.orderEvents?.x ?? 0);
  });

  it('widens a subnet so the label of a connection inside it fits between the shapes', async () => {
    const lesson = JSON.parse(
      readFileSync('assets/lessons/01-public-private-subnets.lesson.json', 'utf8'),
    ) as {
      start: Design;
    };
    const { boxes } = await computeDiagram(lesson.start);
    const [left, right] = [boxes.web1, boxes.db1].sort((a, b) => (a?.x ?? 0) - (b?.x ?? 0));
    if (!left || !right) throw new Error('web1/db1 not side by side');
    // "tcp/3306" needs ~70 units; the default gap is 28.
    expect(right.x - (left.x + 112)).toBeGreaterThanOrEqual(70);
  });
});
