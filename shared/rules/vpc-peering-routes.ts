/**
 * A peering carries nothing until both VPCs route to each other through it: a route on one side
 * only lets requests out and drops every reply (the tracer's PEER_NO_ROUTE). A route that targets
 * a peering of two other VPCs is never usable.
 */
import type { ResourceOf } from '../model/types';
import { linksOf } from '../network/links';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'vpc-peering-routes',
    severity: 'warning',
    category: 'network',
    docs: { description: 'rules.vpc-peering-routes.description' },
    messages: [
      'rules.vpc-peering-routes.oneSided',
      'rules.vpc-peering-routes.oneSidedFix',
      'rules.vpc-peering-routes.otherVpc',
      'rules.vpc-peering-routes.otherVpcFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const links = linksOf(ctx.design);
    // Which VPCs route into each peering, by peering id.
    const routedFrom = new Map<string, Set<string>>();
    const tables = index.ofType('route-table');
    for (const table of tables) {
      const vpc = index.vpcOf(table);
      for (const route of table.props.routes) {
        const peering = index.getOf(route.target, 'vpc-peering');
        if (!peering || !vpc) continue;
        if (links.peerOf(peering, vpc.id) === undefined) {
          ctx.report({
            resources: [table.id, peering.id],
            severity: 'error',
            message: 'rules.vpc-peering-routes.otherVpc',
            params: {
              table: index.label(table.id),
              destination: route.destination,
              peering: index.label(peering.id),
              vpc: index.label(vpc.id),
            },
            fix: 'rules.vpc-peering-routes.otherVpcFix',
            fixParams: { vpc: index.label(vpc.id) },
          });
          continue;
        }
        const set = routedFrom.get(peering.id) ?? new Set<string>();
        set.add(vpc.id);
        routedFrom.set(peering.id, set);
      }
    }
    for (const peering of index.ofType('vpc-peering')) {
      const from = routedFrom.get(peering.id);
      if (!from || from.size !== 1) continue;
      const [routing] = [...from];
      const silent = links.peerOf(peering, routing ?? '');
      if (!routing || !silent || !index.getOf(silent, 'vpc')) continue;
      ctx.report({
        resources: [peering.id, silent],
        message: 'rules.vpc-peering-routes.oneSided',
        params: {
          peering: index.label(peering.id),
          vpc: index.label(routing),
          otherVpc: index.label(silent),
        },
        fix: 'rules.vpc-peering-routes.oneSidedFix',
        fixParams: {
          otherVpc: index.label(silent),
          cidr: cidrOf(index.getOf(routing, 'vpc')),
          peering: index.label(peering.id),
        },
      });
    }
  },
};

function cidrOf(vpc: ResourceOf<'vpc'> | undefined): string {
  return vpc?.props.cidr ?? '';
}

export default rule;
