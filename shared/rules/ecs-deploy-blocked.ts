/**
 * A design can pass every other rule and still fail its next release: the deploy engine
 * (shared/deploy) simulates a deployment of each ECS service with its own settings and reports
 * a deploy that would stall (minimum/maximum deadlock, no free address for the surge, no
 * instance room, colliding host ports), one that stops serving on the way, and a blue/green
 * deployment without rollback, where a failing new version would keep its share of traffic.
 * With service auto scaling (autoScalingMax), it also checks the subnets at the maximum task
 * count plus a deploy's surge: a service that fits today may not once it scales out.
 * The finding is the deploy engine's own problem line and fix (shared/i18n/{en,ko}/deploy.ts).
 */
import { planDeploy } from '../deploy/plan';
import { roomAtMax } from '../deploy/scaling';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'ecs-deploy-blocked',
    severity: 'warning',
    category: 'containers',
    docs: { description: 'rules.ecs-deploy-blocked.description' },
    messages: [
      'deploy.problem.deadlock',
      'deploy.fix.deadlock',
      'deploy.problem.noFreeAddress',
      'deploy.problem.noFreeAddressBlueGreen',
      'deploy.fix.noFreeAddress',
      'deploy.problem.noSubnets',
      'deploy.fix.noSubnets',
      'deploy.problem.noInstanceCapacity',
      'deploy.fix.noInstanceCapacity',
      'deploy.problem.hostPort',
      'deploy.fix.hostPort',
      'deploy.problem.unknownInstanceType',
      'deploy.fix.unknownInstanceType',
      'deploy.problem.notServing',
      'deploy.fix.notServing',
      'deploy.problem.greenFailing',
      'deploy.fix.greenFailing',
      'scaling.problem.noRoomAtMax',
      'scaling.fix.noRoomAtMax',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const service of index.ofType('ecs-service')) {
      // A deploy reads the service's subnets, what else takes their addresses, its instances
      // and the load balancers connected to it: all in its trace scope.
      if (ctx.reuse?.(service.id)) continue;
      let plan = planDeploy(ctx.design, service.id);
      if (plan.desired === 0) continue;
      if (plan.outcome === 'completed' && plan.strategy === 'blue-green') {
        plan = planDeploy(ctx.design, service.id, { failNewVersion: true });
      }
      const blocked = plan.outcome === 'stalled' || plan.outcome === 'not-serving';
      // A deploy that fails today is the finding; otherwise the same service at its scaling max.
      const problem = blocked ? plan.problems[0] : roomAtMax(ctx.design, service.id)?.problems[0];
      if (!problem) continue;
      ctx.report({
        resources: [
          service.id,
          ...problem.resources.filter((id) => id !== service.id && index.get(id) !== undefined),
        ],
        message: problem.message.key,
        params: problem.message.params ?? {},
        fix: problem.fix.key,
        fixParams: problem.fix.params ?? {},
      });
    }
  },
};

export default rule;
