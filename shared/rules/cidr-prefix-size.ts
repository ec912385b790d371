/**
 * AWS accepts VPC and subnet blocks from /16 to /28 only; a design with a /8 VPC or a /29
 * subnet cannot be built, so it is an error rather than advice.
 */
import { ipToString, parseCidr } from '../network/cidr';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const LARGEST = 16;
const SMALLEST = 28;

const rule: Rule = {
  meta: {
    id: 'cidr-prefix-size',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.cidr-prefix-size.description' },
    messages: ['rules.cidr-prefix-size.outOfRange', 'rules.cidr-prefix-size.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const resource of [...index.ofType('vpc'), ...index.ofType('subnet')]) {
      const cidr = parseCidr(resource.props.cidr);
      if (!cidr || (cidr.prefix >= LARGEST && cidr.prefix <= SMALLEST)) continue;
      const prefix = cidr.prefix < LARGEST ? LARGEST : SMALLEST;
      ctx.report({
        resources: [resource.id],
        message: 'rules.cidr-prefix-size.outOfRange',
        params: { name: index.label(resource.id), cidr: resource.props.cidr },
        nested: { type: { key: `type.${resource.type}` } },
        fix: 'rules.cidr-prefix-size.fix',
        fixParams: { suggestion: `${ipToString(cidr.network)}/${prefix}` },
      });
    }
  },
};

export default rule;
