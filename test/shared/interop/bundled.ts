import { readdirSync } from 'node:fs';

/** Every bundled example and template: the export tests run over all of them. */
export const BUNDLED = ['assets/examples', 'assets/templates'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.skyplan.json'))
    .map((name) => `${dir}/${name}`),
);
