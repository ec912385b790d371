import { checkReferences, checkSchema, parseDesign, serializeDesign } from '../../shared/model/index';
import { generateDesign } from './generate';
import type { BenchTable } from './table';
import { ms, timeMedian } from './table';

export function modelBench(sizes: number[]): BenchTable {
  const rows = sizes.map((size) => {
    const design = generateDesign(size);
    const text = serializeDesign(design);
    const parse = timeMedian(7, () => parseDesign(text));
    const jsonParse = timeMedian(7, () => JSON.parse(text));
    const schema = timeMedian(7, () => checkSchema(design));
    const references = timeMedian(7, () => checkReferences(design));
    const serialize = timeMedian(7, () => serializeDesign(design));
    return [
      size,
      design.connections.length,
      `${(text.length / 1024).toFixed(0)} KB`,
      ms(parse),
      ms(jsonParse),
      ms(schema),
      ms(references),
      ms(serialize),
    ];
  });
  return {
    title: 'Document model (median of 7 runs, ms)',
    columns: [
      'resources',
      'connections',
      'file size',
      'parse+check',
      'JSON.parse only',
      'schema',
      'references',
      'serialize',
    ],
    rows,
    notes: ['parse+check = read JSON with positions-aware reader, migrate, schema, references'],
  };
}
