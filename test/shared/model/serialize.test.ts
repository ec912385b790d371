import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../shared/model/load';
import { serializeDesign } from '../../../shared/model/serialize';
import { smallDesign } from '../../fixtures/designs';

function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).reverse();
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v)]));
}

describe('serializeDesign', () => {
  it('gives the same bytes whatever order the keys were in', () => {
    const design = smallDesign();
    expect(serializeDesign(shuffleKeys(design) as Record<string, unknown>)).toBe(serializeDesign(design));
  });

  it('writes keys in the documented order, two-space indent and a final newline', () => {
    const out = serializeDesign(shuffleKeys(smallDesign()) as Record<string, unknown>);
    expect(out.startsWith('{\n  "format": "skyplan",\n  "version": 1,\n  "name": "Small",\n  "region"')).toBe(
      true,
    );
    expect(out.indexOf('"resources"')).toBeLessThan(out.indexOf('"connections"'));
    expect(out).toContain('{\n      "id": "vpc1",\n      "type": "vpc",\n      "props"');
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('keeps array order, which means something to the user', () => {
    const design = smallDesign();
    design.resources.reverse();
    const round = parseDesign(serializeDesign(design));
    expect(round.ok && round.design.resources.map((r) => r.id)).toEqual(design.resources.map((r) => r.id));
  });

  it('round-trips: parse then serialize gives the same document and the same bytes again', () => {
    const first = serializeDesign(smallDesign());
    const parsed = parseDesign(first);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.design).toEqual(smallDesign());
    expect(serializeDesign(parsed.design)).toBe(first);
  });

  it('drops undefined values so absent and undefined are the same bytes', () => {
    const design = smallDesign();
    design.resources[0]!.name = undefined;
    expect(serializeDesign(design)).toBe(serializeDesign(smallDesign()));
  });

  it('sorts unknown keys alphabetically after the known ones', () => {
    const out = serializeDesign({ ...smallDesign(), zeta: 1, alpha: 2 });
    expect(out.indexOf('"alpha"')).toBeLessThan(out.indexOf('"zeta"'));
    expect(out.indexOf('"connections"')).toBeLessThan(out.indexOf('"alpha"'));
  });

  it('keeps every bundled design in canonical form, so they diff cleanly', () => {
    for (const folder of ['assets/examples', 'assets/templates']) {
      if (!existsSync(folder)) continue;
      const names = readdirSync(folder).filter((n) => n.endsWith('.skyplan.json'));
      for (const name of names) {
        const textOnDisk = readFileSync(`${folder}/${name}`, 'utf8');
        const parsed = parseDesign(textOnDisk);
        expect(parsed.ok, name).toBe(true);
        if (parsed.ok)
          expect(
            serializeDesign(parsed.design),
            `${folder}/${name} (run: npx skyplan format ${folder}/${name})`,
          ).toBe(textOnDisk);
      }
    }
  });
});
