import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Design } from '../../../shared/model/index';
import { pathToString, parseDesign } from '../../../shared/model/index';
import { checkScenarios, scenariosOf, withScenarios } from '../../../shared/model/scenarios';

function example(): Design {
  const result = parseDesign(readFileSync('assets/examples/private-subnets-nat.skyplan.json', 'utf8'));
  if (!result.ok) throw new Error('example does not load');
  return result.design;
}

describe('scenarios in a design', () => {
  it('accepts a well-formed list and reads it back', () => {
    const design = withScenarios(example(), [
      { id: 's1', name: 'Egress', flows: [{ from: 'appA', to: 'internet', protocol: 'tcp', port: 443 }] },
    ]);
    expect(checkScenarios(design)).toEqual([]);
    expect(scenariosOf(design)).toEqual([
      { id: 's1', name: 'Egress', flows: [{ from: 'appA', to: 'internet', protocol: 'tcp', port: 443 }] },
    ]);
  });

  it('names the JSON path of every bad field', () => {
    const design = {
      ...example(),
      scenarios: [
        { id: 's1', name: 'ok', flows: [{ from: 'appA', to: 'nowhere', protocol: 'tcpx', port: 70000 }] },
        { id: 's1', flows: 'x' },
        'nope',
      ],
    };
    const found = checkScenarios(design).map((issue) => `${pathToString(issue.path)} ${issue.code}`);
    expect(found).toEqual([
      '$.scenarios[0].flows[0].to ref.unknown',
      '$.scenarios[0].flows[0].protocol schema.enum',
      '$.scenarios[0].flows[0].port schema.range',
      '$.scenarios[1].id ref.duplicateId',
      '$.scenarios[1].name schema.required',
      '$.scenarios[1].flows schema.notArray',
      '$.scenarios[2] schema.notObject',
    ]);
  });

  it('reports a scenarios field that is not a list, and nothing when it is absent', () => {
    expect(checkScenarios({ ...example(), scenarios: {} }).map((i) => i.code)).toEqual(['schema.notArray']);
    expect(checkScenarios(example())).toEqual([]);
  });

  it('removes the field when the last scenario is deleted', () => {
    const design = withScenarios(withScenarios(example(), [{ id: 's1', name: 'x', flows: [] }]), []);
    expect('scenarios' in design).toBe(false);
  });
});
