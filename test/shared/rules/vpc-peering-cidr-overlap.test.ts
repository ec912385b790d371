import rule from '../../../shared/rules/vpc-peering-cidr-overlap';
import { withProps } from '../../fixtures/designs';
import { peeredVpcs } from '../network/multi-vpc-fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [{ name: 'three peered VPCs with separate blocks', design: peeredVpcs() }],
  invalid: [
    {
      name: 'a peering between overlapping VPCs',
      design: withProps(peeredVpcs(), 'vpcB', { cidr: '10.0.0.0/8' }),
      errors: [
        {
          message: 'rules.vpc-peering-cidr-overlap.overlap',
          resources: ['pcxAB', 'vpcA', 'vpcB'],
          fix: 'rules.vpc-peering-cidr-overlap.overlapFix',
          params: { vpc: 'VPC A', otherVpc: 'VPC B', cidr: '10.1.0.0/16', otherCidr: '10.0.0.0/8' },
        },
        {
          message: 'rules.vpc-peering-cidr-overlap.overlap',
          resources: ['pcxBC', 'vpcB', 'vpcC'],
          fix: 'rules.vpc-peering-cidr-overlap.overlapFix',
        },
      ],
    },
    {
      name: 'a VPC peered with itself',
      design: withProps(peeredVpcs(), 'pcxBC', { accepterVpc: 'vpcB' }),
      errors: [
        {
          message: 'rules.vpc-peering-cidr-overlap.self',
          resources: ['pcxBC', 'vpcB'],
          fix: 'rules.vpc-peering-cidr-overlap.selfFix',
        },
      ],
    },
  ],
});
