/**
 * S3 and DynamoDB have free gateway endpoints. Reaching them through a NAT gateway instead
 * works, but every GB is billed as NAT data processing (docs/domain.md sections 2 and 7): for a busy bucket
 * that is often the largest line of the bill.
 */
import { GATEWAY_SERVICES, SERVICE_OF_TYPE, networkOf } from '../network/index';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'aws-service-through-nat',
    severity: 'warning',
    category: 'cost',
    docs: { description: 'rules.aws-service-through-nat.description' },
    messages: ['rules.aws-service-through-nat.viaNat', 'rules.aws-service-through-nat.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    const reported = new Set<string>();
    for (const connection of ctx.design.connections) {
      const to = index.get(connection.to);
      const from = index.get(connection.from);
      const service = to && SERVICE_OF_TYPE[to.type];
      if (!from || !to || service === undefined || !GATEWAY_SERVICES.has(service)) continue;
      for (const subnet of index.subnetsOf(from)) {
        const access = net.serviceAccess(subnet.id, service);
        const key = `${subnet.id} ${service}`;
        if (access.via !== 'nat' || access.resource === undefined || reported.has(key)) continue;
        reported.add(key);
        const tableId = net.routeTableOf(subnet.id).tableId;
        ctx.report({
          resources: [connection.id, access.resource, subnet.id],
          message: 'rules.aws-service-through-nat.viaNat',
          params: {
            client: index.label(from.id),
            target: index.label(to.id),
            subnet: index.label(subnet.id),
            nat: index.label(access.resource),
            service,
          },
          fix: 'rules.aws-service-through-nat.fix',
          fixParams: { service, table: tableId ? index.label(tableId) : index.label(subnet.id) },
        });
      }
    }
  },
};

export default rule;
