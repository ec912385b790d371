/**
 * Every network interface takes one private address, and AWS keeps five addresses of every
 * subnet (network, router, DNS, future use, broadcast). A /28 has 11 usable addresses: an ALB
 * (which wants 8 free per subnet to scale) and a few Fargate tasks already overflow it, and
 * tasks then fail to start with "insufficient free addresses".
 */
import { parseCidr, sizeOf } from '../network/cidr';
import type { Resource } from '../model/types';
import type { Rule } from './types';
import type { DesignIndex } from './utils/design-index';
import { designIndex } from './utils/design-index';

export const AWS_RESERVED_PER_SUBNET = 5;
/** AWS: an ALB's subnets need at least 8 free addresses so it can scale. */
export const ALB_ADDRESSES_PER_SUBNET = 8;

/** Addresses one resource needs in each of its subnets. */
function demand(resource: Resource, subnetCount: number, index: DesignIndex): number {
  switch (resource.type) {
    case 'alb':
      return ALB_ADDRESSES_PER_SUBNET;
    case 'ecs-service': {
      // Fargate gives every task its own interface; ECS spreads tasks over the subnets.
      if (index.prop(resource, 'launchType') !== 'fargate') return 0;
      return Math.ceil((index.prop(resource, 'desiredCount') ?? 0) / subnetCount);
    }
    case 'vpc-endpoint':
      return resource.props.endpointType === 'interface' ? 1 : 0;
    case 'nat-gateway':
    case 'ec2-instance':
    case 'rds-instance':
    case 'lambda-function':
      return 1;
    default:
      return 0;
  }
}

/** The largest prefix (smallest block, at most /16) with room for `needed` addresses. */
function prefixFor(needed: number): number {
  let prefix = 28;
  while (prefix > 16 && 2 ** (32 - prefix) - AWS_RESERVED_PER_SUBNET < needed) prefix--;
  return prefix;
}

const rule: Rule = {
  meta: {
    id: 'subnet-capacity',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.subnet-capacity.description' },
    messages: ['rules.subnet-capacity.full', 'rules.subnet-capacity.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const needed = new Map<string, number>();
    for (const resource of ctx.design.resources) {
      const subnets = index.subnetsOf(resource);
      if (subnets.length === 0) continue;
      const each = demand(resource, subnets.length, index);
      if (each === 0) continue;
      for (const subnet of subnets) needed.set(subnet.id, (needed.get(subnet.id) ?? 0) + each);
    }
    // forEach rather than for-of: once per edit is too rare for the optimiser to drop the
    // entry pair and iterator result it makes for every subnet.
    needed.forEach((count, subnetId) => {
      const subnet = index.getOf(subnetId, 'subnet');
      const cidr = subnet && parseCidr(subnet.props.cidr);
      if (!subnet || !cidr) return;
      const usable = Math.max(0, sizeOf(cidr) - AWS_RESERVED_PER_SUBNET);
      if (count <= usable) return;
      ctx.report({
        resources: [subnet.id],
        message: 'rules.subnet-capacity.full',
        params: { subnet: index.label(subnet.id), cidr: subnet.props.cidr, usable, needed: count },
        fix: 'rules.subnet-capacity.fix',
        fixParams: { subnet: index.label(subnet.id), prefix: prefixFor(count) },
      });
    });
  },
};

export default rule;
