/**
 * A transit gateway attachment looks up its traffic in exactly one route table of its gateway,
 * the one it is associated with (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html).
 * Without an association the gateway drops what the VPC sends (TGW_RT_NOT_ASSOCIATED); AWS
 * refuses a second association, and a route table can only hold attachments of its own gateway.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'transit-gateway-association',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.transit-gateway-association.description' },
    messages: [
      'rules.transit-gateway-association.none',
      'rules.transit-gateway-association.noneFix',
      'rules.transit-gateway-association.many',
      'rules.transit-gateway-association.manyFix',
      'rules.transit-gateway-association.otherGateway',
      'rules.transit-gateway-association.otherGatewayFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const tablesOf = new Map<string, string[]>();
    for (const table of index.ofType('transit-gateway-route-table')) {
      const listed = [...(table.props.associations ?? []), ...(table.props.propagations ?? [])];
      for (const id of new Set(listed)) {
        const attachment = index.getOf(id, 'transit-gateway-attachment');
        if (!attachment || attachment.props.transitGateway === table.props.transitGateway) continue;
        ctx.report({
          resources: [table.id, attachment.id],
          message: 'rules.transit-gateway-association.otherGateway',
          params: {
            table: index.label(table.id),
            attachment: index.label(attachment.id),
            tgw: index.label(table.props.transitGateway),
            otherTgw: index.label(attachment.props.transitGateway),
          },
          fix: 'rules.transit-gateway-association.otherGatewayFix',
          fixParams: { attachment: index.label(attachment.id) },
        });
      }
      for (const id of table.props.associations ?? []) {
        // Reported above when the gateways differ; only same-gateway associations count here.
        if (
          index.getOf(id, 'transit-gateway-attachment')?.props.transitGateway !== table.props.transitGateway
        )
          continue;
        const list = tablesOf.get(id) ?? [];
        list.push(table.id);
        tablesOf.set(id, list);
      }
    }
    for (const attachment of index.ofType('transit-gateway-attachment')) {
      const tables = tablesOf.get(attachment.id) ?? [];
      const params = {
        attachment: index.label(attachment.id),
        tgw: index.label(attachment.props.transitGateway),
      };
      if (tables.length === 0) {
        ctx.report({
          resources: [attachment.id],
          severity: 'warning',
          message: 'rules.transit-gateway-association.none',
          params,
          fix: 'rules.transit-gateway-association.noneFix',
          fixParams: params,
        });
      } else if (tables.length > 1) {
        ctx.report({
          resources: [attachment.id, ...tables],
          message: 'rules.transit-gateway-association.many',
          params: { ...params, tables: tables.map((id) => index.label(id)).join(', ') },
          fix: 'rules.transit-gateway-association.manyFix',
          fixParams: params,
        });
      }
    }
  },
};

export default rule;
