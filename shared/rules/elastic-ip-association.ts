/**
 * An Elastic IP is associated with one network interface at a time, and only a public NAT
 * gateway takes one: AWS refuses a second association of the same address and an Elastic IP on
 * a private NAT gateway
 * (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html). An address can be
 * named from both sides (the EIP's attachedTo and the resource's elasticIp); they must agree.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'elastic-ip-association',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.elastic-ip-association.description' },
    messages: [
      'rules.elastic-ip-association.twice',
      'rules.elastic-ip-association.twiceFix',
      'rules.elastic-ip-association.privateNat',
      'rules.elastic-ip-association.privateNatFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    // Who each address is associated with, from either side.
    const holders = new Map<string, string[]>();
    const hold = (eip: string, holder: string): void => {
      const list = holders.get(eip) ?? [];
      if (!list.includes(holder)) list.push(holder);
      holders.set(eip, list);
    };
    for (const eip of index.ofType('elastic-ip')) {
      const target = eip.props.attachedTo;
      if (target !== undefined && index.get(target)) hold(eip.id, target);
    }
    for (const resource of ctx.design.resources) {
      if (resource.type !== 'ec2-instance' && resource.type !== 'nat-gateway') continue;
      const named = resource.props.elasticIp;
      if (named !== undefined && index.getOf(named, 'elastic-ip')) hold(named, resource.id);
    }
    for (const [eip, list] of holders) {
      for (const holder of list) {
        const nat = index.getOf(holder, 'nat-gateway');
        if (nat && index.prop(nat, 'connectivity') === 'private') {
          ctx.report({
            resources: [nat.id, eip],
            message: 'rules.elastic-ip-association.privateNat',
            params: { nat: index.label(nat.id), eip: index.label(eip) },
            fix: 'rules.elastic-ip-association.privateNatFix',
          });
        }
      }
      if (list.length < 2) continue;
      ctx.report({
        resources: [eip, ...list],
        message: 'rules.elastic-ip-association.twice',
        params: { eip: index.label(eip), holders: list.map((id) => index.label(id)).join(', ') },
        fix: 'rules.elastic-ip-association.twiceFix',
      });
    }
  },
};

export default rule;
