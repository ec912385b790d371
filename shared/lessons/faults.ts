/**
 * Troubleshooting lessons (Packet Tracer's activity variables): a healthy start design and a
 * list of faults; the student's number (the seed) picks one, deterministically, so each student
 * of a class gets their own broken network and `skyplan lesson check --seed N` grades the same one.
 *
 * The seed goes through mulberry32, a small well-known 32-bit PRNG: the same seed gives the
 * same fault on every machine and in every version, which a gradebook relies on. Changing the
 * generator or reordering a lesson's faults changes every student's fault: don't.
 */
import type { Design, Resource } from '../model/index';
import type { Fault, Lesson } from './types';

/** mulberry32: a 32-bit state, one multiply-xorshift round per number; returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed is a whole number from 0 to 2^32 - 1 (a student number, a desk number). */
export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

/** The fault the seed picks, or undefined when the lesson has none. */
export function faultForSeed(lesson: Lesson, seed: number): Fault | undefined {
  const faults = lesson.faults ?? [];
  if (faults.length === 0) return undefined;
  const index = Math.floor(seededRandom(seed)() * faults.length);
  return faults[Math.min(index, faults.length - 1)];
}

/** Lesson values are plain JSON, so a JSON round trip is a deep copy. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The design with the fault's changes made (the input is not changed). */
export function applyFault(design: Design, fault: Fault): Design {
  const byId = new Map(fault.changes.map((change) => [change.resource, change]));
  return {
    ...design,
    resources: design.resources.map((resource) => {
      const change = byId.get(resource.id);
      if (!change) return resource;
      const props: Record<string, unknown> = { ...(resource.props as Record<string, unknown>) };
      for (const [key, value] of Object.entries(change.props ?? {})) {
        if (value === null) delete props[key];
        else props[key] = clone(value);
      }
      const parent = change.parent ?? resource.parent;
      return { ...resource, ...(parent !== undefined ? { parent } : {}), props } as Resource;
    }),
  };
}

/**
 * The fix of a fault: every resource it changed is given back as the healthy start design has
 * it. Tests use it to show that each seed's fault, once repaired, passes the goals again.
 */
export function repairFault(design: Design, healthy: Design, fault: Fault): Design {
  const touched = new Set(fault.changes.map((change) => change.resource));
  const original = new Map(healthy.resources.map((resource) => [resource.id, resource]));
  return {
    ...design,
    resources: design.resources.map((resource) =>
      touched.has(resource.id) ? clone(original.get(resource.id) ?? resource) : resource,
    ),
  };
}

/**
 * The lesson as the student with this seed sees it: the start design carries their fault, and
 * the fault's own goals join the lesson's. A lesson without faults comes back unchanged.
 */
export function lessonForSeed(lesson: Lesson, seed: number): Lesson {
  const fault = faultForSeed(lesson, seed);
  if (!fault) return lesson;
  return {
    ...lesson,
    start: applyFault(lesson.start, fault),
    goals: [...lesson.goals, ...(fault.goals ?? [])],
  };
}
