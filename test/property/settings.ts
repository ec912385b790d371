/**
 * How hard the property suites push. CI runs the defaults (each suite bounded to a few tens of
 * seconds); a longer local run raises them, e.g.
 *   SKYPLAN_PROPERTY_RUNS=20000 SKYPLAN_PROPERTY_SECONDS=600 npx vitest run test/property
 *   SKYPLAN_KILL_TRIALS=1000 npx vitest run test/property/kill-during-save.test.ts
 * SKYPLAN_PROPERTY_SEED replays a failing run (fast-check prints the seed and the path).
 */
function positive(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Generated inputs per property. */
export const RUNS = positive('SKYPLAN_PROPERTY_RUNS', 300);
/** Wall-clock budget per property, after which fast-check stops early (not a failure). */
export const SECONDS = positive('SKYPLAN_PROPERTY_SECONDS', 15);
/** Kill-during-save trials. */
export const KILL_TRIALS = positive('SKYPLAN_KILL_TRIALS', 100);

const seed = Number(process.env.SKYPLAN_PROPERTY_SEED);

/** fast-check parameters shared by every property. */
export function params(runs = RUNS): { numRuns: number; interruptAfterTimeLimit: number; seed?: number } {
  return {
    numRuns: runs,
    interruptAfterTimeLimit: SECONDS * 1000,
    ...(Number.isFinite(seed) ? { seed } : {}),
  };
}

/** The vitest timeout of a property test: its budget plus room for setup. */
export const TIMEOUT_MS = SECONDS * 1000 * 2 + 30_000;
