/** computeCost re-pricing: the same design object gives the same report; a new object is re-priced. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCost, formatCostText } from '../../../shared/cost/index';
import type { Design, ResourceOf } from '../../../shared/model/types';
import { generateDesign } from '../../bench/generate';

const twoTier = JSON.parse(readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8')) as Design;

describe('pricing the same design again', () => {
  it('gives identical reports for the same design object (and for a copy of it)', () => {
    const design = generateDesign(300);
    const first = computeCost(design);
    const second = computeCost(design);
    expect(second).toEqual(first);
    expect(second).toBe(first); // memoised per design object
    expect(formatCostText(second)).toBe(formatCostText(first));
    // A copy is priced from scratch: equal figures prove the engine keeps no state between runs.
    expect(computeCost(structuredClone(design))).toEqual(first);
  });

  it('keeps one report per set of options', () => {
    const east = computeCost(twoTier);
    const seoul = computeCost(twoTier, { region: 'ap-northeast-2' });
    const rate = computeCost(twoTier, { krwPerUsd: 1500 });
    expect(seoul.region).toBe('ap-northeast-2');
    expect(seoul.monthlyTotal).not.toBe(east.monthlyTotal);
    expect(rate.krw).toMatchObject({ rate: 1500, source: 'option' });
    expect(computeCost(twoTier).region).toBe('us-east-1');
    expect(computeCost(twoTier, { region: 'ap-northeast-2' })).toEqual(seoul);
  });

  it('re-prices an edited design: a new object, immer-style, sharing what did not change', () => {
    const design = generateDesign(300);
    const before = computeCost(design);
    const index = design.resources.findIndex((resource) => resource.type === 'ec2-instance');
    const instance = design.resources[index] as ResourceOf<'ec2-instance'>;
    const edited: Design = {
      ...design,
      resources: design.resources.map((resource, i) =>
        i === index ? { ...instance, props: { ...instance.props, instanceType: 'm5.large' } } : resource,
      ),
    };
    const after = computeCost(edited);
    expect(after).not.toBe(before);
    expect(after.monthlyTotal).toBeGreaterThan(before.monthlyTotal);
    const line = after.items.find((item) => item.resource === instance.id)?.lines[0];
    expect(line?.priceKey).toBe('ec2.m5.large.hour');
    // The original design still has its own report.
    expect(computeCost(design)).toBe(before);
  });
});
