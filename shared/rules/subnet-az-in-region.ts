/**
 * A subnet's Availability Zone must exist in the design's Region: us-east-1 has zones a to f,
 * Seoul (ap-northeast-2) a to d. AWS refuses "ap-northeast-2e" when the subnet is created
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html).
 */
import { zoneLettersOf } from '../catalog/index';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'subnet-az-in-region',
    severity: 'error',
    category: 'availability',
    docs: { description: 'rules.subnet-az-in-region.description' },
    messages: ['rules.subnet-az-in-region.unknownZone', 'rules.subnet-az-in-region.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const region = ctx.design.region;
    const letters = zoneLettersOf(region);
    for (const subnet of index.ofType('subnet')) {
      const az = subnet.props.az;
      if (typeof az !== 'string' || letters.includes(az)) continue;
      ctx.report({
        resources: [subnet.id],
        message: 'rules.subnet-az-in-region.unknownZone',
        params: { subnet: index.label(subnet.id), zone: `${region}${az}`, region },
        fix: 'rules.subnet-az-in-region.fix',
        fixParams: {
          subnet: index.label(subnet.id),
          zones: letters.map((letter) => `${region}${letter}`).join(', '),
        },
      });
    }
  },
};

export default rule;
