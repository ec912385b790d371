// What the diagram e2e specs share: the bundled designs, opening them, fitting the view, and the
// facts measured from the DOM that every diagram must satisfy (AWS drawing conventions, legible
// and whole names). diagram.spec.ts and tidy-up.spec.ts use them.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { looseAttachments } from '../../shared/diagram/attachments';
import { placedSubnetIds, SUBNET_PLACED_TYPES } from '../../shared/model/placement';
import type { Design } from '../../shared/model/types';

export const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;
const ATTACHMENTS = ['route-table', 'security-group', 'network-acl'];

export function bundled(folder: string): { id: string; design: Design }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.skyplan.json'))
    .map((name) => ({
      id: name.replace('.skyplan.json', ''),
      design: JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as Design,
    }));
}

export function lessons(): { id: string; design: Design; seeded: boolean }[] {
  return readdirSync('assets/lessons')
    .filter((name) => name.endsWith('.lesson.json'))
    .map((name) => {
      const lesson = JSON.parse(readFileSync(`assets/lessons/${name}`, 'utf8')) as {
        id: string;
        start: Design;
        faults?: unknown[];
      };
      return { id: lesson.id, design: lesson.start, seeded: (lesson.faults ?? []).length > 0 };
    });
}

/** Two AZs, 30 resources, no layout: the two-tier template plus the SNS/SQS fan-out. */
export function bigDesign(): Design {
  const tier = JSON.parse(readFileSync('assets/templates/two-tier-web-app.skyplan.json', 'utf8')) as Design;
  const fan = JSON.parse(readFileSync('assets/templates/sns-sqs-fan-out.skyplan.json', 'utf8')) as Design;
  // The old drawing: ALB, service and database at VPC level, their subnets only in props.
  const atVpc = new Set(['alb1', 'web', 'db1']);
  return {
    ...tier,
    name: 'Big two-AZ design without layout',
    resources: [
      ...tier.resources.map((r) => (atVpc.has(r.id) ? { ...r, parent: 'vpc1' } : r)),
      ...fan.resources,
    ] as Design['resources'],
    connections: [...tier.connections, ...fan.connections.map((c) => ({ ...c, id: `fan-${c.id}` }))],
    layout: undefined,
  };
}

export async function openFromWelcome(page: Page, testId: string) {
  const welcome = page.getByTestId('welcome');
  if (!(await welcome.isVisible().catch(() => false))) {
    await page.getByTestId('menu-file').click();
    await page.locator('[data-command="file.new"]').click();
  }
  await page.getByTestId(testId).click();
  await expect(welcome).toBeHidden();
}

/** Opens `design` (a document, or JSON text as a file would hold it) through File > Open. */
export async function openFile(page: Page, design: unknown, name = 'big.skyplan.json') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('menu-file').click();
  await page.locator('[data-command="file.open"]').click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof design === 'string' ? design : JSON.stringify(design)),
  });
}

export async function openLesson(page: Page, id: string) {
  // A lesson ends when another design is loaded; the picker then shows again.
  if (
    await page
      .getByTestId('lesson-active')
      .isVisible()
      .catch(() => false)
  ) {
    await openFromWelcome(page, 'template-static-site');
  }
  await page.locator('[role="tab"][data-panel="lesson"]').click();
  // A troubleshooting lesson seeds its fault from the student's number.
  const seed = page.getByRole('textbox', { name: 'Student number' });
  if (await seed.isVisible().catch(() => false)) await seed.fill('1');
  await page.getByTestId(`lesson-open-${id}`).click();
  await expect(page.getByTestId('lesson-active')).toBeVisible();
}

/**
 * Waits until the view stops moving: Fit (F) and Ctrl+= animate it. A click or a measurement
 * made mid-animation belongs to a view a frame earlier (a click can miss its shape; two boxes
 * read one after the other can come from two zooms).
 */
export async function viewSettled(page: Page) {
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  let last = await transform();
  await expect
    .poll(
      async () => {
        const now = await transform();
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

export async function fit(page: Page) {
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // A design without a layout is laid out in the background first.
  await expect(page.getByTestId('layout-progress')).toBeHidden({ timeout: 20_000 });
  // Let the automatic layout and edge routing settle, then fit.
  await page.waitForTimeout(600);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('F');
  await page.waitForTimeout(700);
}

export interface Facts {
  overlappingLabels: string[];
  labelsOnHandles: string[];
  edgesWithoutArrow: string[];
  attachmentNodes: string[];
  misplaced: string[];
  crossings: string[];
  /** Names, type lines and security-group chips cut short (an ellipsis, or lines clamped away). */
  cutLabels: string[];
  smallestName: number;
}

/** Everything the test asserts, measured in the page. */
export async function facts(page: Page, design: Design): Promise<Facts> {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const placements = design.resources
    .filter((r) => SUBNET_PLACED_TYPES.has(r.type))
    .map((r) => ({ id: r.id, subnets: placedSubnetIds(r, r.parent ? byId.get(r.parent)?.type : undefined) }));
  const ends = Object.fromEntries(design.connections.map((c) => [c.id, [c.from, c.to]]));
  // One attached to nothing (a security group a lesson leaves for the student) has no chip to
  // be shown on: it is drawn as a node on purpose.
  const loose = [...looseAttachments(design)];
  return page.evaluate(
    ({ placements, ends, attachments, loose }) => {
      type R = { left: number; top: number; right: number; bottom: number };
      const rect = (e: Element): R => e.getBoundingClientRect();
      const overlap = (a: R, b: R, slack = 1) =>
        a.left + slack < b.right &&
        b.left + slack < a.right &&
        a.top + slack < b.bottom &&
        b.top + slack < a.bottom;
      const visible = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      };
      const labels = [
        ...document.querySelectorAll('.resource-name, .container-name, .az-label, .react-flow__edge-textbg'),
      ].filter(visible);
      const overlappingLabels: string[] = [];
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i] as Element;
          const b = labels[j] as Element;
          if (overlap(rect(a), rect(b))) {
            overlappingLabels.push(
              `${a.textContent || a.nextElementSibling?.textContent} × ${b.textContent || b.nextElementSibling?.textContent}`,
            );
          }
        }
      }
      const handles = [...document.querySelectorAll('.react-flow__node-resource .react-flow__handle')].map(
        rect,
      );
      const labelsOnHandles = [...document.querySelectorAll('.react-flow__edge-textbg')]
        .filter((label) => handles.some((h) => overlap(rect(label), h, 0)))
        .map((label) => label.nextElementSibling?.textContent ?? '?');
      const edges = [...document.querySelectorAll('.react-flow__edge.connection')];
      const edgesWithoutArrow = edges
        .filter(
          (edge) =>
            !(edge.querySelector('path.react-flow__edge-path')?.getAttribute('marker-end') ?? '').includes(
              'skyplan-arrow',
            ),
        )
        .map((edge) => edge.getAttribute('data-id') ?? '?');
      const attachmentNodes = attachments.flatMap((type) =>
        [...document.querySelectorAll(`.resource-node[data-type="${type}"]`)]
          .map((n) => n.getAttribute('data-resource') ?? '?')
          .filter((id) => !loose.includes(id)),
      );
      const node = (id: string) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      const misplaced: string[] = [];
      for (const { id, subnets } of placements) {
        for (const subnet of subnets) {
          const box = node(subnet);
          const shape = [node(id), node(`${id}@${subnet}`)].find(
            (n) =>
              n &&
              box &&
              (() => {
                const a = rect(n);
                const b = rect(box);
                return (
                  a.left >= b.left - 1 &&
                  a.right <= b.right + 1 &&
                  a.top >= b.top - 1 &&
                  a.bottom <= b.bottom + 1
                );
              })(),
          );
          if (!shape) misplaced.push(`${id} in ${subnet}`);
        }
      }
      const resources = [...document.querySelectorAll('.react-flow__node-resource')].map((n) => ({
        id: (n.getAttribute('data-id') ?? '').split('@')[0] ?? '',
        r: rect(n),
      }));
      const crossings: string[] = [];
      for (const edge of edges) {
        const id = edge.getAttribute('data-id') ?? '';
        const path = edge.querySelector('path.react-flow__edge-path') as SVGPathElement | null;
        const matrix = path?.getScreenCTM();
        if (!path || !matrix) continue;
        const [from, to] = ends[id] ?? [];
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 4) {
          const p = path.getPointAtLength(at);
          const x = matrix.a * p.x + matrix.c * p.y + matrix.e;
          const y = matrix.b * p.x + matrix.d * p.y + matrix.f;
          const hit = resources.find(
            (res) =>
              res.id !== from &&
              res.id !== to &&
              x > res.r.left + 3 &&
              x < res.r.right - 3 &&
              y > res.r.top + 3 &&
              y < res.r.bottom - 3,
          );
          if (hit) {
            crossings.push(`${id} through ${hit.id}`);
            break;
          }
        }
      }
      const cutLabels = [
        ...document.querySelectorAll('.resource-name, .resource-type, .resource-node > .chips > .chip'),
      ]
        .filter(visible)
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        .map((e) => e.textContent ?? '?');
      const transform = getComputedStyle(
        document.querySelector('.react-flow__viewport') as Element,
      ).transform;
      const zoom = new DOMMatrixReadOnly(transform).a;
      const sizes = [...document.querySelectorAll('.resource-name')].map(
        (n) => parseFloat(getComputedStyle(n).fontSize) * zoom,
      );
      return {
        overlappingLabels,
        labelsOnHandles,
        edgesWithoutArrow,
        attachmentNodes,
        misplaced,
        crossings,
        cutLabels,
        smallestName: sizes.length ? Math.min(...sizes) : Infinity,
      };
    },
    { placements, ends, attachments: ATTACHMENTS, loose },
  );
}

/**
 * `seeded`: a troubleshooting lesson, whose fault (picked by the student number) may move a
 * resource away from where the lesson file's start design has it: placements are not compared.
 */
export async function check(page: Page, name: string, design: Design, options: { seeded?: boolean } = {}) {
  const found = await facts(page, design);
  console.log(`${name}: names at fit ${found.smallestName.toFixed(1)} px`);
  expect(found.overlappingLabels, `${name}: labels on labels`).toEqual([]);
  expect(found.labelsOnHandles, `${name}: edge labels on handles`).toEqual([]);
  expect(found.edgesWithoutArrow, `${name}: edges without an arrowhead`).toEqual([]);
  expect(found.attachmentNodes, `${name}: route tables / SGs / NACLs as loose nodes`).toEqual([]);
  if (!options.seeded) expect(found.misplaced, `${name}: resources not drawn in their subnets`).toEqual([]);
  expect(found.crossings, `${name}: edges through resources`).toEqual([]);
  expect(found.cutLabels, `${name}: names, type lines or chips cut short`).toEqual([]);
  // Every design, one VPC or several, at 9 px or more on 1440x900 with the side panels open
  // (the smallest, the VPC peering example, measured 9.2 px).
  expect(found.smallestName, `${name}: name size at fit (px)`).toBeGreaterThanOrEqual(9);
  return found;
}

/** A workload shape (EC2, ECS, Lambda) near the middle of the canvas, uncovered. */
export async function middleWorkload(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    if (!pane) return null;
    let best: { id: string; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const id = el.dataset.id ?? '';
      if (!/^v\d+w\d+$/.test(id)) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (document.elementFromPoint(x, y)?.closest<HTMLElement>('.react-flow__node')?.dataset.id !== id)
        continue;
      const d = Math.hypot(x - (pane.left + pane.width / 2), y - (pane.top + pane.height / 2));
      if (!best || d < best.d) best = { id, d };
    }
    return best?.id ?? null;
  });
  if (!id) throw new Error('no workload shape on screen');
  return id;
}

/** Zooms in on the workload nearest the middle until it draws in full detail (its name shows). */
export async function zoomIntoWorkload(page: Page): Promise<{ id: string; shape: Locator }> {
  const id = await middleWorkload(page);
  const shape = page.locator(`.react-flow__node[data-id="${id}"]`);
  for (let i = 0; i < 20 && (await shape.locator('.resource-name').count()) === 0; i++) {
    const box = await shape.boundingBox();
    if (!box) throw new Error(`${id} left the screen while zooming`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(150);
  }
  return { id, shape };
}
