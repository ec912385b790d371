/**
 * An internet gateway serves only the VPC it is attached to. Two mistakes are common when
 * sketching: a route pointing at another VPC's gateway, and a VPC full of things meant to face
 * the internet (an internet-facing load balancer, public addresses, a public NAT) with no
 * gateway at all, so none of them can reach or be reached from the internet.
 */
import type { Resource } from '../model/types';
import type { Rule } from './types';
import type { DesignIndex } from './utils/design-index';
import { designIndex } from './utils/design-index';

/** Resources whose settings say "I face the internet". */
function wantsInternet(resource: Resource, index: DesignIndex): boolean {
  switch (resource.type) {
    case 'alb':
      return resource.props.scheme === 'internet-facing';
    case 'nat-gateway':
      return index.prop(resource, 'connectivity') === 'public';
    case 'ec2-instance':
      return resource.props.publicIp === true || resource.props.elasticIp !== undefined;
    case 'ecs-service':
      return resource.props.assignPublicIp === true;
    case 'subnet':
      return resource.props.mapPublicIp === true;
    case 'rds-instance':
      return resource.props.publiclyAccessible === true;
    default:
      return false;
  }
}

const rule: Rule = {
  meta: {
    id: 'internet-gateway-attached',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.internet-gateway-attached.description' },
    messages: [
      'rules.internet-gateway-attached.otherVpc',
      'rules.internet-gateway-attached.otherVpcFix',
      'rules.internet-gateway-attached.missing',
      'rules.internet-gateway-attached.missingFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const table of index.ofType('route-table')) {
      const vpc = index.vpcOf(table);
      for (const route of table.props.routes) {
        const igw = index.getOf(route.target, 'internet-gateway');
        const igwVpc = igw && index.vpcOf(igw);
        if (!vpc || !igw || !igwVpc || igwVpc.id === vpc.id) continue;
        ctx.report({
          resources: [table.id, igw.id],
          message: 'rules.internet-gateway-attached.otherVpc',
          params: {
            table: index.label(table.id),
            vpc: index.label(vpc.id),
            destination: route.destination,
            igw: index.label(igw.id),
            otherVpc: index.label(igwVpc.id),
          },
          fix: 'rules.internet-gateway-attached.otherVpcFix',
          fixParams: { vpc: index.label(vpc.id) },
        });
      }
    }
    const withGateway = new Set<string>();
    for (const igw of index.ofType('internet-gateway')) {
      if (igw.parent !== undefined) withGateway.add(igw.parent);
    }
    const reported = new Set<string>();
    for (const resource of ctx.design.resources) {
      if (!wantsInternet(resource, index)) continue;
      const vpc = index.vpcOf(resource);
      if (!vpc || withGateway.has(vpc.id) || reported.has(vpc.id)) continue;
      reported.add(vpc.id);
      ctx.report({
        resources: [vpc.id, resource.id],
        message: 'rules.internet-gateway-attached.missing',
        params: { vpc: index.label(vpc.id), resource: index.label(resource.id) },
        nested: { type: { key: `type.${resource.type}` } },
        fix: 'rules.internet-gateway-attached.missingFix',
        fixParams: { vpc: index.label(vpc.id) },
      });
    }
  },
};

export default rule;
