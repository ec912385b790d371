/**
 * A public IPv4 address only works where the subnet routes to an internet gateway (public subnet).
 * In a private subnet it is never used, yet AWS bills it by the hour: usually the resource was
 * meant for the public subnet, or the address was left on by default.
 */
import { networkOf } from '../network/index';
import type { Resource } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

/** Resources that ask for a public address themselves (the subnet setting is checked apart). */
function asksForPublicIp(resource: Resource): boolean {
  if (resource.type === 'ec2-instance')
    return resource.props.publicIp === true || resource.props.elasticIp !== undefined;
  if (resource.type === 'ecs-service') return resource.props.assignPublicIp === true;
  return false;
}

const rule: Rule = {
  meta: {
    id: 'public-ip-in-private-subnet',
    severity: 'warning',
    category: 'cost',
    docs: { description: 'rules.public-ip-in-private-subnet.description' },
    messages: [
      'rules.public-ip-in-private-subnet.resource',
      'rules.public-ip-in-private-subnet.resourceFix',
      'rules.public-ip-in-private-subnet.subnet',
      'rules.public-ip-in-private-subnet.subnetFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    for (const subnet of index.ofType('subnet')) {
      if (subnet.props.mapPublicIp !== true || net.isPublicSubnet(subnet.id)) continue;
      ctx.report({
        resources: [subnet.id],
        message: 'rules.public-ip-in-private-subnet.subnet',
        params: { subnet: index.label(subnet.id) },
        fix: 'rules.public-ip-in-private-subnet.subnetFix',
      });
    }
    for (const resource of ctx.design.resources) {
      if (!asksForPublicIp(resource)) continue;
      const subnet = index.subnetsOf(resource).find((candidate) => !net.isPublicSubnet(candidate.id));
      if (!subnet) continue;
      ctx.report({
        resources: [resource.id, subnet.id],
        message: 'rules.public-ip-in-private-subnet.resource',
        params: { resource: index.label(resource.id), subnet: index.label(subnet.id) },
        nested: { type: { key: `type.${resource.type}` } },
        fix: 'rules.public-ip-in-private-subnet.resourceFix',
      });
    }
  },
};

export default rule;
