/** A subnet's block is carved out of its VPC's block; AWS refuses one that lies outside it. */
import { containsCidr, parseCidr } from '../network/cidr';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'subnet-cidr-in-vpc',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.subnet-cidr-in-vpc.description' },
    messages: ['rules.subnet-cidr-in-vpc.outside', 'rules.subnet-cidr-in-vpc.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const subnet of index.ofType('subnet')) {
      const vpc = index.getOf(subnet.parent, 'vpc');
      const inner = parseCidr(subnet.props.cidr);
      const outer = vpc && parseCidr(vpc.props.cidr);
      if (!vpc || !inner || !outer || containsCidr(outer, inner)) continue;
      ctx.report({
        resources: [subnet.id, vpc.id],
        message: 'rules.subnet-cidr-in-vpc.outside',
        params: {
          subnet: index.label(subnet.id),
          cidr: subnet.props.cidr,
          vpc: index.label(vpc.id),
          vpcCidr: vpc.props.cidr,
        },
        fix: 'rules.subnet-cidr-in-vpc.fix',
        fixParams: { subnet: index.label(subnet.id), vpcCidr: vpc.props.cidr },
      });
    }
  },
};

export default rule;
