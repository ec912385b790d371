/**
 * Lessons 11 (peering is not transitive) and 12 (transit gateway hub and spoke): the start
 * design fails for the reason the lesson teaches, and the answer passes every goal.
 */
import { describe, expect, it } from 'vitest';
import { defaultEngine, evaluateLesson, findBundledLesson } from '../../../shared/lessons/index';
import { trace } from '../../../shared/network/index';

const engine = defaultEngine();

function lesson(id: string) {
  const found = findBundledLesson(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found.lesson;
}

function failing(id: string, which: 'start' | 'answer'): string[] {
  const l = lesson(id);
  return evaluateLesson(l, l[which], engine)
    .goals.filter((goal) => !goal.passed)
    .map((goal) => goal.id);
}

describe('lesson 11: VPC peering is not transitive', () => {
  it('the start routes the partner CIDR into the App-Shared peering: PEERING_NOT_TRANSITIVE', () => {
    expect(failing('11', 'start')).toEqual(['partner-db', 'direct-peering']);
    const result = trace(lesson('11').start, 'app', 'partnerDb', 'tcp', 5432);
    expect(result.blocked?.code).toBe('PEERING_NOT_TRANSITIVE');
    expect(result.blocked?.resource).toBe('pcxAppShared');
  });

  it('the answer (a direct App-Partner peering, routed both ways) passes every goal', () => {
    expect(failing('11', 'answer')).toEqual([]);
  });
});

describe('lesson 12: transit gateway hub and spoke', () => {
  it('the start connects the spokes to each other and leaves Dev without an AZ a attachment', () => {
    expect(failing('12', 'start')).toEqual(['dev-shared', 'attachment-azs']);
    expect(trace(lesson('12').start, 'devApp', 'sharedSvc', 'tcp', 443).blocked?.code).toBe(
      'TGW_NO_ATTACHMENT_IN_AZ',
    );
  });

  it('fixing only the Dev attachment leaves the spokes talking to each other through the default table', () => {
    const l = lesson('12');
    const start = l.start;
    const fixed = {
      ...start,
      resources: start.resources.map((r) =>
        r.id === 'attDev' && r.type === 'transit-gateway-attachment'
          ? { ...r, props: { ...r.props, subnets: ['DevTgwA', 'DevTgwB'] } }
          : r,
      ),
    };
    const goals = evaluateLesson(l, fixed, engine).goals.filter((goal) => !goal.passed);
    expect(goals.map((goal) => goal.id)).toEqual(['prod-isolated', 'dev-isolated']);
  });

  it('the answer isolates the spokes through their table and passes every goal', () => {
    expect(failing('12', 'answer')).toEqual([]);
    expect(trace(lesson('12').answer, 'prodApp', 'devApp', 'tcp', 443).blocked?.code).toBe('TGW_NO_ROUTE');
  });
});
