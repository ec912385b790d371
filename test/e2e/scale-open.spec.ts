// Opening a large design (issue 11, "open"): the view is framed before the first frame, so each
// shape mounts once, as a tile, and React Flow draws no line first only to drop it far out. The
// handles each node declares (renderer/canvas/nodeHandles.ts) are where the page draws them: React
// Flow keeps them rather than measure shapes whose size did not change (measureChanges.ts), so a
// shape mounted far out (its handles hidden) still starts a new connection at its handle. The
// far-out picture is told the end of a zoom by the canvas (FarOutCanvas.tsx) and redraws sharper.
import { expect, test } from '@playwright/test';
import { computeDiagram } from '../../shared/diagram/layout';
import { handlesOf } from '../../renderer/canvas/nodeHandles';
import { generateDesign } from '../bench/generate';
import { openFile, zoomIntoWorkload } from './diagram-facts';
import { startFarOut, startFromTemplate } from './start';

test('a large design opens framed far out: each shape mounts once, as a tile, and no line is drawn', async ({
  page,
}) => {
  test.setTimeout(90_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await startFromTemplate(page, 'static-site');
  const generated = generateDesign(1000);
  const ids = generated.resources.map((r) => r.id);
  // Everything the canvas adds to the page from now on: shapes of the new design drawn in full
  // (or as their bare frame) rather than as tiles, and React Flow's lines.
  await page.evaluate((ids) => {
    const fresh = new Set(ids);
    const seen = { full: 0, lines: 0 };
    (window as unknown as { openSeen: typeof seen }).openSeen = seen;
    const count = (el: Element) => {
      if (el.matches('.react-flow__edge')) seen.lines++;
      if (el.matches('.resource-node:not(.lod)') && fresh.has((el as HTMLElement).dataset.resource ?? ''))
        seen.full++;
    };
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          count(node);
          node.querySelectorAll('.react-flow__edge, .resource-node').forEach(count);
        }
    }).observe(document.body, { childList: true, subtree: true });
  }, ids);
  await openFile(page, { ...generated, layout: (await computeDiagram(generated)).boxes });
  await expect(page.getByTestId('far-out-canvas')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.resource-node.lod').first()).toBeAttached();
  expect(await page.locator('.resource-node.lod').count()).toBeGreaterThan(500);
  const seen = await page.evaluate(() => (window as unknown as { openSeen: unknown }).openSeen);
  expect(seen).toEqual({ full: 0, lines: 0 });
});

test('the handles each shape declares are where the page draws them', async ({ page }) => {
  await startFromTemplate(page, 'two-tier-web-app');
  await expect(page.locator('.react-flow__node-container').first()).toBeVisible();
  const drawn = await page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    if (!viewport) throw new Error('no viewport');
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).m22;
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const node = el.getBoundingClientRect();
      return {
        id: el.dataset.id ?? '',
        shape: el.classList.contains('react-flow__node-container') ? 'container' : 'resource',
        w: el.offsetWidth,
        h: el.offsetHeight,
        handles: [...el.querySelectorAll<HTMLElement>('.react-flow__handle')].map((handle) => {
          const r = handle.getBoundingClientRect();
          return {
            type: handle.classList.contains('source') ? 'source' : 'target',
            x: (r.left - node.left) / zoom,
            y: (r.top - node.top) / zoom,
            width: handle.offsetWidth,
            height: handle.offsetHeight,
          };
        }),
      };
    });
  });
  const shapes = drawn.filter((node) => node.handles.length > 0);
  expect(shapes.some((node) => node.shape === 'container')).toBe(true);
  expect(shapes.some((node) => node.shape === 'resource')).toBe(true);
  for (const node of shapes) {
    const declared = handlesOf(node.shape as 'resource' | 'container', node.w, node.h);
    expect(node.handles.length, node.id).toBe(declared.length);
    for (const handle of node.handles) {
      const twin = declared.find((d) => d.type === handle.type);
      expect(twin, `${node.id} ${handle.type}`).toBeDefined();
      expect(Math.abs(handle.x - (twin?.x ?? NaN)), `${node.id} ${handle.type} x`).toBeLessThan(0.5);
      expect(Math.abs(handle.y - (twin?.y ?? NaN)), `${node.id} ${handle.type} y`).toBeLessThan(0.5);
      expect(handle.width).toBe(twin?.width);
      expect(handle.height).toBe(twin?.height);
    }
  }
});

test('a shape mounted far out starts a new connection at its handle once zoomed in', async ({ page }) => {
  test.setTimeout(120_000);
  await startFarOut(page);
  // Zoom in on a workload until it shows in full detail.
  const { shape } = await zoomIntoWorkload(page);
  await expect(shape.locator('.resource-name')).toBeVisible();
  await page.waitForTimeout(300);

  // Drag from its source handle: the line being drawn starts at that handle.
  const nodeBox = await shape.boundingBox();
  if (!nodeBox) throw new Error('no shape box');
  await page.mouse.move(nodeBox.x + nodeBox.width / 2, nodeBox.y + nodeBox.height / 2);
  const handle = shape.locator('.react-flow__handle.source');
  const box = await handle.boundingBox();
  if (!box) throw new Error('no handle box');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x + 40, centre.y + 60, { steps: 4 });
  await page.mouse.move(centre.x + 80, centre.y + 120, { steps: 4 });
  const start = await page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('.react-flow__connection-path');
    const matrix = path?.getScreenCTM();
    if (!path || !matrix) return null;
    const at = path.getPointAtLength(0).matrixTransform(matrix);
    return { x: at.x, y: at.y };
  });
  await page.mouse.up();
  expect(start).not.toBeNull();
  expect(Math.abs((start?.x ?? Infinity) - centre.x)).toBeLessThan(3);
  expect(Math.abs((start?.y ?? Infinity) - centre.y)).toBeLessThan(3);
});

test('far out, the picture is drawn again at the new scale when a zoom ends', async ({ page }) => {
  test.setTimeout(120_000);
  await startFarOut(page);
  const picture = page.getByTestId('far-out-canvas');
  await expect(picture).toHaveAttribute('data-scale', /\d/);
  const before = Number(await picture.getAttribute('data-scale'));
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  // Two wheel steps in: still far out (no names), at about twice the scale.
  await page.mouse.wheel(0, -100);
  await page.waitForTimeout(50);
  await page.mouse.wheel(0, -100);
  await expect(page.locator('.resource-name')).toHaveCount(0);
  await expect
    .poll(async () => Number(await picture.getAttribute('data-scale')))
    .toBeGreaterThan(before * 1.2);
});
