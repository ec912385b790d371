// Tidy up (View > Tidy up: the automatic layout, ELK around the VPC grid) on a template whose
// boxes were dragged out of order: afterwards, measured from the DOM, the subnets of each AZ
// share a column, public subnets sit above private ones, and no label lies on another.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { publicSubnets } from '../../shared/diagram/structure';
import type { Design, ResourceOf } from '../../shared/model/types';
import { facts, fit, openFile, SHOTS } from './diagram-facts';

/** The two-tier template with its subnets dragged about: AZ b's data subnet on top, and so on. */
function scrambled(): Design {
  const design = JSON.parse(readFileSync('assets/templates/two-tier-web-app.skyplan.json', 'utf8')) as Design;
  const layout = { ...design.layout };
  const swap = (a: string, b: string) => {
    const [boxA, boxB] = [layout[a], layout[b]];
    if (!boxA || !boxB) throw new Error(`no box for ${a} or ${b}`);
    layout[a] = { ...boxB };
    layout[b] = { ...boxA };
  };
  swap('pubA', 'dataB');
  swap('appA', 'pubB');
  return { ...design, name: 'Scrambled two-tier', layout };
}

/** Per AZ: the distinct left edges of its subnets, and whether a public one lies below a private one. */
async function structure(page: Page, design: Design) {
  const isPublic = publicSubnets(design);
  const subnets = design.resources
    .filter((r): r is ResourceOf<'subnet'> => r.type === 'subnet')
    .map((s) => ({ id: s.id, az: s.props.az, public: isPublic.get(s.id) ?? false }));
  return page.evaluate((subnets) => {
    const byAz = new Map<string, { left: number; top: number; bottom: number; public: boolean }[]>();
    for (const s of subnets) {
      const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(s.id)}"]`);
      if (!node) continue;
      const r = node.getBoundingClientRect();
      byAz.set(s.az, [
        ...(byAz.get(s.az) ?? []),
        { left: r.left, top: r.top, bottom: r.bottom, public: s.public },
      ]);
    }
    return [...byAz.entries()].map(([az, list]) => ({
      az,
      lefts: [...new Set(list.map((s) => Math.round(s.left)))],
      publicBelowPrivate: list.some((p) => p.public && list.some((q) => !q.public && p.top >= q.bottom - 1)),
    }));
  }, subnets);
}

test('Tidy up keeps AZ columns and public/private rows, and puts no label on a label', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await page.getByTestId('welcome-new').click();
  const design = scrambled();
  await openFile(page, design);
  await fit(page);
  // The scrambled layout really is out of order (so the checks below can fail).
  const before = await structure(page, design);
  expect(before.some((column) => column.lefts.length > 1 || column.publicBelowPrivate)).toBe(true);

  await page.getByTestId('menu-view').click();
  await page.locator('[data-command="view.autoLayout"]').click();
  await page.waitForTimeout(800);
  await fit(page);
  const after = await structure(page, design);
  expect(after.length).toBe(2);
  for (const column of after) {
    expect(column.lefts, `AZ ${column.az}: one column`).toHaveLength(1);
    expect(column.publicBelowPrivate, `AZ ${column.az}: public above private`).toBe(false);
  }
  const found = await facts(page, design);
  expect(found.overlappingLabels, 'labels on labels').toEqual([]);
  expect(found.cutLabels, 'names, type lines or chips cut short').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/diagram-tidy-up.png` });
});
