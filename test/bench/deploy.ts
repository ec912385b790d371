/**
 * Deploy bench: planDeploy for every ECS service of generated designs (what the
 * ecs-deploy-blocked rule does on every edit), on a fresh design object per run so the
 * per-design lookups are rebuilt, and one service's plan alone; then the two rules built on the
 * deploy engine, each alone (ecs-deploy-blocked also checks subnets at the auto scaling max).
 */
import { planDeploy } from '../../shared/deploy/index';
import type { Design } from '../../shared/model/types';
import ecsDeployBlocked from '../../shared/rules/ecs-deploy-blocked';
import { runRule } from '../../shared/rules/index';
import lambdaThrottling from '../../shared/rules/lambda-throttling';
import { generateDesign } from './generate';
import type { BenchTable } from './table';
import { ms, timeMedian } from './table';

const RUNS = 7;

export function deployBench(sizes: number[]): BenchTable {
  const rows = sizes.map((size) => {
    const design = generateDesign(size);
    const services = design.resources.filter((r) => r.type === 'ecs-service').map((r) => r.id);
    const all = timeMedian(RUNS, () => {
      const fresh: Design = { ...design };
      for (const id of services) planDeploy(fresh, id);
    });
    const one = services[0] ? timeMedian(RUNS, () => planDeploy({ ...design }, services[0]!)) : 0;
    const deployRule = timeMedian(RUNS, () => runRule(ecsDeployBlocked, { ...design }));
    const throttleRule = timeMedian(RUNS, () => runRule(lambdaThrottling, { ...design }));
    return [size, services.length, ms(all), ms(one), ms(deployRule), ms(throttleRule)];
  });
  return {
    title: `Deploy: planDeploy per ECS service (median of ${RUNS} runs on fresh design objects, ms)`,
    columns: [
      'resources',
      'ECS services',
      'every service',
      'one service (cold lookups)',
      'rule ecs-deploy-blocked',
      'rule lambda-throttling',
    ],
    rows,
  };
}
