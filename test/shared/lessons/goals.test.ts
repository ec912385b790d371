import { describe, expect, it } from 'vitest';
import type { Goal, Lesson } from '../../../shared/lessons/index';
import {
  defaultEngine,
  evaluateGoal,
  evaluateLesson,
  findBundledLesson,
  goalTitleText,
  propsMatch,
  resolveRef,
  resultText,
} from '../../../shared/lessons/index';
import type { Design, ResourceOf } from '../../../shared/model/index';

const engine = defaultEngine();

function lesson(id: string): Lesson {
  const found = findBundledLesson(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found.lesson;
}

const copy = (design: Design): Design => JSON.parse(JSON.stringify(design)) as Design;

describe('resolving resources in a student design', () => {
  const design = lesson('01').answer;

  it('prefers the id, then falls back to the type (and name)', () => {
    expect(resolveRef(design, 'web1').map((r) => r.id)).toEqual(['web1']);
    expect(resolveRef(design, { id: 'server', type: 'ec2-instance' }).map((r) => r.id)).toEqual(['web1']);
    expect(resolveRef(design, { type: 'subnet', name: 'private a' }).map((r) => r.id)).toEqual(['privA']);
    expect(resolveRef(design, { type: 'subnet' }).length).toBe(3);
    expect(resolveRef(design, 'nothing')).toEqual([]);
    // An id of the wrong type does not count as the resource.
    expect(resolveRef(design, { id: 'web1', type: 'rds-instance' }).map((r) => r.id)).toEqual(['db1']);
  });

  it('grades a student who renamed the web server by its type', () => {
    const student = copy(lesson('01').answer);
    const renamed = student.resources.find((r) => r.id === 'web1') as ResourceOf<'ec2-instance'>;
    renamed.id = 'myWeb';
    student.connections = [];
    const goal = lesson('01').goals[0] as Goal;
    expect(evaluateGoal(student, goal, engine).passed).toBe(true);
  });
});

describe('path goals', () => {
  const l1 = lesson('01');
  const reach = l1.goals.find((g) => g.id === 'web-from-internet') as Goal;
  const block = l1.goals.find((g) => g.id === 'db-not-from-internet') as Goal;

  it('fails reachable with the blocking hop, its code and reason', () => {
    const result = evaluateGoal(l1.start, reach, engine);
    expect(result.passed).toBe(false);
    expect(result.message.params.code).toBe('NO_ROUTE');
    expect(result.resources).toEqual(['rtPublic']);
    expect(resultText(result, 'en')).toMatch(
      /blocked at Public routes\. subnet Public A has no route to 0\.0\.0\.0\/0/,
    );
  });

  it('fails unreachable when the database is exposed, and says so', () => {
    const exposed = copy(l1.start);
    const table = exposed.resources.find((r) => r.id === 'rtPublic') as ResourceOf<'route-table'>;
    table.props.routes = [{ destination: '0.0.0.0/0', target: 'igw1' }];
    const result = evaluateGoal(exposed, block, engine);
    expect(result.passed).toBe(false);
    expect(resultText(result, 'en')).toBe(
      'Internet (internet) can reach Orders database (db1) on tcp/3306: this path must be closed.',
    );
  });

  it('does not pass unreachable when the resource was deleted', () => {
    const deleted = copy(l1.answer);
    deleted.resources = deleted.resources.filter((r) => r.id !== 'db1');
    deleted.connections = deleted.connections.filter((c) => c.to !== 'db1');
    const result = evaluateGoal(deleted, block, engine);
    expect(result.passed).toBe(false);
    expect(result.message.key).toBe('lessons.result.missing');
  });
});

describe('other goal types', () => {
  it('no-findings fails with the first finding, and fails clearly for an unknown rule', () => {
    const l5 = lesson('05');
    const rule = l5.goals.find((g) => g.type === 'no-findings') as Goal;
    const failed = evaluateGoal(l5.start, rule, engine);
    expect(failed.passed).toBe(false);
    expect(failed.resources).toEqual(['alb1']);
    expect(evaluateGoal(l5.answer, rule, engine).passed).toBe(true);
    const unknown = evaluateGoal(l5.answer, { id: 'x', type: 'no-findings', rule: 'no-such-rule' }, engine);
    expect(unknown.passed).toBe(false);
    expect(resultText(unknown, 'ko')).toContain('no-such-rule');
  });

  it('no-findings can be scoped to resources', () => {
    const l5 = lesson('05');
    const goal: Goal = { id: 'x', type: 'no-findings', rule: 'alb-multi-az', resources: ['webA'] };
    expect(evaluateGoal(l5.start, goal, engine).passed).toBe(true);
  });

  it('cost-below compares the monthly total with the amount', () => {
    const l4 = lesson('04');
    const goal: Goal = { id: 'b', type: 'cost-below', amount: 50 };
    const start = evaluateGoal(l4.start, goal, engine);
    expect(start.passed).toBe(false);
    expect(Number(start.message.params.total)).toBeGreaterThan(50);
    expect(evaluateGoal(l4.answer, goal, engine).passed).toBe(true);
  });

  it('resource-exists matches type, props, set props, parent type, AZ span and count', () => {
    const l7 = lesson('07').answer;
    const queues: Goal = {
      id: 'q',
      type: 'resource-exists',
      resourceType: 'sqs-queue',
      hasProps: ['deadLetterTarget'],
      count: 2,
    };
    expect(evaluateGoal(l7, queues, engine).passed).toBe(true);
    expect(evaluateGoal(l7, { ...queues, count: 3 }, engine).passed).toBe(false);
    const l8 = lesson('08').answer;
    const endpoint: Goal = {
      id: 'e',
      type: 'resource-exists',
      resourceType: 'vpc-endpoint',
      props: { service: 'ecr.dkr', subnets: ['privB'] },
      parentType: 'vpc',
      minZones: 2,
    };
    expect(evaluateGoal(l8, endpoint, engine).passed).toBe(true);
    expect(evaluateGoal(l8, { ...endpoint, parentType: 'subnet' }, engine).passed).toBe(false);
    expect(
      evaluateGoal(l8, { ...endpoint, props: { service: 'ecr.dkr', subnets: ['pubA'] } }, engine).passed,
    ).toBe(false);
  });
});

describe('propsMatch', () => {
  it('matches scalars exactly, objects key by key and lists by containment', () => {
    expect(propsMatch({ a: 1, b: 2 }, { a: 1 })).toBe(true);
    expect(propsMatch({ a: 1 }, { a: '1' })).toBe(false);
    expect(propsMatch({ list: ['x', 'y'] }, { list: ['y'] })).toBe(true);
    expect(propsMatch({ list: ['x'] }, { list: ['y'] })).toBe(false);
    expect(
      propsMatch({ routes: [{ destination: '0.0.0.0/0', target: 'nat' }] }, { routes: [{ target: 'nat' }] }),
    ).toBe(true);
    expect(propsMatch(undefined, { a: 1 })).toBe(false);
  });
});

describe('progress and titles', () => {
  it('counts passed goals as a whole percentage', () => {
    const result = evaluateLesson(lesson('02'), lesson('02').start, engine);
    expect(result.progress).toBe(25);
    expect(result.goals.map((g) => g.passed)).toEqual([false, true, false, false]);
  });

  it('uses the lesson’s own goal titles, or generates one in the locale', () => {
    const goal: Goal = {
      id: 'x',
      type: 'unreachable',
      from: 'internet',
      to: 'db1',
      protocol: 'tcp',
      port: 3306,
    };
    expect(goalTitleText(goal, 'en')).toBe('No path from internet to db1 on tcp/3306');
    expect(goalTitleText(goal, 'ko')).toBe('internet에서 db1(으)로 가는 tcp/3306 경로가 없다');
    expect(goalTitleText({ id: 'z', type: 'resource-exists', resourceType: 'nat-gateway' }, 'en')).toBe(
      'The design has 1 NAT gateway (or more)',
    );
    expect(goalTitleText(lesson('01').goals[0] as Goal, 'ko')).toBe('인터넷에서 웹 서버 tcp/80에 도달한다');
  });
});
