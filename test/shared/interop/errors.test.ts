import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCloudFormation, InteropError } from '../../../shared/interop/index';
import { FIXTURES } from './helpers';

async function failure(name: string): Promise<InteropError> {
  try {
    await importCloudFormation(readFileSync(`${FIXTURES}/${name}`, 'utf8'));
  } catch (error) {
    if (error instanceof InteropError) return error;
    throw error;
  }
  throw new Error(`${name} imported`);
}

describe('input that cannot be imported', () => {
  it('malformed YAML: the line of the error', async () => {
    const error = await failure('broken/malformed.yaml');
    expect(error.note).toMatchObject({ key: 'interop.error.syntax', line: 3 });
  });

  it('malformed JSON: line and column', async () => {
    const error = await failure('broken/malformed.json');
    expect(error.note).toMatchObject({ key: 'interop.error.syntax', line: 3, column: 44 });
  });

  it('a reference cycle: the cycle and the line of the resource', async () => {
    const error = await failure('cycle.yaml');
    expect(error.note).toMatchObject({
      key: 'interop.error.refCycle',
      params: { cycle: 'First → Second → First' },
      line: 2,
    });
  });

  it('a YAML file that is not a template', async () => {
    const error = await failure('not-template.yaml');
    expect(error.note).toMatchObject({ key: 'interop.error.notTemplate', line: 1 });
  });

  it('conditions in a cycle', async () => {
    const text =
      'Conditions:\n  A: !Condition B\n  B: !Not [!Condition A]\nResources:\n  Q: { Type: AWS::SQS::Queue, Condition: A }\n';
    await expect(importCloudFormation(text)).rejects.toMatchObject({
      note: { key: 'interop.error.conditionCycle' },
    });
  });
});
