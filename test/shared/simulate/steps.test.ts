import { describe, expect, it } from 'vitest';
import { findBundledLesson } from '../../../shared/lessons/index';
import type { TraceResult } from '../../../shared/network/index';
import { trace } from '../../../shared/network/index';
import {
  buildSimulation,
  describeStep,
  focusAt,
  isLastStep,
  jumpToLeg,
  stepBack,
  stepForward,
} from '../../../shared/simulate/steps';
import type { TraceHop, TraceShape } from '../../../shared/simulate/trace-shape';

const hop = (resource: string, direction: 'forward' | 'return', action = 'route'): TraceHop => ({
  resource,
  direction,
  action,
  detail: 'cli.reason.other',
  params: { code: `${resource}-${direction}` },
});

const reachable: TraceShape = {
  reachable: true,
  kind: 'network',
  hops: [
    hop('internet', 'forward', 'source'),
    hop('igw1', 'forward', 'igw'),
    hop('web1', 'forward', 'sg-ingress'),
    hop('web1', 'return', 'sg-return'),
    hop('igw1', 'return', 'igw'),
    hop('internet', 'return', 'deliver'),
  ],
  blocked: null,
};

const block = {
  code: 'NACL_RETURN_DENIED',
  raCode: 'SUBNET_ACL_RESTRICTION',
  resource: 'naclPublic',
  message: 'cli.reason.other' as const,
  params: { code: 'reply dropped' },
  fix: 'cli.reason.other' as const,
  fixParams: { code: 'allow 1024-65535' },
};

describe('buildSimulation', () => {
  it('splits the hops into a forward leg and a return leg', () => {
    const sim = buildSimulation(reachable, { from: 'internet', to: 'web1', connection: 'c1' });
    expect(sim.steps).toHaveLength(6);
    expect(sim.legs).toEqual([
      { leg: 'forward', first: 0, last: 2 },
      { leg: 'return', first: 3, last: 5 },
    ]);
    expect(sim.steps[3]).toMatchObject({ leg: 'return', legStart: true, previous: null });
    expect(sim.steps[4]).toMatchObject({ previous: 'web1', resource: 'igw1' });
    expect(sim.blockedStep).toBeNull();
  });

  it('adds a drop step at the blocking resource after the last hop that passed', () => {
    const trace: TraceShape = {
      reachable: false,
      kind: 'network',
      hops: reachable.hops.slice(0, 4),
      blocked: block,
    };
    const sim = buildSimulation(trace, { from: 'internet', to: 'web1' });
    expect(sim.steps).toHaveLength(5);
    expect(sim.blockedStep).toBe(4);
    expect(sim.steps[4]).toMatchObject({
      resource: 'naclPublic',
      leg: 'return',
      hop: null,
      previous: 'web1',
    });
    expect(sim.steps[4]?.blocked?.code).toBe('NACL_RETURN_DENIED');
  });

  it('marks the last hop itself when the network model stopped at the blocking resource', () => {
    const trace: TraceShape = {
      reachable: false,
      kind: 'network',
      hops: [hop('internet', 'forward'), hop('naclPublic', 'forward', 'nacl-ingress')],
      blocked: { ...block, code: 'NACL_INGRESS_DENIED' },
    };
    const sim = buildSimulation(trace, { from: 'internet', to: 'web1' });
    expect(sim.steps).toHaveLength(2);
    expect(sim.blockedStep).toBe(1);
    expect(sim.steps[1]?.hop).not.toBeNull();
  });

  it('gives a path blocked before any hop a single drop step', () => {
    const sim = buildSimulation(
      { reachable: false, kind: 'network', hops: [], blocked: block },
      { from: 'a', to: 'b' },
    );
    expect(sim.steps).toHaveLength(1);
    expect(sim.steps[0]).toMatchObject({ legStart: true, leg: 'forward', previous: null });
  });
});

describe('cursor and focus', () => {
  const sim = buildSimulation(reachable, { from: 'internet', to: 'web1', connection: 'c1' });

  it('steps forward and back, clamped at both ends', () => {
    expect(stepBack(sim, 0)).toBe(0);
    expect(stepForward(sim, 0)).toBe(1);
    expect(stepForward(sim, 5)).toBe(5);
    expect(stepBack(sim, 3)).toBe(2);
    expect(isLastStep(sim, 5)).toBe(true);
    expect(isLastStep(sim, 4)).toBe(false);
  });

  it('jumps to the start of the return leg', () => {
    expect(jumpToLeg(sim, 'return')).toBe(3);
    const oneLeg = buildSimulation(
      { ...reachable, hops: reachable.hops.slice(0, 3) },
      { from: 'a', to: 'b' },
    );
    expect(jumpToLeg(oneLeg, 'return')).toBeNull();
  });

  it('focuses the node, the link it came over and the animated connection', () => {
    expect(focusAt(sim, 1)).toEqual({
      resource: 'igw1',
      link: { from: 'internet', to: 'igw1' },
      connection: 'c1',
      leg: 'forward',
    });
    // The first step of a leg has no incoming link.
    expect(focusAt(sim, 3)?.link).toBeNull();
    expect(focusAt(sim, 99)).toBeNull();
  });

  it('explains a drop with its code, analyzer code, reason and fix in the chosen language', () => {
    const blocked = buildSimulation(
      { reachable: false, kind: 'network', hops: reachable.hops.slice(0, 4), blocked: block },
      { from: 'internet', to: 'web1' },
    );
    const step = blocked.steps[4];
    expect(step).toBeDefined();
    expect(focusAt(blocked, 4)?.blocked).toEqual({ code: 'NACL_RETURN_DENIED', resource: 'naclPublic' });
    expect(describeStep(step!, 'en').blocked).toEqual({
      code: 'NACL_RETURN_DENIED',
      raCode: 'SUBNET_ACL_RESTRICTION',
      message: 'reply dropped',
      fix: 'allow 1024-65535',
    });
    expect(describeStep(blocked.steps[0]!, 'ko').detail).toBe('internet-forward');
  });
});

describe('with the network model', () => {
  it('steps a real trace: the network model’s TraceResult is a TraceShape', () => {
    const lesson = findBundledLesson('06')!.lesson;
    // Compile-time contract: the network model's result fits the simulation's input type.
    const result: TraceShape = trace(lesson.start, 'internet', 'web1', 'tcp', 80) satisfies TraceResult;
    const sim = buildSimulation(result, { from: 'internet', to: 'web1', protocol: 'tcp', port: 80 });
    expect(sim.legs.map((leg) => leg.leg)).toEqual(['forward', 'return']);
    expect(sim.steps[sim.blockedStep!]?.blocked?.code).toBe('NACL_RETURN_DENIED');
    expect(describeStep(sim.steps[2]!, 'en').detail).toMatch(/rule 100/);
    expect(describeStep(sim.steps[2]!, 'ko').detail).not.toBe(describeStep(sim.steps[2]!, 'en').detail);
  });
});
