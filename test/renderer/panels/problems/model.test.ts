import { describe, expect, it } from 'vitest';
import { t } from '../../../../shared/i18n/index';
import { parseDesign } from '../../../../shared/model/load';
import type { Design } from '../../../../shared/model/types';
import { runRules } from '../../../../shared/rules/index';
import type { Finding } from '../../../../shared/rules/index';
import {
  problemsIndex,
  problemsView,
  sameRow,
  translatedFinding,
} from '../../../../renderer/panels/problems/model';
import { findingToJson } from '../../../../shared/rules/index';

// A queue that hides messages for less time than its consumer may run (Lambda refuses it: an
// error), and a dead-letter queue with no name, so labels fall back to the id.
const design: Design = {
  format: 'skyplan',
  version: 1,
  name: 'Fan-out',
  region: 'us-east-1',
  resources: [
    { id: 'topic', type: 'sns-topic', name: 'Orders', props: {} },
    {
      id: 'q1',
      type: 'sqs-queue',
      name: 'Billing queue',
      props: { visibilityTimeoutSec: 30, deadLetterTarget: 'dlq' },
    },
    { id: 'dlq', type: 'sqs-queue', props: {} },
    { id: 'fn', type: 'lambda-function', name: 'Billing worker', props: { timeoutSec: 60 } },
  ],
  connections: [
    { id: 'c1', from: 'topic', to: 'q1', kind: 'subscribe' },
    { id: 'c2', from: 'q1', to: 'fn', kind: 'trigger' },
  ],
};

function finding(severity: Finding['severity'], resources: string[]): Finding {
  return {
    rule: `test-${severity}`,
    severity,
    resources,
    message: 'problems.empty',
    params: {},
    fix: 'problems.fix',
    fixParams: { fix: 'do it' },
  };
}

describe('problemsView', () => {
  it('groups real findings by severity with counts, translated in both languages', () => {
    const findings = runRules(design);
    const visibility = findings.filter((found) => found.rule === 'sqs-visibility-timeout');
    expect(visibility).toHaveLength(1);

    const en = problemsView(findings, design, 'en');
    expect(en.total).toBe(findings.length);
    expect(en.groups[0]?.severity).toBe('error');
    const row = en.groups[0]?.rows.find((candidate) => candidate.rule === 'sqs-visibility-timeout');
    expect(row?.message).toContain('Billing queue');
    expect(row?.fix).toMatch(/360/);
    expect(row?.resources.map((item) => item.label)).toEqual(['Billing queue', 'Billing worker']);
    expect(row?.resources[0]?.kind).toBe('SQS queue');
    expect(row?.targets).toEqual(['q1', 'fn']);

    const ko = problemsView(findings, design, 'ko');
    const koRow = ko.groups
      .flatMap((group) => group.rows)
      .find((candidate) => candidate.rule === 'sqs-visibility-timeout');
    expect(koRow?.message).not.toBe(row?.message);
    expect(koRow?.message).toContain('Billing queue');
  });

  it('orders groups errors first, counts each severity and keeps only non-empty groups', () => {
    const view = problemsView(
      [finding('info', ['q1']), finding('error', ['fn']), finding('info', ['dlq'])],
      design,
      'en',
    );
    expect(view.groups.map((group) => [group.severity, group.count])).toEqual([
      ['error', 1],
      ['info', 2],
    ]);
    expect(view.counts).toEqual({ error: 1, warning: 0, info: 2 });
  });

  it('labels a connection by its ends and marks ids that are no longer in the design', () => {
    const view = problemsView([finding('warning', ['c2', 'deleted'])], design, 'en');
    const row = view.groups[0]?.rows[0];
    expect(row?.resources.map((item) => [item.label, item.missing])).toEqual([
      ['Billing queue → Billing worker', false],
      ['deleted', true],
    ]);
    // Only ids that exist are selected and framed.
    expect(row?.targets).toEqual(['c2']);
    expect(row?.fix).toBe('Fix: do it');
  });

  it('gives identical findings distinct keys', () => {
    const view = problemsView([finding('error', ['fn']), finding('error', ['fn'])], design, 'en');
    const keys = view.groups[0]?.rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('has nothing to show for a clean design', () => {
    const parsed = parseDesign(JSON.stringify({ ...design, resources: [], connections: [] }));
    if (!parsed.ok) throw new Error('fixture does not parse');
    const view = problemsView(runRules(parsed.design), parsed.design, 'en');
    expect(view).toEqual({ total: 0, counts: { error: 0, warning: 0, info: 0 }, groups: [] });
  });
});

describe('problemsIndex (rows made only when drawn)', () => {
  it('keys and groups every finding, and makes each row on demand exactly as problemsView does', () => {
    const findings = runRules(design);
    const index = problemsIndex(findings, design, 'ko');
    const view = problemsView(findings, design, 'ko');
    expect(index.total).toBe(view.total);
    expect(index.counts).toEqual(view.counts);
    expect(index.groups.map((g) => [g.severity, g.count, g.entries.map((e) => e.key)])).toEqual(
      view.groups.map((g) => [g.severity, g.count, g.rows.map((r) => r.key)]),
    );
    const last = index.groups.at(-1)!.entries.at(-1)!;
    expect(index.row(last)).toEqual(view.groups.at(-1)!.rows.at(-1));
    // Made once: asking again gives the same object (a drawn row is not translated again).
    expect(index.row(last)).toBe(index.row(last));
  });
});

describe('problems summary wording', () => {
  it('reads correctly for a single error (no "1 errors")', () => {
    const line = t('en', 'problems.summary', { errors: 1, warnings: 0, infos: 1 });
    expect(line).not.toMatch(/\b1 (errors|notes)\b/);
    expect(line).toBe('Errors: 1 · warnings: 0 · notes: 1');
  });
});

describe('sameRow (the panel re-renders only rows that differ)', () => {
  it('finds rows of an unchanged finding the same across two views, and a renamed one different', () => {
    const findings = runRules(design);
    const before = problemsView(findings, design, 'en');
    const again = problemsView(runRules(structuredClone(design)), structuredClone(design), 'en');
    const rows = (view: typeof before) => view.groups.flatMap((group) => group.rows);
    expect(rows(before).length).toBeGreaterThan(0);
    rows(again).forEach((row, i) => expect(sameRow(row, rows(before)[i]!)).toBe(true));
    const renamed = structuredClone(design);
    for (const resource of renamed.resources) resource.name = `${resource.name ?? resource.id} (renamed)`;
    const after = problemsView(findings, renamed, 'en');
    rows(after).forEach((row, i) => expect(sameRow(row, rows(before)[i]!)).toBe(false));
    const korean = problemsView(findings, design, 'ko');
    rows(korean).forEach((row, i) => expect(sameRow(row, rows(before)[i]!)).toBe(false));
  });
});

describe('translatedFinding (rows of findings an answer kept are not translated again)', () => {
  it('translates a finding once per locale, and again when the locale changes', () => {
    const [first] = runRules(design);
    expect(first).toBeDefined();
    const english = translatedFinding(first!, 'en');
    expect(english).toEqual(findingToJson(first!, 'en'));
    // The same finding object, in a later answer's index: the same translation, not a new one.
    expect(translatedFinding(first!, 'en')).toBe(english);
    const korean = translatedFinding(first!, 'ko');
    expect(korean).toEqual(findingToJson(first!, 'ko'));
    expect(korean.message).not.toBe(english.message);
    expect(translatedFinding(first!, 'en')).toEqual(english);
    // A finding with equal content but another object is translated on its own.
    expect(translatedFinding({ ...first! }, 'en')).not.toBe(translatedFinding(first!, 'en'));
  });
});
