import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../renderer/host/browserStorage';
import {
  DEFAULT_LAYOUT,
  DOCK_LIMITS,
  LAYOUT_KEY,
  RIGHT_LIMITS,
  readLayout,
  writeLayout,
} from '../../../renderer/app/layout';

describe('panel layout', () => {
  it('reads back what was written', () => {
    const storage = new MemoryStorage();
    const layout = { rightWidth: 420, dockHeight: 300, rightCollapsed: true, dockCollapsed: false };
    writeLayout(storage, layout);
    expect(readLayout(storage)).toEqual(layout);
  });

  it('falls back to the defaults for nothing stored, broken JSON or wrong types', () => {
    const storage = new MemoryStorage();
    expect(readLayout(storage)).toEqual(DEFAULT_LAYOUT);
    storage.setItem(LAYOUT_KEY, '{not json');
    expect(readLayout(storage)).toEqual(DEFAULT_LAYOUT);
    storage.setItem(
      LAYOUT_KEY,
      JSON.stringify({ rightWidth: 'wide', dockHeight: null, rightCollapsed: 'yes' }),
    );
    expect(readLayout(storage)).toEqual(DEFAULT_LAYOUT);
  });

  it('clamps sizes into their limits', () => {
    const storage = new MemoryStorage();
    storage.setItem(LAYOUT_KEY, JSON.stringify({ rightWidth: 5, dockHeight: 99999 }));
    expect(readLayout(storage)).toMatchObject({ rightWidth: RIGHT_LIMITS.min, dockHeight: DOCK_LIMITS.max });
  });
});
