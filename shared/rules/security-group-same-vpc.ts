/**
 * A security group belongs to one VPC: AWS attaches it only to network interfaces of that VPC,
 * and a rule can name another group as its peer only inside the same VPC or across a VPC
 * peering. Drawn across VPCs, the group silently protects nothing.
 */
import type { Resource } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';
import { linksOf } from '../network/links';

const rule: Rule = {
  meta: {
    id: 'security-group-same-vpc',
    severity: 'error',
    category: 'security',
    docs: { description: 'rules.security-group-same-vpc.description' },
    messages: [
      'rules.security-group-same-vpc.attached',
      'rules.security-group-same-vpc.attachedFix',
      'rules.security-group-same-vpc.peer',
      'rules.security-group-same-vpc.peerFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const links = linksOf(ctx.design);
    const vpcOfGroup = (id: string) => {
      const group = index.getOf(id, 'security-group');
      return group && index.vpcOf(group);
    };
    for (const resource of ctx.design.resources) {
      const groups = (resource.props as { securityGroups?: unknown }).securityGroups;
      if (!Array.isArray(groups) || groups.length === 0) continue;
      // The groups it names, their VPCs and any peering between those are in its trace scope.
      if (ctx.reuse?.(resource.id)) continue;
      const vpc = index.vpcOf(resource as Resource);
      if (!vpc) continue;
      for (const entry of groups) {
        const groupId = String(entry);
        const groupVpc = vpcOfGroup(groupId);
        if (!groupVpc || groupVpc.id === vpc.id) continue;
        ctx.report({
          resources: [resource.id, groupId],
          message: 'rules.security-group-same-vpc.attached',
          params: {
            resource: index.label(resource.id),
            vpc: index.label(vpc.id),
            group: index.label(groupId),
            groupVpc: index.label(groupVpc.id),
          },
          fix: 'rules.security-group-same-vpc.attachedFix',
        });
      }
    }
    for (const group of index.ofType('security-group')) {
      if (ctx.reuse?.(group.id)) continue;
      const vpc = index.vpcOf(group);
      if (!vpc) continue;
      for (const peerRule of [...group.props.inbound, ...(group.props.outbound ?? [])]) {
        const peerVpc = vpcOfGroup(peerRule.peer);
        if (!peerVpc || peerVpc.id === vpc.id) continue;
        // Across a VPC peering (same Region), a rule may name the peer VPC's groups (AWS).
        if (links.peeringsBetween(vpc.id, peerVpc.id).length > 0) continue;
        ctx.report({
          resources: [group.id, peerRule.peer],
          message: 'rules.security-group-same-vpc.peer',
          params: {
            group: index.label(group.id),
            vpc: index.label(vpc.id),
            peer: index.label(peerRule.peer),
            peerVpc: index.label(peerVpc.id),
          },
          fix: 'rules.security-group-same-vpc.peerFix',
        });
      }
    }
  },
};

export default rule;
