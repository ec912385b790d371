/**
 * loadText repairs an older file's multi-subnet placement while loading (on the parsed objects,
 * before the first render) and gives the same document as the normaliser on an immer draft,
 * which is what opening did before; a file that needs no repair comes back as parsed.
 */
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { normalizePlacement, placementNeedsRepair } from '../../../shared/edit/index';
import { parseDesign } from '../../../shared/model/index';
import { loadText } from '../../../renderer/files/load';
import { generateDesign } from '../../bench/generate';

describe('loadText: placement repaired on load', () => {
  it('opens an older file already repaired, exactly as the normaliser repairs it', () => {
    const text = JSON.stringify(generateDesign(200));
    const parsed = parseDesign(text);
    if (!parsed.ok) throw new Error('generated design does not parse');
    expect(placementNeedsRepair(parsed.design)).toBe(true);
    const loaded = loadText(text, 'old.skyplan.json');
    if (!loaded.ok) throw new Error('loadText refused the design');
    expect(placementNeedsRepair(loaded.design)).toBe(false);
    const expected = produce(parsed.design, (draft) => normalizePlacement(draft));
    expect(JSON.stringify(loaded.design)).toBe(JSON.stringify(expected));
  });

  it('leaves a file that needs no repair as it was written', () => {
    const parsed = parseDesign(JSON.stringify(generateDesign(200)));
    if (!parsed.ok) throw new Error('generated design does not parse');
    const saved = JSON.stringify(produce(parsed.design, (draft) => normalizePlacement(draft)));
    const loaded = loadText(saved, 'saved.skyplan.json');
    expect(loaded.ok && JSON.stringify(loaded.design)).toBe(saved);
  });
});
