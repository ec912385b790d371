/**
 * Every rule together, on designs a person really has on screen: the examples must stay clean,
 * and half-finished designs (any one resource or connection deleted, leaving dangling
 * references, as happens mid-edit on the canvas) must never make a rule throw.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../shared/model/index';
import type { Design } from '../../../shared/model/types';
import { RULES, hasErrors, runRules } from '../../../shared/rules/index';
import { findingProblems } from './rule-tester';

const examples = readdirSync('assets/examples').map((name): [string, Design] => {
  const loaded = parseDesign(readFileSync(join('assets/examples', name), 'utf8'));
  if (!loaded.ok) throw new Error(`assets/examples/${name} does not load`);
  return [name, loaded.design];
});

describe('all rules', () => {
  it.each(examples)('find nothing at all in the example %s', (_name, design) => {
    expect(runRules(design)).toEqual([]);
  });

  it.each(examples)('never throw on %s with any one resource or connection deleted', (_name, design) => {
    let errorsSeen = 0;
    const variants: Design[] = [
      ...design.resources.map((r) => ({ ...design, resources: design.resources.filter((x) => x !== r) })),
      ...design.connections.map((c) => ({
        ...design,
        connections: design.connections.filter((x) => x !== c),
      })),
    ];
    for (const variant of variants) {
      const findings = runRules(variant);
      if (hasErrors(findings)) errorsSeen++;
      for (const finding of findings) {
        const rule = RULES.find((r) => r.meta.id === finding.rule);
        expect(rule && findingProblems(rule, finding, variant)).toEqual([]);
      }
    }
    // Deleting a gateway, a route table or a subnet must break something the rules can see.
    expect(errorsSeen).toBeGreaterThan(0);
  });
});
