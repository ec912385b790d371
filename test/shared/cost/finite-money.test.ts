/**
 * A non-finite or absurd amount can never reach a report, even for a design that did not go
 * through the schema (the canvas prices in-memory designs): the line is listed as unpriced.
 */
import { describe, expect, it } from 'vitest';
import { computeCost, formatCost, roundCents } from '../../../shared/cost/index';
import type { Design } from '../../../shared/model/index';

function lambdaDesign(requestsPerMonth: number): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'Huge',
    region: 'us-east-1',
    resources: [{ id: 'fn', type: 'lambda-function', props: { requestsPerMonth } }],
    connections: [],
  } as Design;
}

describe('money is always finite', () => {
  it.each([Infinity, -Infinity, NaN])('rounds %s to no cents rather than carrying it', (value) => {
    expect(roundCents(value)).toBe(0);
  });

  it.each([1e300, Infinity, NaN])('lists a line of %s requests as unpriced, total finite', (requests) => {
    const report = computeCost(lambdaDesign(requests));
    expect(Number.isFinite(report.monthlyTotal)).toBe(true);
    expect(Number.isFinite(report.krw.monthlyTotal)).toBe(true);
    // Non-numbers read as 0 usage (ctx.number); a finite absurd figure is listed as unpriced.
    expect(report.unpriced).toBe(Number.isFinite(requests));
    const lines = report.items.flatMap((item) => item.lines);
    for (const line of lines) {
      expect(Number.isFinite(line.monthly)).toBe(true);
      expect(Number.isFinite(line.quantity)).toBe(true);
    }
    if (Number.isFinite(requests)) {
      expect(lines.some((line) => line.note?.key === 'cost.note.outOfRange')).toBe(true);
    }
    for (const format of ['text', 'csv', 'md', 'json'] as const) {
      // The assumptions list repeats the design's own value; every amount must be finite.
      const amounts = formatCost(report, format).replace(/requestsPerMonth\W+\w+/g, '');
      expect(amounts).not.toMatch(/∞|Infinity|NaN/);
    }
  });
});
