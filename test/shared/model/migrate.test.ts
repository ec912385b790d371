import { describe, expect, it } from 'vitest';
import type { MigrationPlan } from '../../../shared/model/migrate';
import { DEFAULT_PLAN, migrate } from '../../../shared/model/migrate';
import { parseDesign } from '../../../shared/model/load';
import { smallDesign, jsonText } from '../../fixtures/designs';

// A made-up history for testing the framework itself: version 1 is the first published format,
// so there is no real older version yet. Version 0 called resources "nodes" and kept props flat.
const plan: MigrationPlan = {
  current: 2,
  oldest: 0,
  migrations: [
    {
      from: 0,
      to: 1,
      up: (doc) => {
        const { nodes, ...rest } = doc as { nodes: { id: string; kind: string }[] };
        return { ...rest, resources: nodes.map((n) => ({ id: n.id, type: n.kind, props: {} })) };
      },
    },
    { from: 1, to: 2, up: (doc) => ({ ...doc, upgradedTo2: true }) },
  ],
};

describe('migrate', () => {
  it('leaves a current document alone', () => {
    const doc = smallDesign() as unknown as Record<string, unknown>;
    const result = migrate(doc);
    expect(result).toMatchObject({ ok: true, steps: [], from: 1 });
    expect(result.ok && result.doc).toBe(doc);
  });

  it('upgrades step by step and records the steps', () => {
    const old = { format: 'skyplan', version: 0, nodes: [{ id: 'b1', kind: 's3-bucket' }] };
    const result = migrate(old, plan);
    expect(result).toMatchObject({
      ok: true,
      from: 0,
      steps: [1, 2],
      doc: { version: 2, upgradedTo2: true, resources: [{ id: 'b1', type: 's3-bucket', props: {} }] },
    });
    expect(old.nodes).toHaveLength(1);
  });

  it('refuses a newer version by name', () => {
    const result = migrate({ version: 3 }, plan);
    expect(!result.ok && result.issue).toMatchObject({
      code: 'schema.versionNewer',
      params: { found: 3, supported: 2 },
    });
  });

  it('refuses a version older than the oldest it can upgrade', () => {
    const result = migrate({ version: 0 }, DEFAULT_PLAN);
    expect(!result.ok && result.issue.code).toBe('schema.versionTooOld');
  });

  it('refuses missing and non-integer versions', () => {
    expect(!migrate({}).ok && migrate({}).ok === false).toBe(true);
    const missing = migrate({});
    expect(!missing.ok && missing.issue.code).toBe('schema.versionMissing');
    const fractional = migrate({ version: 1.5 });
    expect(!fractional.ok && fractional.issue.code).toBe('schema.versionNotInteger');
  });

  it('says so when a step is missing instead of guessing', () => {
    const broken: MigrationPlan = { current: 2, oldest: 1, migrations: [] };
    const result = migrate({ version: 1 }, broken);
    expect(!result.ok && result.issue.code).toBe('migrate.noPath');
  });

  it('parseDesign refuses version 99 with a located message', () => {
    const result = parseDesign(jsonText({ ...smallDesign(), version: 99 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'schema.versionNewer', line: 3 });
  });
});
