import rule from '../../../shared/rules/ipv6-route-target';
import { withProps } from '../../fixtures/designs';
import { dualStack } from '../network/nlb-ipv6-fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'IPv4 via NAT, IPv6 via the egress-only gateway', design: dualStack() },
    {
      // NAT64: DNS64 answers IPv4-only names inside 64:ff9b::/96, which a NAT gateway translates.
      name: 'the NAT64 prefix 64:ff9b::/96 to a NAT gateway',
      design: withProps(dualStack(), 'rtPrivA', {
        routes: [
          { destination: '0.0.0.0/0', target: 'natA' },
          { destination: '::/0', target: 'eigw1' },
          { destination: '64:ff9b::/96', target: 'natA' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: '::/0 to a NAT gateway',
      design: withProps(dualStack(), 'rtPrivA', { routes: [{ destination: '::/0', target: 'natA' }] }),
      errors: [
        {
          message: 'rules.ipv6-route-target.natIpv6',
          resources: ['rtPrivA', 'natA'],
          fix: 'rules.ipv6-route-target.natIpv6Fix',
          params: { destination: '::/0' },
        },
      ],
    },
    {
      name: '0.0.0.0/0 to the egress-only gateway',
      design: withProps(dualStack(), 'rtPrivB', { routes: [{ destination: '0.0.0.0/0', target: 'eigw1' }] }),
      errors: [
        {
          message: 'rules.ipv6-route-target.eigwIpv4',
          resources: ['rtPrivB', 'eigw1'],
          fix: 'rules.ipv6-route-target.eigwIpv4Fix',
        },
      ],
    },
    {
      name: 'an egress-only gateway in a VPC without IPv6',
      design: withProps(dualStack(), 'vpc1', { ipv6Cidr: undefined }),
      errors: [
        {
          message: 'rules.ipv6-route-target.eigwNoIpv6',
          resources: ['eigw1', 'vpc1'],
          fix: 'rules.ipv6-route-target.eigwNoIpv6Fix',
        },
      ],
    },
  ],
});
