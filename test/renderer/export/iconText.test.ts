import { describe, expect, it } from 'vitest';
import { diagramIconPaths } from '../../../shared/diagram/icons';
import { exportIconPaths, loadIconSet } from '../../../renderer/export/iconText';

describe('export icons in the app', () => {
  it('can load every icon a diagram draws, as SVG text', async () => {
    expect(exportIconPaths().sort()).toEqual(diagramIconPaths());
    const icons = await loadIconSet();
    for (const path of diagramIconPaths()) expect(icons[path], path).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});
