// A shape's connection handles (issue 11, "drag": the per-move cost of a drag must not grow with
// what is mounted). Chromium gives every transform and every opacity a node of its own in the
// paint property trees, and compositing walks every paint chunk on each frame a drag moves a
// shape; React Flow centres a handle with translate(-50%, -50%), and the canvas hid them with
// opacity 0, so each mounted shape carried four extra property nodes (and their paint chunks).
// They are now placed by margins and hidden by transparent colours (app.css): same place, same
// pointer target, nothing of their own for compositing to walk.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startFromTemplate } from './start';

interface HandleFacts {
  node: string;
  type: string;
  transform: string;
  opacity: string;
  background: string;
  border: string;
  /** Centre of the handle minus the middle of the node's side it sits on (px on screen). */
  dx: number;
  dy: number;
}

async function handleFacts(page: Page, selector: string): Promise<HandleFacts[]> {
  return page.locator(selector).evaluateAll((nodes) =>
    nodes.flatMap((el) => {
      const node = el.getBoundingClientRect();
      return [...el.querySelectorAll<HTMLElement>('.react-flow__handle')].map((handle) => {
        const style = getComputedStyle(handle);
        const r = handle.getBoundingClientRect();
        const left = handle.classList.contains('react-flow__handle-left');
        return {
          node: (el as HTMLElement).dataset.id ?? '',
          type: left ? 'left' : 'right',
          transform: style.transform,
          opacity: style.opacity,
          background: style.backgroundColor,
          border: style.borderTopColor,
          dx: r.left + r.width / 2 - (left ? node.left : node.right),
          dy: r.top + r.height / 2 - (node.top + node.height / 2),
        };
      });
    }),
  );
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

test('handles add no paint layer of their own: no transform, no opacity, hidden by colour until hovered', async ({
  page,
}) => {
  await startFromTemplate(page, 'two-tier-web-app');
  await expect(page.locator('.react-flow__node-resource').first()).toBeVisible();
  // The pointer away from every shape.
  await page.mouse.move(2, 2);
  const all = await handleFacts(page, '.react-flow__node-resource, .react-flow__node-container');
  expect(all.length).toBeGreaterThan(8);
  for (const handle of all) {
    const where = `${handle.node} ${handle.type}`;
    expect(handle.transform, where).toBe('none');
    expect(handle.opacity, where).toBe('1');
    // Hidden: nothing painted.
    expect(handle.background, where).toBe(TRANSPARENT);
    expect(handle.border, where).toBe(TRANSPARENT);
    // Centred on the middle of its side (a resource's box has a 1 px border: nodeHandles.ts).
    expect(Math.abs(handle.dx), where).toBeLessThan(1.5);
    expect(Math.abs(handle.dy), where).toBeLessThan(0.5);
  }

  // Hovered, a resource shows its handles, in the theme's handle colours, where they were.
  const shape = page.locator('.react-flow__node-resource').first();
  await shape.hover();
  const id = await shape.getAttribute('data-id');
  const shown = await handleFacts(page, `.react-flow__node-resource[data-id="${id}"]`);
  expect(shown).toHaveLength(2);
  for (const handle of shown) {
    expect(handle.background, handle.type).not.toBe(TRANSPARENT);
    expect(handle.border, handle.type).not.toBe(TRANSPARENT);
    expect(handle.transform, handle.type).toBe('none');
    expect(Math.abs(handle.dy), handle.type).toBeLessThan(0.5);
  }
});
