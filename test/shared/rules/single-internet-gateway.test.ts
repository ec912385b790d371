import rule from '../../../shared/rules/single-internet-gateway';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [{ name: 'one gateway', design: makeDesign(vpcNetwork()) }],
  invalid: [
    {
      name: 'two gateways in one VPC',
      design: makeDesign([
        ...vpcNetwork(),
        { id: 'igw2', type: 'internet-gateway', name: 'Second gateway', parent: 'vpc1', props: {} },
      ]),
      errors: [
        {
          message: 'rules.single-internet-gateway.several',
          resources: ['vpc1', 'igw1', 'igw2'],
          fix: 'rules.single-internet-gateway.fix',
          params: { count: 2, gateways: 'igw1, Second gateway', keep: 'igw1' },
        },
      ],
    },
  ],
});
