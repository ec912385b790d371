import rule from '../../../shared/rules/nat-gateway-per-az';
import { design, network, without, withProps } from './fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [{ name: 'one NAT gateway per AZ', design: design(network()) }],
  invalid: [
    {
      name: 'both private subnets through the NAT gateway of AZ a',
      design: design(
        withProps(without(network(), 'natB'), 'rtPrivB', {
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
