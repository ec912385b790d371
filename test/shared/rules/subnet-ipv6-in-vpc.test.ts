import rule from '../../../shared/rules/subnet-ipv6-in-vpc';
import { healthyVpc, withProps } from '../../fixtures/designs';
import { dualStack } from '../network/nlb-ipv6-fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'every /64 inside the VPC /56', design: dualStack() },
    { name: 'an IPv4-only VPC', design: healthyVpc() },
  ],
  invalid: [
    {
      name: 'a subnet /64 outside the VPC block',
      design: withProps(dualStack(), 'pubA', { ipv6Cidr: '2600:1f18:abcd:1300::/64' }),
      errors: [
        {
          message: 'rules.subnet-ipv6-in-vpc.outside',
          resources: ['pubA', 'vpc1'],
          fix: 'rules.subnet-ipv6-in-vpc.fix',
          params: { cidr: '2600:1f18:abcd:1300::/64' },
        },
      ],
    },
    {
      name: 'a subnet /64 in a VPC without IPv6',
      design: withProps(healthyVpc(), 'pubA', { ipv6Cidr: '2600:1f18:abcd:1200::/64' }),
      errors: [{ message: 'rules.subnet-ipv6-in-vpc.vpcHasNone', resources: ['pubA', 'vpc1'] }],
    },
  ],
});
