import rule from '../../../shared/rules/nat-gateway-per-az';
import { makeDesign, vpcNetwork, without, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [{ name: 'one NAT gateway per AZ', design: makeDesign(vpcNetwork()) }],
  invalid: [
    {
      name: 'both private subnets through the NAT gateway of AZ a',
      design: makeDesign(
        withProps(without(vpcNetwork(), 'natB'), 'rtPrivB', {
          routes: [{ destination: '0.0.0.0/0', target: 'natA' }],
        }),
      ),
      errors: [
        {
          message: 'rules.nat-gateway-per-az.crossAz',
          resources: ['natA', 'privB'],
          fix: 'rules.nat-gateway-per-az.fix',
          params: { nat: 'natA', az: 'a', subnets: 'privB', azs: 'b' },
        },
      ],
    },
  ],
});
