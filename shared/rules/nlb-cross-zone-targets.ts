/**
 * With cross-zone load balancing off (the NLB default), each zone's node forwards only to
 * targets in its own zone. A zone the NLB is enabled in but that holds none of its targets
 * still gets its share of clients through DNS, and drops them
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#cross-zone-load-balancing).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'nlb-cross-zone-targets',
    severity: 'warning',
    category: 'availability',
    docs: { description: 'rules.nlb-cross-zone-targets.description' },
    messages: ['rules.nlb-cross-zone-targets.emptyZone', 'rules.nlb-cross-zone-targets.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const nlb of index.ofType('nlb')) {
      if (nlb.props.crossZone === true) continue;
      const targets = index.outgoing(nlb.id).map((c) => index.get(c.to));
      if (targets.length === 0) continue; // no target at all is the network engine's NO_TARGET
      const targetZones = new Set<string>();
      for (const target of targets) {
        if (target) for (const subnet of index.subnetsOf(target)) targetZones.add(subnet.props.az);
      }
      const zones = [...new Set(index.subnetsOf(nlb).map((s) => s.props.az))];
      for (const az of zones.filter((zone) => !targetZones.has(zone))) {
        ctx.report({
          resources: [nlb.id],
          message: 'rules.nlb-cross-zone-targets.emptyZone',
          params: { nlb: index.label(nlb.id), az },
          fix: 'rules.nlb-cross-zone-targets.fix',
        });
      }
    }
  },
};

export default rule;
