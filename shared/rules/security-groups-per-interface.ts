/**
 * AWS caps the security groups of one network interface: 5 for the ENIs of ECS tasks, load
 * balancers, Lambda functions and endpoints (their APIs take at most five), and 5 by default for
 * an EC2 instance, a quota that can be raised to 16
 * (https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

export const GROUPS_PER_INTERFACE = 5;
export const GROUPS_PER_INSTANCE_RAISED = 16;

const rule: Rule = {
  meta: {
    id: 'security-groups-per-interface',
    severity: 'error',
    category: 'security',
    docs: { description: 'rules.security-groups-per-interface.description' },
    messages: [
      'rules.security-groups-per-interface.tooMany',
      'rules.security-groups-per-interface.fix',
      'rules.security-groups-per-interface.quota',
      'rules.security-groups-per-interface.quotaFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const resource of ctx.design.resources) {
      const groups = (resource.props as { securityGroups?: unknown }).securityGroups;
      // No more groups named than the cap, so no more distinct ones (no set for each resource).
      if (!Array.isArray(groups) || groups.length <= GROUPS_PER_INTERFACE) continue;
      const count = new Set(groups).size;
      if (count <= GROUPS_PER_INTERFACE) continue;
      const name = index.label(resource.id);
      const instance = resource.type === 'ec2-instance';
      if (instance && count <= GROUPS_PER_INSTANCE_RAISED) {
        // Within what a raised quota allows: AWS accepts it once the quota is raised.
        ctx.report({
          severity: 'warning',
          resources: [resource.id],
          message: 'rules.security-groups-per-interface.quota',
          params: { resource: name, count, max: GROUPS_PER_INTERFACE },
          fix: 'rules.security-groups-per-interface.quotaFix',
          fixParams: { raised: GROUPS_PER_INSTANCE_RAISED },
        });
        continue;
      }
      ctx.report({
        resources: [resource.id],
        message: 'rules.security-groups-per-interface.tooMany',
        params: {
          resource: name,
          count,
          max: instance ? GROUPS_PER_INSTANCE_RAISED : GROUPS_PER_INTERFACE,
        },
        nested: { type: { key: `type.${resource.type}` } },
        fix: 'rules.security-groups-per-interface.fix',
      });
    }
  },
};

export default rule;
