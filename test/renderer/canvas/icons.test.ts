import { describe, expect, it } from 'vitest';
import { bundledIconPaths, iconUrl } from '../../../renderer/canvas/icons';
import { CATALOG } from '../../../shared/catalog/index';
import { RESOURCE_TYPES } from '../../../shared/model/types';

describe('bundled AWS icons', () => {
  it('bundles the icon of every catalog type', () => {
    const bundled = new Set(bundledIconPaths());
    for (const type of RESOURCE_TYPES) {
      expect(bundled, `icon of ${type}`).toContain(CATALOG[type].icon);
      expect(iconUrl(type)).toBeTruthy();
    }
  });
});
