import rule from '../../../shared/rules/vpc-peering-routes';
import { withProps } from '../../fixtures/designs';
import { peeredAtoC, peeredVpcs } from '../network/multi-vpc-fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'routes on both sides of every peering', design: peeredVpcs() },
    { name: 'a direct A-C peering routed both ways', design: peeredAtoC() },
  ],
  invalid: [
    {
      name: 'B has no route back to A',
      design: withProps(peeredVpcs(), 'rtB', { routes: [{ destination: '10.3.0.0/16', target: 'pcxBC' }] }),
      errors: [
        {
          message: 'rules.vpc-peering-routes.oneSided',
          resources: ['pcxAB', 'vpcB'],
          fix: 'rules.vpc-peering-routes.oneSidedFix',
          params: { vpc: 'VPC A', otherVpc: 'VPC B', cidr: '10.1.0.0/16' },
        },
      ],
    },
    {
      name: "A routes C's block to the B-C peering",
      design: withProps(peeredVpcs(), 'rtAppA', {
        routes: [
          { destination: '10.2.0.0/16', target: 'pcxAB' },
          { destination: '10.3.0.0/16', target: 'pcxBC' },
        ],
      }),
      errors: [
        {
          message: 'rules.vpc-peering-routes.otherVpc',
          resources: ['rtAppA', 'pcxBC'],
          fix: 'rules.vpc-peering-routes.otherVpcFix',
          severity: 'error',
          params: { vpc: 'VPC A', destination: '10.3.0.0/16' },
        },
      ],
    },
  ],
});
