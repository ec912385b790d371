/**
 * A route can only send traffic to something in its own VPC: a NAT gateway, an endpoint or an
 * instance of another VPC is not a valid target. Internet gateways are left to
 * internet-gateway-attached, which explains the attachment; missing targets of any type are
 * reported here (the canvas can hold such a design while someone deletes things).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'route-target-same-vpc',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.route-target-same-vpc.description' },
    messages: [
      'rules.route-target-same-vpc.missing',
      'rules.route-target-same-vpc.missingFix',
      'rules.route-target-same-vpc.otherVpc',
      'rules.route-target-same-vpc.otherVpcFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const table of index.ofType('route-table')) {
      const vpc = index.vpcOf(table);
      for (const route of table.props.routes) {
        const target = index.get(route.target);
        const params = {
          table: index.label(table.id),
          destination: route.destination,
          target: target ? index.label(target.id) : route.target,
        };
        if (!target) {
          ctx.report({
            resources: [table.id],
            message: 'rules.route-target-same-vpc.missing',
            params,
            fix: 'rules.route-target-same-vpc.missingFix',
          });
          continue;
        }
        if (target.type === 'internet-gateway') continue;
        const targetVpc = index.vpcOf(target);
        if (!vpc || !targetVpc || targetVpc.id === vpc.id) continue;
        ctx.report({
          resources: [table.id, target.id],
          message: 'rules.route-target-same-vpc.otherVpc',
          params: { ...params, vpc: index.label(vpc.id), otherVpc: index.label(targetVpc.id) },
          nested: { type: { key: `type.${target.type}` } },
          fix: 'rules.route-target-same-vpc.otherVpcFix',
          fixParams: { vpc: index.label(vpc.id), destination: route.destination },
        });
      }
    }
  },
};

export default rule;
