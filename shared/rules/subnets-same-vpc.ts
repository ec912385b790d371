/**
 * A load balancer, an ECS service, a Lambda function, a database or an interface endpoint lives
 * in one VPC: AWS refuses subnets of two VPCs in one of them, and a gateway endpoint's route
 * tables must be in the endpoint's VPC
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html).
 */
import type { Resource } from '../model/types';
import { idsOf } from '../network/read';
import type { Rule } from './types';
import type { DesignIndex } from './utils/design-index';
import { designIndex } from './utils/design-index';

/** The VPC a subnet or route table sits in (its parent). */
function vpcOfChild(index: DesignIndex, id: string): string | undefined {
  const child = index.get(id);
  return child?.parent !== undefined && index.getOf(child.parent, 'vpc') ? child.parent : undefined;
}

/** The VPC the resource is drawn in (through its parents), else the VPC of its first subnet. */
function homeVpc(index: DesignIndex, resource: Resource, listed: readonly string[]): string | undefined {
  let at = resource.parent === undefined ? undefined : index.get(resource.parent);
  for (let depth = 0; at && depth < 16; depth++) {
    if (at.type === 'vpc') return at.id;
    at = at.parent === undefined ? undefined : index.get(at.parent);
  }
  for (const id of listed) {
    const vpc = vpcOfChild(index, id);
    if (vpc) return vpc;
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'subnets-same-vpc',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.subnets-same-vpc.description' },
    messages: [
      'rules.subnets-same-vpc.subnet',
      'rules.subnets-same-vpc.routeTable',
      'rules.subnets-same-vpc.fix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const resource of ctx.design.resources) {
      const props = resource.props as { subnets?: unknown; routeTables?: unknown };
      const subnets = idsOf(props.subnets);
      const tables = resource.type === 'vpc-endpoint' ? idsOf(props.routeTables) : [];
      if (subnets.length === 0 && tables.length === 0) continue;
      // The subnets and tables it names, and their VPCs, are in its trace scope.
      if (ctx.reuse?.(resource.id)) continue;
      const vpc = homeVpc(index, resource, subnets);
      if (!vpc) continue;
      for (const [ids, message] of [
        [subnets, 'rules.subnets-same-vpc.subnet'],
        [tables, 'rules.subnets-same-vpc.routeTable'],
      ] as const) {
        for (const id of ids) {
          const other = vpcOfChild(index, id);
          if (!other || other === vpc) continue;
          ctx.report({
            resources: [resource.id, id],
            message,
            params: {
              resource: index.label(resource.id),
              child: index.label(id),
              otherVpc: index.label(other),
              vpc: index.label(vpc),
            },
            fix: 'rules.subnets-same-vpc.fix',
          });
        }
      }
    }
  },
};

export default rule;
