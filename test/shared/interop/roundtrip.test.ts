import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCost } from '../../../shared/cost/index';
import { exportCloudFormation, importCloudFormation } from '../../../shared/interop/index';
import type { Design } from '../../../shared/model/index';
import { traceAll } from '../../../shared/network/index';
import { checkDesignValue } from '../../../shared/model/index';
import { generateDesign } from '../../../shared/model/generate';
import { BUNDLED } from './bundled';

function verdicts(design: Design): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, result] of traceAll(design))
    out[id] = result.reachable ? 'reachable' : `blocked:${result.blocked?.code ?? '?'}`;
  return out;
}

describe('round trip: design → CloudFormation → import', () => {
  it.each(BUNDLED)('%s keeps every reachability verdict and the monthly cost to the cent', async (file) => {
    const design = JSON.parse(readFileSync(file, 'utf8')) as Design;
    const back = (await importCloudFormation(exportCloudFormation(design))).design;
    const checked = checkDesignValue(JSON.parse(JSON.stringify(back)));
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(verdicts(back)).toEqual(verdicts(design));
    expect(computeCost(back).monthlyTotal).toBe(computeCost(design).monthlyTotal);
    expect(back.resources.map((r) => r.id).sort()).toEqual(design.resources.map((r) => r.id).sort());
  });
});

describe('round trip on generated designs (property)', () => {
  it('keeps verdicts and cost for generated designs of any size, with random usage and ports', async () => {
    const fc = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 5, max: 160 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 65535 }),
        fc.boolean(),
        async (size, count, port, publicImage) => {
          const design = generateDesign(size);
          for (const resource of design.resources) {
            if (resource.type === 'ecs-service') {
              resource.props.desiredCount = count;
              if (publicImage) resource.props.imageSource = 'public';
            }
            if (resource.type === 'lambda-function') resource.props.requestsPerMonth = count * 1_000_000;
          }
          for (const connection of design.connections)
            if (connection.port !== undefined && count % 2 === 0) connection.port = port;
          const back = (await importCloudFormation(exportCloudFormation(design))).design;
          expect(verdicts(back)).toEqual(verdicts(design));
          expect(computeCost(back).monthlyTotal).toBe(computeCost(design).monthlyTotal);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
