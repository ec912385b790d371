/**
 * A public NAT gateway forwards private subnets' traffic to the internet gateway, so it must
 * sit in a public subnet: one with a route to that gateway (any route, 0.0.0.0/0 or two /1
 * halves; the network model decides, as it does for the tracer). Placed in a private subnet,
 * it sends the traffic back to itself and nothing gets out ("NAT_NOT_PUBLIC").
 */
import { networkOf } from '../network/index';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'nat-gateway-in-public-subnet',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.nat-gateway-in-public-subnet.description' },
    messages: [
      'rules.nat-gateway-in-public-subnet.private',
      'rules.nat-gateway-in-public-subnet.fix',
      'rules.nat-gateway-in-public-subnet.fixNoGateway',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    for (const nat of index.ofType('nat-gateway')) {
      const subnet = index.getOf(nat.parent, 'subnet');
      if (!subnet || index.prop(nat, 'connectivity') !== 'public' || net.isPublicSubnet(subnet.id)) continue;
      const vpc = index.vpcOf(subnet);
      const igw = vpc && net.internetGatewayOf(vpc.id);
      const tableId = net.routeTableOf(subnet.id).tableId;
      ctx.report({
        resources: [nat.id, subnet.id],
        message: 'rules.nat-gateway-in-public-subnet.private',
        params: { nat: index.label(nat.id), subnet: index.label(subnet.id) },
        fix: igw
          ? 'rules.nat-gateway-in-public-subnet.fix'
          : 'rules.nat-gateway-in-public-subnet.fixNoGateway',
        fixParams: {
          nat: index.label(nat.id),
          subnet: index.label(subnet.id),
          igw: igw ? index.label(igw.id) : '',
          table: tableId ? index.label(tableId) : index.label(subnet.id),
          vpc: vpc ? index.label(vpc.id) : '',
        },
      });
    }
  },
};

export default rule;
