// Findings answers as deltas (renderer/engine/findingsDelta.ts): rebuilt on the answer before,
// they equal the whole answer, and a finding that did not change is the base's own object.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { countFindings } from '../../../renderer/engine/findings';
import { applyFindingsDelta, findingsDelta } from '../../../renderer/engine/findingsDelta';
import { computePublicSubnets } from '../../../renderer/engine/network';
import type { FindingsResult } from '../../../renderer/engine/protocol';
import { generateDesign } from '../../../shared/model/generate';
import type { Design } from '../../../shared/model/types';
import { createIncrementalRunner } from '../../../shared/rules/utils/incremental';

/** What the worker answers for a design (engine.worker.ts answerFindings). */
function answerOf(runner: ReturnType<typeof createIncrementalRunner>, design: Design): FindingsResult {
  return { ...countFindings(runner.run(design)), publicSubnets: computePublicSubnets(design) };
}

/** What crosses the port: a structured clone, as on the way to the page. */
const overThePort = <T>(value: T): T => structuredClone(value);

const withoutRoutes = (design: Design, table: string): Design =>
  produce(design, (draft) => {
    const found = draft.resources.find((r) => r.id === table);
    if (found?.type === 'route-table') found.props.routes = [];
  });

describe('findings deltas', () => {
  const design = generateDesign(260);
  const table = design.resources.find(
    (r) => r.type === 'route-table' && (r.props.routes ?? []).length > 0,
  )!.id;

  it('rebuild the whole answer on the one before, edit after edit, and back again', () => {
    const runner = createIncrementalRunner();
    const first = answerOf(runner, design);
    // The page holds its own copy of each answer, not the worker's objects.
    let page = overThePort(first);
    let worker = first;
    for (const next of [withoutRoutes(design, table), design, withoutRoutes(design, table)]) {
      const answer = answerOf(runner, next);
      const delta = overThePort(findingsDelta(worker, 1, answer));
      const rebuilt = applyFindingsDelta(page, delta);
      expect(rebuilt.findings).toEqual(answer.findings);
      expect(new Map([...rebuilt.byResource].sort())).toEqual(new Map([...answer.byResource].sort()));
      expect(rebuilt.publicSubnets).toEqual(answer.publicSubnets);
      // Few findings cross: the edit's own, not the ~hundreds of the design.
      expect(delta.added.length).toBeLessThan(answer.findings.length / 4);
      const kept = rebuilt.findings.filter((finding) => page.findings.includes(finding));
      expect(kept.length + delta.added.length).toBe(answer.findings.length);
      page = rebuilt;
      worker = answer;
    }
  });

  it('match findings a rule made again by their content, each base finding once', () => {
    const finding = (rule: string) => ({
      rule,
      severity: 'warning' as const,
      resources: ['a'],
      message: 'ui.action.edit' as const,
      params: {},
    });
    const base: FindingsResult = {
      ...countFindings([finding('x'), finding('y')]),
      publicSubnets: new Map(),
    };
    // Two equal to the base's "x", made again: one matches it, the other is new.
    const next: FindingsResult = {
      ...countFindings([finding('x'), base.findings[1]!, finding('x')]),
      publicSubnets: new Map(),
    };
    const delta = findingsDelta(base, 7, next);
    expect(Array.from(delta.order)).toEqual([0, 1, -1]);
    expect(delta.added).toEqual([finding('x')]);
    expect(delta.counts).toEqual([['a', { errors: 0, warnings: 3, infos: 0, worst: 'warning' }]]);
    const rebuilt = applyFindingsDelta(base, delta);
    expect(rebuilt.findings[0]).toBe(base.findings[0]);
    expect(rebuilt.findings[1]).toBe(base.findings[1]);
    expect(rebuilt.byResource.get('a')?.warnings).toBe(3);
  });

  it('drop the counts of ids with no finding left, and refuse a base that lacks a named finding', () => {
    const base = countFindings([
      { rule: 'r', severity: 'error', resources: ['gone'], message: 'ui.action.edit', params: {} },
    ]);
    const empty = { findings: [], byResource: new Map(), publicSubnets: new Map() };
    const delta = findingsDelta({ ...base, publicSubnets: new Map() }, 1, empty);
    expect(delta.counts).toEqual([['gone', null]]);
    expect(applyFindingsDelta({ ...base, publicSubnets: new Map() }, delta).byResource.size).toBe(0);
    const named = { ...delta, order: Int32Array.of(3) };
    expect(() => applyFindingsDelta(empty, named)).toThrow(/names finding 3/);
  });
});
