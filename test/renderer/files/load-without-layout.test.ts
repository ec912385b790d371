/**
 * A file written without a layout whose multi-subnet resources still need their placement
 * repaired (the home shape at VPC level) is repaired on load but keeps no layout, so that
 * opening it lays the whole design out (useAutoLayoutOnLoad replaces a bare layout, and only
 * merges into a real one).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placementNeedsRepair } from '../../../shared/edit/index';
import type { Design } from '../../../shared/model/types';
import { loadText } from '../../../renderer/files/load';

describe('loadText: a design without a layout', () => {
  it('is repaired and stays without a layout', () => {
    const design = JSON.parse(
      readFileSync('assets/templates/two-tier-web-app.skyplan.json', 'utf8'),
    ) as Design;
    const atVpc = new Set(['alb1', 'web', 'db1']);
    const old = {
      ...design,
      resources: design.resources.map((r) => (atVpc.has(r.id) ? { ...r, parent: 'vpc1' } : r)),
      layout: undefined,
    };
    expect(placementNeedsRepair(old as Design)).toBe(true);
    const loaded = loadText(JSON.stringify(old), 'old.skyplan.json');
    if (!loaded.ok) throw new Error('loadText refused the design');
    expect(loaded.design.resources.find((r) => r.id === 'alb1')?.parent).toBe('pubA');
    expect(Object.keys(loaded.design.layout ?? {})).toEqual([]);
  });
});
