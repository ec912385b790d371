/**
 * With private DNS off, an interface endpoint answers only to its own long DNS name: clients
 * that call the service by its usual name (every SDK does) still resolve the public address
 * and go through NAT, so the endpoint is paid for and unused.
 */
import { SERVICE_OF_TYPE } from '../network/services';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'interface-endpoint-private-dns',
    severity: 'warning',
    category: 'network',
    docs: { description: 'rules.interface-endpoint-private-dns.description' },
    messages: ['rules.interface-endpoint-private-dns.bypassed', 'rules.interface-endpoint-private-dns.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const endpoints = index
      .ofType('vpc-endpoint')
      .filter((e) => e.props.endpointType === 'interface' && e.props.privateDns === false);
    if (endpoints.length === 0) return;
    // One pass over the connections: the first client of each service in each VPC.
    const clients = new Map<string, string>();
    for (const connection of ctx.design.connections) {
      const to = index.get(connection.to);
      const from = index.get(connection.from);
      const service = to && SERVICE_OF_TYPE[to.type];
      const vpc = from && service !== undefined ? index.vpcOf(from) : undefined;
      const key = `${vpc?.id ?? ''} ${service ?? ''}`;
      if (vpc && !clients.has(key)) clients.set(key, connection.from);
    }
    for (const endpoint of endpoints) {
      const vpc = index.vpcOf(endpoint);
      const client = vpc && clients.get(`${vpc.id} ${endpoint.props.service}`);
      if (!client) continue;
      ctx.report({
        resources: [endpoint.id, client],
        message: 'rules.interface-endpoint-private-dns.bypassed',
        params: {
          endpoint: index.label(endpoint.id),
          service: endpoint.props.service,
          client: index.label(client),
        },
        fix: 'rules.interface-endpoint-private-dns.fix',
      });
    }
  },
};

export default rule;
