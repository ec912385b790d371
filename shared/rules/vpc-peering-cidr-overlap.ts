/**
 * AWS refuses a peering between VPCs whose IPv4 blocks overlap, and a peering of a VPC with
 * itself (https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations).
 * The tracer reports VPC_CIDR_OVERLAP on any path across such a peering; this rule names the
 * peering even when no connection crosses it.
 */
import { vpcCidrsOverlap } from '../network/links';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'vpc-peering-cidr-overlap',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.vpc-peering-cidr-overlap.description' },
    messages: [
      'rules.vpc-peering-cidr-overlap.overlap',
      'rules.vpc-peering-cidr-overlap.overlapFix',
      'rules.vpc-peering-cidr-overlap.self',
      'rules.vpc-peering-cidr-overlap.selfFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const peering of index.ofType('vpc-peering')) {
      const a = index.getOf(peering.props.requesterVpc, 'vpc');
      const b = index.getOf(peering.props.accepterVpc, 'vpc');
      if (!a || !b) continue;
      if (a.id === b.id) {
        ctx.report({
          resources: [peering.id, a.id],
          message: 'rules.vpc-peering-cidr-overlap.self',
          params: { peering: index.label(peering.id), vpc: index.label(a.id) },
          fix: 'rules.vpc-peering-cidr-overlap.selfFix',
        });
        continue;
      }
      if (!vpcCidrsOverlap(a, b)) continue;
      ctx.report({
        resources: [peering.id, a.id, b.id],
        message: 'rules.vpc-peering-cidr-overlap.overlap',
        params: {
          peering: index.label(peering.id),
          vpc: index.label(a.id),
          cidr: a.props.cidr,
          otherVpc: index.label(b.id),
          otherCidr: b.props.cidr,
        },
        fix: 'rules.vpc-peering-cidr-overlap.overlapFix',
        fixParams: { otherVpc: index.label(b.id) },
      });
    }
  },
};

export default rule;
