import rule from '../../../shared/rules/nlb-listener-protocol';
import { healthyVpc } from '../../fixtures/designs';
import { withNlb } from '../network/nlb-ipv6-fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'a TCP listener', design: withNlb() },
    {
      name: 'TLS, UDP and TCP_UDP listeners',
      design: withNlb(healthyVpc(), {
        listeners: [
          { port: 443, protocol: 'TLS' },
          { port: 53, protocol: 'UDP' },
          { port: 5000, protocol: 'TCP_UDP' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'an HTTPS listener on an NLB',
      design: withNlb(healthyVpc(), { listeners: [{ port: 443, protocol: 'HTTPS' }] }),
      errors: [
        {
          message: 'rules.nlb-listener-protocol.notLayer4',
          resources: ['nlb1'],
          fix: 'rules.nlb-listener-protocol.fix',
          params: { protocol: 'HTTPS', port: 443 },
        },
      ],
    },
  ],
});
