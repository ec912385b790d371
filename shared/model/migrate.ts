/**
 * Version upgrades. A loader upgrades older documents step by step and refuses newer ones by
 * name; it never guesses. Version 1 is the first published format, so the list is empty today;
 * the next format change adds `{ from: 1, to: 2, up }` here and a fixture test of the old shape.
 */
import type { DesignIssue } from './issues';
import { issue } from './issues';
import { CURRENT_VERSION } from './types';

export interface Migration {
  from: number;
  to: number;
  /** Returns a new document in the `to` shape; must not modify its input. */
  up(doc: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

export interface MigrationPlan {
  current: number;
  /** The oldest version that can still be upgraded. */
  oldest: number;
  migrations: readonly Migration[];
}

export const DEFAULT_PLAN: MigrationPlan = {
  current: CURRENT_VERSION,
  oldest: CURRENT_VERSION,
  migrations: MIGRATIONS,
};

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; from: number; steps: number[] }
  | { ok: false; issue: DesignIssue };

export function migrate(doc: Record<string, unknown>, plan: MigrationPlan = DEFAULT_PLAN): MigrationResult {
  const version = doc.version;
  if (version === undefined) {
    return { ok: false, issue: issue('schema.versionMissing', ['version'], { supported: plan.current }) };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      issue: issue('schema.versionNotInteger', ['version'], { found: JSON.stringify(version) }),
    };
  }
  if (version > plan.current) {
    return {
      ok: false,
      issue: issue('schema.versionNewer', ['version'], { found: version, supported: plan.current }),
    };
  }
  if (version < plan.oldest) {
    return {
      ok: false,
      issue: issue('schema.versionTooOld', ['version'], { found: version, oldest: plan.oldest }),
    };
  }
  let current = doc;
  const steps: number[] = [];
  for (let at = version; at < plan.current;) {
    const step = plan.migrations.find((m) => m.from === at);
    if (!step || step.to <= at) {
      return { ok: false, issue: issue('migrate.noPath', ['version'], { from: at, to: plan.current }) };
    }
    current = { ...step.up(current), version: step.to };
    steps.push(step.to);
    at = step.to;
  }
  return { ok: true, doc: current, from: version, steps };
}
