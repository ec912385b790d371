/**
 * IPv6 and IPv4 take different ways out. AWS refuses an egress-only internet gateway as the
 * target of an IPv4 route (it carries IPv6 only), and a NAT gateway does not take IPv6 traffic
 * to the internet: IPv6 addresses are public already, private subnets use an egress-only
 * internet gateway instead (https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html).
 * The exception is NAT64: a route for 64:ff9b::/96 to a NAT gateway is how IPv6 clients reach
 * IPv4-only hosts, so it is not reported.
 * An egress-only gateway also needs a VPC with an IPv6 block to mean anything.
 */
import type { Route } from '../model/types';
import { containsCidr6, parseCidr6 } from '../network/cidr6';
import { NAT64_PREFIX } from '../network/ipv6';
import { parseCidr } from '../network/cidr';
import { entriesOf } from '../network/read';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'ipv6-route-target',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.ipv6-route-target.description' },
    messages: [
      'rules.ipv6-route-target.natIpv6',
      'rules.ipv6-route-target.natIpv6Fix',
      'rules.ipv6-route-target.eigwIpv4',
      'rules.ipv6-route-target.eigwIpv4Fix',
      'rules.ipv6-route-target.eigwNoIpv6',
      'rules.ipv6-route-target.eigwNoIpv6Fix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const table of index.ofType('route-table')) {
      for (const route of entriesOf<Route>(table.props.routes)) {
        const target = index.get(route.target);
        const params = {
          table: index.label(table.id),
          destination: route.destination,
          target: index.label(route.target),
        };
        const destination6 = parseCidr6(route.destination);
        const nat64 = destination6 && NAT64_PREFIX && containsCidr6(NAT64_PREFIX, destination6);
        if (target?.type === 'nat-gateway' && destination6 && !nat64) {
          ctx.report({
            resources: [table.id, target.id],
            message: 'rules.ipv6-route-target.natIpv6',
            params,
            fix: 'rules.ipv6-route-target.natIpv6Fix',
          });
        }
        if (target?.type === 'egress-only-internet-gateway' && parseCidr(route.destination)) {
          ctx.report({
            resources: [table.id, target.id],
            message: 'rules.ipv6-route-target.eigwIpv4',
            params,
            fix: 'rules.ipv6-route-target.eigwIpv4Fix',
          });
        }
      }
    }
    for (const eigw of index.ofType('egress-only-internet-gateway')) {
      const vpc = index.getOf(eigw.parent, 'vpc');
      if (!vpc || parseCidr6(vpc.props.ipv6Cidr ?? '')) continue;
      ctx.report({
        resources: [eigw.id, vpc.id],
        message: 'rules.ipv6-route-target.eigwNoIpv6',
        params: { eigw: index.label(eigw.id), vpc: index.label(vpc.id) },
        fix: 'rules.ipv6-route-target.eigwNoIpv6Fix',
      });
    }
  },
};

export default rule;
