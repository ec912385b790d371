/**
 * A NAT gateway lives in one Availability Zone. Private subnets of other zones that route
 * through it lose their way out when its zone fails, and pay cross-AZ data charges meanwhile;
 * AWS recommends one NAT gateway per zone, each serving its own zone's subnets.
 */
import { INTERNET_IP, networkOf } from '../network/index';
import type { ResourceOf } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'nat-gateway-per-az',
    severity: 'warning',
    category: 'availability',
    docs: { description: 'rules.nat-gateway-per-az.description' },
    messages: ['rules.nat-gateway-per-az.crossAz', 'rules.nat-gateway-per-az.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    const served = new Map<string, ResourceOf<'subnet'>[]>();
    for (const subnet of index.ofType('subnet')) {
      const route = net.routeFor(subnet.id, { ip: INTERNET_IP });
      const nat = index.getOf(route?.target, 'nat-gateway');
      const natSubnet = nat && index.getOf(nat.parent, 'subnet');
      if (!nat || !natSubnet || natSubnet.props.az === subnet.props.az) continue;
      const list = served.get(nat.id);
      if (list) list.push(subnet);
      else served.set(nat.id, [subnet]);
    }
    for (const [natId, subnets] of served) {
      const az = index.getOf(index.get(natId)?.parent, 'subnet')?.props.az ?? '';
      ctx.report({
        resources: [natId, ...subnets.map((subnet) => subnet.id)],
        message: 'rules.nat-gateway-per-az.crossAz',
        params: {
          nat: index.label(natId),
          az,
          subnets: subnets.map((subnet) => index.label(subnet.id)).join(', '),
          azs: [...new Set(subnets.map((subnet) => subnet.props.az))].sort().join(', '),
        },
        fix: 'rules.nat-gateway-per-az.fix',
      });
    }
  },
};

export default rule;
