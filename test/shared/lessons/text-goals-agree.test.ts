// Each lesson's text, goals and canvas agree: what the instructions ask for is graded, and
// where they send the student (a panel, a place on the canvas) exists. One test per mismatch
// found by reading lessons 01-08 and doing them on the canvas and with `skyplan lesson`.
import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../shared/catalog/index';
import type { Lesson } from '../../../shared/lessons/index';
import { defaultEngine, evaluateLesson, findBundledLesson } from '../../../shared/lessons/index';
import type { Design } from '../../../shared/model/index';

const engine = defaultEngine();

function lesson(id: string): Lesson {
  const found = findBundledLesson(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found.lesson;
}

const copy = (design: Design): Design => JSON.parse(JSON.stringify(design)) as Design;

function goalPassed(id: string, design: Design, goal: string): boolean {
  const result = evaluateLesson(lesson(id), design, engine);
  const found = result.goals.find((g) => g.id === goal);
  if (!found) throw new Error(`lesson ${id} has no goal ${goal}`);
  return found.passed;
}

describe('lesson text, goals and canvas agree', () => {
  it('02: the Elastic IP the text asks for is graded (no 100% without one)', () => {
    const answer = lesson('02').answer;
    expect(evaluateLesson(lesson('02'), answer, engine).progress).toBe(100);
    const noEip = copy(answer);
    noEip.resources = noEip.resources.filter((r) => r.type !== 'elastic-ip');
    delete (noEip.resources.find((r) => r.id === 'natA')!.props as { elasticIp?: string }).elasticIp;
    expect(goalPassed('02', noEip, 'nat-eip')).toBe(false);
    expect(evaluateLesson(lesson('02'), noEip, engine).progress).toBeLessThan(100);
  });

  it('02: the text puts the Elastic IP where the canvas accepts it (outside the subnets)', () => {
    const allowed = entryOf('elastic-ip').allowedParents;
    expect(allowed).not.toContain('subnet');
    const text = lesson('02').instructions;
    expect(text.en).toMatch(/outside the subnets/);
    expect(text.en).not.toMatch(/NAT gateway \(with an Elastic IP\) in the public subnet/);
    expect(text.ko).toMatch(/서브넷 밖/);
  });

  it('04: removing the NAT gateway but leaving its Elastic IP is not a pass', () => {
    const answer = lesson('04').answer;
    expect(evaluateLesson(lesson('04'), answer, engine).progress).toBe(100);
    const leftover = copy(answer);
    leftover.resources.push({
      id: 'eipLeft',
      type: 'elastic-ip',
      name: 'NAT address',
      props: {},
    } as Design['resources'][number]);
    expect(goalPassed('04', leftover, 'no-idle-eip')).toBe(false);
  });

  it('05: failing an AZ is done in the Failure mode panel, which the text names', () => {
    const text = lesson('05').instructions;
    expect(text.en).toContain('Failure mode panel');
    expect(text.en).not.toMatch(/Simulation panel, fail AZ/);
    expect(text.ko).toContain('장애 모드 패널');
  });

  it('08: the ECR endpoints must be in both private subnets, as the text says', () => {
    const answer = lesson('08').answer;
    expect(evaluateLesson(lesson('08'), answer, engine).progress).toBe(100);
    const oneSubnet = copy(answer);
    for (const r of oneSubnet.resources) {
      if (r.type === 'vpc-endpoint' && (r.props as { endpointType?: string }).endpointType === 'interface') {
        (r.props as { subnets?: string[] }).subnets = ['privA'];
      }
    }
    expect(goalPassed('08', oneSubnet, 'ecr-api')).toBe(false);
    expect(goalPassed('08', oneSubnet, 'ecr-dkr')).toBe(false);
  });
});
