import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { computeLayout } from '../../../shared/diagram/layout';
import { serializeDesign } from '../../../shared/model/serialize';
import { normalizePlacement } from '../../../shared/edit/index';

const OUT = process.env.RELAYOUT_OUT ?? '/tmp/relayout';
it('relayout', async () => {
  for (const folder of ['assets/templates', 'assets/examples']) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.skyplan.json'))) {
      const design = JSON.parse(readFileSync(`${folder}/${name}`, 'utf8'));
      delete design.layout;
      normalizePlacement(design);
      delete design.layout;
      design.layout = await computeLayout(design);
      writeFileSync(`${OUT === 'inplace' ? folder : OUT}/${name}`, serializeDesign(design));
    }
  }
}, 60000);
