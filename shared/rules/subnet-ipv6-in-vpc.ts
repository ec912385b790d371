/**
 * A subnet's IPv6 block is a /64 taken from its VPC's IPv6 block (AWS hands a VPC a /56);
 * AWS refuses a subnet IPv6 block in a VPC without one, or outside it
 * (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html#subnet-sizing-ipv6).
 */
import { containsCidr6, parseCidr6 } from '../network/cidr6';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'subnet-ipv6-in-vpc',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.subnet-ipv6-in-vpc.description' },
    messages: [
      'rules.subnet-ipv6-in-vpc.vpcHasNone',
      'rules.subnet-ipv6-in-vpc.outside',
      'rules.subnet-ipv6-in-vpc.fix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const subnet of index.ofType('subnet')) {
      const block = parseCidr6(subnet.props.ipv6Cidr ?? '');
      const vpc = index.getOf(subnet.parent, 'vpc');
      if (!block || !vpc) continue;
      const vpcBlock = parseCidr6(vpc.props.ipv6Cidr ?? '');
      if (vpcBlock && containsCidr6(vpcBlock, block)) continue;
      ctx.report({
        resources: [subnet.id, vpc.id],
        message: vpcBlock ? 'rules.subnet-ipv6-in-vpc.outside' : 'rules.subnet-ipv6-in-vpc.vpcHasNone',
        params: {
          subnet: index.label(subnet.id),
          vpc: index.label(vpc.id),
          cidr: block.canonical,
          vpcCidr: vpcBlock?.canonical ?? '',
        },
        fix: 'rules.subnet-ipv6-in-vpc.fix',
      });
    }
  },
};

export default rule;
