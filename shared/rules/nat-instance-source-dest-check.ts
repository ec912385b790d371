/**
 * An EC2 instance that route tables send other subnets' traffic to is a NAT instance (or a
 * router): with its source/destination check on (the AWS default) it drops every packet not
 * addressed to itself, so the route leads nowhere
 * (https://docs.aws.amazon.com/vpc/latest/userguide/work-with-nat-instances.html).
 */
import { entriesOf } from '../network/read';
import type { Route } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'nat-instance-source-dest-check',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.nat-instance-source-dest-check.description' },
    messages: ['rules.nat-instance-source-dest-check.on', 'rules.nat-instance-source-dest-check.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const reported = new Set<string>();
    for (const table of index.ofType('route-table')) {
      for (const route of entriesOf<Route>(table.props.routes)) {
        const instance = index.getOf(route.target, 'ec2-instance');
        if (!instance || reported.has(instance.id) || index.prop(instance, 'sourceDestCheck') === false)
          continue;
        reported.add(instance.id);
        ctx.report({
          resources: [instance.id, table.id],
          message: 'rules.nat-instance-source-dest-check.on',
          params: {
            instance: index.label(instance.id),
            table: index.label(table.id),
            destination: route.destination,
          },
          fix: 'rules.nat-instance-source-dest-check.fix',
        });
      }
    }
  },
};

export default rule;
