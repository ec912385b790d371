import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseLesson,
  serializeLesson,
  candidateGoals,
  defaultEngine,
  draftToLesson,
  findBundledLesson,
  lessonIdFrom,
  budgetAbove,
} from '../../../shared/lessons/index';
import { describeIssue } from '../../../shared/model/index';

const text = readFileSync('assets/lessons/02-nat-gateway-egress.lesson.json', 'utf8');
const edit = (change: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(text) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc, null, 2);
};
const problems = (source: string): string[] => {
  const result = parseLesson(source);
  return result.ok ? [] : result.issues.map((issue) => describeIssue(issue, 'en', 'x.lesson.json'));
};

describe('parseLesson', () => {
  it('refuses a fault that changes a resource the start design does not have (it would break nothing)', () => {
    const lesson = readFileSync('assets/lessons/15-troubleshoot-web-tier.lesson.json', 'utf8');
    const doc = JSON.parse(lesson) as { faults: { changes: { resource: string }[] }[] };
    doc.faults[0]!.changes[0]!.resource = 'notInStart';
    expect(problems(JSON.stringify(doc, null, 2))).toEqual([
      expect.stringMatching(
        /\$\.faults\[0\]\.changes\[0\]\.resource: .*"notInStart", which is not in the design/,
      ),
    ]);
  });

  it('reads a bundled lesson file', () => {
    const result = parseLesson(text);
    expect(result.ok).toBe(true);
  });

  it('locates a JSON syntax error by line and column', () => {
    expect(problems('{\n  "id": "x",,\n}')).toEqual([expect.stringMatching(/^x\.lesson\.json:2:13: /)]);
  });

  it('names the JSON path and line of a bad goal', () => {
    const found = problems(
      edit((doc) => {
        const goals = doc.goals as Record<string, unknown>[];
        goals[0]!.port = 'https';
        goals[1]!.type = 'reachble';
        goals[2]!.id = goals[0]!.id;
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^x\.lesson\.json:\d+:\d+ \$\.goals\[0\]\.port: port must be a number \(found "https"\)$/,
      ),
      expect.stringMatching(
        /\$\.goals\[1\]\.type: type must be one of reachable, unreachable, no-findings, cost-below, resource-exists/,
      ),
      expect.stringMatching(
        /\$\.goals\[2\]\.id: the id "app-egress" is used more than once \(first at \$\.goals\[0\]\.id\)/,
      ),
    ]);
  });

  it('checks the start and answer designs with the design loader, under their own path', () => {
    const found = problems(
      edit((doc) => {
        const start = doc.start as { resources: { id: string; parent?: string }[] };
        start.resources.find((r) => r.id === 'app1')!.parent = 'nowhere';
        (doc.answer as Record<string, unknown>).format = 'other';
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(/\$\.start\.resources\[\d+\]\.parent: parent refers to "nowhere"/),
      expect.stringMatching(/\$\.answer\.format: format must be "skyplan"/),
    ]);
  });

  it('requires both languages and at least one goal', () => {
    const found = problems(
      edit((doc) => {
        doc.title = { en: 'Only English' };
        doc.goals = [];
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(/\$\.title\.ko: ko is required/),
      expect.stringMatching(/\$\.goals: goals is empty/),
    ]);
  });
});

describe('authoring', () => {
  it('offers reachable goals for working connections, unreachable for blocked ones, clean rules and a budget', () => {
    const l2 = findBundledLesson('02')!.lesson;
    const engine = defaultEngine();
    const offered = candidateGoals(l2.start, engine);
    expect(offered[0]).toEqual({
      goal: {
        id: 'block-c1',
        type: 'unreachable',
        from: { id: 'app1', type: 'ec2-instance' },
        to: { id: 'internet', type: 'internet' },
        protocol: 'tcp',
        port: 443,
      },
      suggested: false,
    });
    const fromAnswer = candidateGoals(l2.answer, engine);
    expect(fromAnswer[0]).toMatchObject({ goal: { type: 'reachable' }, suggested: true });
    expect(fromAnswer.some((c) => c.goal.type === 'no-findings')).toBe(true);
    const budget = fromAnswer.find((c) => c.goal.type === 'cost-below')?.goal;
    expect(budget).toEqual({
      id: 'budget',
      type: 'cost-below',
      amount: budgetAbove(engine.monthlyTotal(l2.answer) ?? NaN),
    });
  });

  it('writes a lesson file that reads back the same and grades its own answer at 100%', () => {
    const l2 = findBundledLesson('02')!.lesson;
    const engine = defaultEngine();
    const goals = candidateGoals(l2.answer, engine)
      .filter((c) => c.suggested)
      .map((c) => c.goal);
    const lesson = draftToLesson({
      id: lessonIdFrom('My NAT lesson!'),
      title: { en: 'My NAT lesson', ko: '나의 NAT 실습' },
      instructions: { en: 'Do it.', ko: '하세요.' },
      hints: [{ en: '', ko: '' }],
      start: l2.start,
      answer: l2.answer,
      goals,
    });
    expect(lesson.id).toBe('my-nat-lesson');
    expect(lesson.hints).toEqual([]);
    const parsed = parseLesson(serializeLesson(lesson));
    expect(parsed.ok && parsed.lesson).toEqual(lesson);
  });
});
