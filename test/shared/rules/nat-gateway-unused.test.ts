import rule from '../../../shared/rules/nat-gateway-unused';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [{ name: 'each NAT gateway serves its AZ', design: makeDesign(vpcNetwork()) }],
  invalid: [
    {
      name: 'both private tables point at NAT A',
      design: makeDesign(
        withProps(vpcNetwork(), 'rtPrivB', { routes: [{ destination: '0.0.0.0/0', target: 'natA' }] }),
      ),
      errors: [
        {
          message: 'rules.nat-gateway-unused.unused',
          resources: ['natB'],
          fix: 'rules.nat-gateway-unused.fix',
          params: { nat: 'natB' },
        },
      ],
    },
  ],
});
