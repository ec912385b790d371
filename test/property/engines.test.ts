/**
 * Keep it so (issue 14): arbitrary JSON and mutated valid designs never make the loader, rules,
 * cost, trace, serializer or exporters throw; money is always finite; and serialize -> parse ->
 * serialize is a fixed point. Bounded for CI by test/property/settings.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_FORMATS, computeCost, formatCost, isSupportedRegion } from '../../shared/cost/index';
import type { CostReport } from '../../shared/cost/index';
import { renderDrawio } from '../../shared/diagram/drawio';
import { renderDiagramSvg } from '../../shared/diagram/svg';
import { diffDesigns, exportCloudFormation, exportTerraform, formatDiff } from '../../shared/interop/index';
import { buildReview, reviewToHtml, reviewToMarkdown } from '../../shared/io/index';
import type { Design } from '../../shared/model/index';
import { checkDesignValue, parseDesign, serializeDesign } from '../../shared/model/index';
import { trace, traceConnection } from '../../shared/network/index';
import { findingToJson, runRules } from '../../shared/rules/index';
import { mutatedDesign, SEEDS } from './designs';
import { params, RUNS, TIMEOUT_MS } from './settings';

const tally = { inputs: 0, designs: 0 };

function expectFiniteMoney(report: CostReport): void {
  const amounts = [report.monthlyTotal, report.krw.monthlyTotal];
  for (const item of report.items) {
    amounts.push(item.monthly);
    for (const line of item.lines) amounts.push(line.monthly, line.quantity);
  }
  for (const hint of report.hints) amounts.push(hint.monthlySavings);
  const bad = amounts.filter((amount) => !Number.isFinite(amount));
  expect(bad).toEqual([]);
}

/** Everything a loaded design goes through in the app, the CLI and the exports. */
function exercise(design: Design): void {
  tally.designs++;
  const findings = runRules(design);
  for (const finding of findings) findingToJson(finding, 'ko');
  // A valid but unpriced region is priced as us-east-1, as `skyplan cost --region` would.
  const cost = computeCost(design, isSupportedRegion(design.region) ? {} : { region: 'us-east-1' });
  expectFiniteMoney(cost);
  for (const format of COST_FORMATS) {
    const text = formatCost(cost, format, 'en');
    if (format !== 'json') expect(text).not.toMatch(/Infinity|NaN|∞/);
  }
  for (const connection of design.connections.slice(0, 4)) traceConnection(design, connection);
  const [first, second] = design.resources;
  if (first && second) trace(design, first.id, second.id);
  const review = buildReview({ design, findings, cost, locale: 'en', date: '2026-01-01' });
  reviewToMarkdown(review, 'en');
  reviewToHtml(review, 'ko');
  renderDiagramSvg(design);
  renderDrawio(design);
  exportCloudFormation(design);
  exportTerraform(design);
  formatDiff(diffDesigns(SEEDS[0]!.doc as unknown as Design, design, 'en'), 'md', 'en');
  // The serializer is a fixed point: what it writes reads back to the same bytes.
  const once = serializeDesign(design);
  const again = parseDesign(once);
  expect(again.ok).toBe(true);
  if (again.ok) expect(serializeDesign(again.design)).toBe(once);
}

function load(text: string): void {
  tally.inputs++;
  const result = parseDesign(text);
  if (result.ok) exercise(result.design);
  else expect(result.issues.length).toBeGreaterThan(0);
}

describe('property: nothing throws on hostile input', () => {
  it(
    'arbitrary text and JSON',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 6 })), load),
        params(),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'mutated templates and examples, as text',
    () => {
      fc.assert(
        fc.property(mutatedDesign, (doc) => load(JSON.stringify(doc))),
        params(),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'mutated templates and examples, in memory (as the canvas and IPC check them)',
    () => {
      fc.assert(
        fc.property(mutatedDesign, (doc) => {
          tally.inputs++;
          const result = checkDesignValue(doc);
          if (result.ok) exercise(result.design);
        }),
        params(),
      );
      if (process.env.SKYPLAN_PROPERTY_REPORT) {
        console.info(
          `property: ${tally.inputs} inputs, ${tally.designs} loaded designs exercised (runs ${RUNS})`,
        );
      }
    },
    TIMEOUT_MS,
  );
});
