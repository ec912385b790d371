/**
 * A VPC attachment takes one subnet per Availability Zone, all in its own VPC; the gateway can
 * reach only workloads in AZs that have one
 * (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html). Two subnets of one AZ
 * are refused by AWS; a VPC workload in an AZ the attachment skips cannot use the gateway.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';
import { linksOf } from '../network/links';

const rule: Rule = {
  meta: {
    id: 'transit-gateway-attachment-subnets',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.transit-gateway-attachment-subnets.description' },
    messages: [
      'rules.transit-gateway-attachment-subnets.sameAz',
      'rules.transit-gateway-attachment-subnets.sameAzFix',
      'rules.transit-gateway-attachment-subnets.otherVpc',
      'rules.transit-gateway-attachment-subnets.otherVpcFix',
      'rules.transit-gateway-attachment-subnets.missingAz',
      'rules.transit-gateway-attachment-subnets.missingAzFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const links = linksOf(ctx.design);
    const azsByVpc = new Map<string, Set<string>>();
    for (const subnet of index.ofType('subnet')) {
      const vpc = index.vpcOf(subnet);
      if (!vpc) continue;
      const set = azsByVpc.get(vpc.id) ?? new Set<string>();
      set.add(subnet.props.az);
      azsByVpc.set(vpc.id, set);
    }
    for (const attachment of index.ofType('transit-gateway-attachment')) {
      const vpc = links.vpcOfAttachment(attachment.id);
      const label = index.label(attachment.id);
      const seen = new Map<string, string>();
      for (const subnet of index.subnetsOf(attachment)) {
        const subnetVpc = index.vpcOf(subnet);
        if (vpc && subnetVpc && subnetVpc.id !== vpc.id) {
          ctx.report({
            resources: [attachment.id, subnet.id],
            message: 'rules.transit-gateway-attachment-subnets.otherVpc',
            params: { attachment: label, subnet: index.label(subnet.id), vpc: index.label(vpc.id) },
            fix: 'rules.transit-gateway-attachment-subnets.otherVpcFix',
            fixParams: { vpc: index.label(vpc.id) },
          });
          continue;
        }
        const first = seen.get(subnet.props.az);
        if (first !== undefined) {
          ctx.report({
            resources: [attachment.id, subnet.id, first],
            message: 'rules.transit-gateway-attachment-subnets.sameAz',
            params: {
              attachment: label,
              subnet: index.label(subnet.id),
              other: index.label(first),
              az: subnet.props.az,
            },
            fix: 'rules.transit-gateway-attachment-subnets.sameAzFix',
            fixParams: { az: subnet.props.az },
          });
          continue;
        }
        seen.set(subnet.props.az, subnet.id);
      }
      if (!vpc) continue;
      const missing = [...(azsByVpc.get(vpc.id) ?? [])].filter((az) => !seen.has(az)).sort();
      if (missing.length === 0) continue;
      ctx.report({
        resources: [attachment.id],
        severity: 'warning',
        message: 'rules.transit-gateway-attachment-subnets.missingAz',
        params: { attachment: label, vpc: index.label(vpc.id), azs: missing.join(', ') },
        fix: 'rules.transit-gateway-attachment-subnets.missingAzFix',
        fixParams: { azs: missing.join(', ') },
      });
    }
  },
};

export default rule;
