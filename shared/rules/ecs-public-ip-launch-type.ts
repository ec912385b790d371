/**
 * assignPublicIp works for Fargate tasks only: on the EC2 launch type, tasks in awsvpc mode
 * never get a public address, and AWS rejects a service that asks for one ("Assign public IP
 * is not supported for this launch type",
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'ecs-public-ip-launch-type',
    severity: 'error',
    category: 'containers',
    docs: { description: 'rules.ecs-public-ip-launch-type.description' },
    messages: ['rules.ecs-public-ip-launch-type.ec2', 'rules.ecs-public-ip-launch-type.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const service of index.ofType('ecs-service')) {
      if (index.prop(service, 'launchType') !== 'ec2' || service.props.assignPublicIp !== true) continue;
      ctx.report({
        resources: [service.id],
        message: 'rules.ecs-public-ip-launch-type.ec2',
        params: { service: index.label(service.id) },
        fix: 'rules.ecs-public-ip-launch-type.fix',
      });
    }
  },
};

export default rule;
