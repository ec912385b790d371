import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { ImportOptions, ImportResult } from '../../../shared/interop/index';
import { importCloudFormation } from '../../../shared/interop/index';
import { checkDesignValue } from '../../../shared/model/index';
import type { Resource } from '../../../shared/model/index';

export const FIXTURES = 'test/fixtures/cfn';

/** Imports a fixture (nested templates read next to it) and checks the design is valid. */
export async function importFixture(name: string, options: ImportOptions = {}): Promise<ImportResult> {
  const file = join(FIXTURES, name);
  return importText(readFileSync(file, 'utf8'), {
    fileName: name,
    readNested: (path) => readFileSync(join(dirname(file), path), 'utf8'),
    ...options,
  });
}

export async function importText(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const result = await importCloudFormation(text, options);
  const checked = checkDesignValue(JSON.parse(JSON.stringify(result.design)));
  expect(checked.ok ? [] : checked.issues).toEqual([]);
  return result;
}

export function byId(result: ImportResult, id: string): Resource {
  const found = result.design.resources.find((r) => r.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}

export function noteKeys(result: ImportResult): string[] {
  return result.report.notes.map((note) => note.key);
}
