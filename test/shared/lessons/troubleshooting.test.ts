/**
 * Troubleshooting lessons (15-18): for 20 student seeds, the start design carries a fault that
 * fails the goals, and repairing that fault passes them all again; seeds spread over the faults.
 * Lessons 13 and 14 (NLB vs ALB, IPv6 egress-only) are checked here one goal at a time.
 */
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../../shared/lessons/index';
import {
  applyFault,
  defaultEngine,
  evaluateLesson,
  faultForSeed,
  findBundledLesson,
  lessonForSeed,
  repairFault,
  seededRandom,
} from '../../../shared/lessons/index';
import { checkDesignValue } from '../../../shared/model/index';

const engine = defaultEngine();
const TROUBLESHOOTING = [
  '15-troubleshoot-web-tier',
  '16-troubleshoot-private-egress',
  '17-troubleshoot-dual-stack',
  '18-troubleshoot-nlb',
];
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

function lessonOf(id: string): Lesson {
  const found = findBundledLesson(id);
  if (!found) throw new Error(`no bundled lesson ${id}`);
  return found.lesson;
}

function failing(lesson: Lesson, design = lesson.start): string[] {
  return evaluateLesson(lesson, design, engine)
    .goals.filter((goal) => !goal.passed)
    .map((goal) => goal.id);
}

describe('seeded faults', () => {
  it('mulberry32 is deterministic and spreads', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });

  describe.each(TROUBLESHOOTING)('%s', (id) => {
    const lesson = lessonOf(id);

    it('is healthy before any fault: the start design passes every goal', () => {
      expect(lesson.faults?.length).toBeGreaterThanOrEqual(4);
      expect(failing(lesson)).toEqual([]);
    });

    it.each(SEEDS)('seed %i: the start fails its goals, and repairing its fault passes them', (seed) => {
      const fault = faultForSeed(lesson, seed);
      expect(fault).toBeDefined();
      const student = lessonForSeed(lesson, seed);
      expect(checkDesignValue(student.start).ok).toBe(true);
      expect(failing(student).length).toBeGreaterThan(0);
      const repaired = repairFault(student.start, lesson.start, fault!);
      expect(failing(student, repaired)).toEqual([]);
      // The same seed gives the same design, every time.
      expect(lessonForSeed(lesson, seed).start).toEqual(student.start);
    });

    it('gives different students different faults', () => {
      const picked = new Set(SEEDS.map((seed) => faultForSeed(lesson, seed)?.id));
      expect(picked.size).toBeGreaterThanOrEqual(2);
    });

    it('every fault of the list fails the goals (not only the ones the 20 seeds pick)', () => {
      for (const fault of lesson.faults ?? []) {
        const broken = applyFault(lesson.start, fault);
        expect(failing(lesson, broken), fault.id).not.toEqual([]);
      }
    });
  });
});

describe('lesson 13: NLB vs ALB', () => {
  const lesson = lessonOf('13-nlb-vs-alb');
  it('starts with the listener, the client-IP and the zone faults', () => {
    expect(failing(lesson)).toEqual(['game-up', 'game-target', 'layer4', 'zones']);
  });
});

describe('lesson 14: IPv6 egress-only', () => {
  const lesson = lessonOf('14-ipv6-egress-only');
  it('starts with IPv6 updates blocked at the NAT gateway and no egress-only gateway', () => {
    expect(failing(lesson)).toEqual(['updates6', 'eigw', 'routes']);
  });

  it('routing ::/0 to the internet gateway instead opens the worker: the unreachable goal fails', () => {
    const viaIgw = {
      ...lesson.start,
      resources: lesson.start.resources.map((r) =>
        r.id === 'rtPrivate'
          ? {
              ...r,
              props: {
                routes: [
                  { destination: '0.0.0.0/0', target: 'natA' },
                  { destination: '::/0', target: 'igw1' },
                ],
              },
            }
          : r,
      ),
    } as typeof lesson.start;
    expect(failing(lesson, viaIgw)).toContain('private6');
  });
});
