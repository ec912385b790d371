// Gestures far out (renderer/canvas/detail.ts): on a 1,000-resource design at Fit the shapes are
// drawn in one picture (FarOutCanvas.tsx) and the pointer still works as zoomed in: Shift+drag
// draws a selection box that selects the shapes it touches, dragging one of them moves them all
// in one history entry (one undo puts every one back), and Esc clears the selection.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startFarOut } from './start';

type Box = { x: number; y: number; width: number; height: number };

/** Screen boxes of the selected shapes, by id. */
async function selectedBoxes(page: Page): Promise<Map<string, Box>> {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node.selected')].map((el) => {
      const r = el.getBoundingClientRect();
      return [el.dataset.id ?? '', { x: r.x, y: r.y, width: r.width, height: r.height }] as const;
    }),
  );
  return new Map(boxes);
}

test('far out: box select, drag the selection, one undo, Esc', async ({ page }) => {
  test.setTimeout(120_000);
  await startFarOut(page);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);

  // Shift+drag over the middle of the view: a selection box; the shapes it touches are selected.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  const from = { x: pane.x + pane.width * 0.45, y: pane.y + pane.height * 0.4 };
  const to = { x: pane.x + pane.width * 0.55, y: pane.y + pane.height * 0.55 };
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await selectedBoxes(page)).size).toBeGreaterThan(1);
  const before = await selectedBoxes(page);

  // Drag one selected leaf shape (not a container, whose box is mostly empty space): all move.
  const [grabbed, box] = [...before].find(([id]) => /^v\d+w\d+$/.test(id)) ?? [];
  if (!grabbed || !box) throw new Error('the box selected no workload shape');
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 30, at.y + 20, { steps: 5 });
  await page.mouse.move(at.x + 60, at.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const after = await selectedBoxes(page);
      return [...before].filter(([id, b]) => (after.get(id)?.x ?? b.x) > b.x + 20).length;
    })
    .toBe(before.size);

  // One undo puts every one of them back where it was.
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => {
      const undone = await page.evaluate(
        (ids) =>
          ids.map(
            (id) =>
              document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect().x ?? -1,
          ),
        [...before.keys()],
      );
      return undone.every((x, i) => Math.abs(x - [...before.values()][i]!.x) < 1);
    })
    .toBe(true);

  // Esc clears the selection.
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
});
