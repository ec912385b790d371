/** The rule tester polices rules; these tests make sure its checks bite. */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../shared/rules/index';
import { runRule } from '../../../shared/rules/index';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { deepFreeze, findingProblems } from './rule-tester';

const declared: Rule = {
  meta: {
    id: 'test-rule',
    severity: 'warning',
    category: 'network',
    docs: { description: 'rules.alb-multi-az.description' },
    messages: ['rules.alb-multi-az.tooFewAzs', 'rules.alb-multi-az.fix'],
  },
  check() {},
};

describe('rule tester', () => {
  it('deep-freezes a design so that a mutating rule throws', () => {
    const frozen = deepFreeze(makeDesign(vpcNetwork()));
    const mutating: Rule = {
      ...declared,
      check(ctx) {
        const vpc = ctx.design.resources.find((r) => r.type === 'vpc');
        if (vpc?.type === 'vpc') vpc.props.cidr = '10.1.0.0/16';
      },
    };
    let thrown: unknown;
    try {
      runRule(mutating, frozen);
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).toContain('rule test-rule failed');
    expect((thrown as Error).cause).toBeInstanceOf(TypeError);
  });

  it('rejects undeclared messages and fixes', () => {
    const problems = findingProblems(
      declared,
      {
        rule: 'test-rule',
        severity: 'warning',
        resources: ['vpc1'],
        message: 'rules.subnet-capacity.full',
        params: { subnet: 'a', cidr: 'b', usable: 1, needed: 2 },
        fix: 'rules.subnet-capacity.fix',
        fixParams: { subnet: 'a', prefix: 24 },
      },
      makeDesign(vpcNetwork()),
    );
    expect(problems).toEqual([
      'reported message "rules.subnet-capacity.full" is not declared in meta.messages',
      'reported fix "rules.subnet-capacity.fix" is not declared in meta.messages',
    ]);
  });

  it('rejects unknown ids and unfilled parameters', () => {
    const problems = findingProblems(
      declared,
      {
        rule: 'test-rule',
        severity: 'warning',
        resources: ['nowhere'],
        message: 'rules.alb-multi-az.tooFewAzs',
        params: { alb: 'alb1', count: 1 },
      },
      makeDesign(vpcNetwork()),
    );
    expect(problems[0]).toBe('finding names "nowhere", which is not in the design');
    expect(problems.slice(1).every((p) => p.includes('unfilled parameter'))).toBe(true);
    expect(problems).toHaveLength(3);
  });
});
