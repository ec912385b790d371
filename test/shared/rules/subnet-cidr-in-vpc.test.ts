import rule from '../../../shared/rules/subnet-cidr-in-vpc';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'every subnet inside 10.0.0.0/16', design: makeDesign(vpcNetwork()) },
    {
      name: 'a subnet as large as its VPC',
      design: makeDesign([
        { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/24' } },
        { id: 'only', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.0.0/24', az: 'a' } },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a subnet in another range',
      design: makeDesign(withProps(vpcNetwork(), 'privA', { cidr: '10.1.10.0/24' })),
      errors: [
        {
          message: 'rules.subnet-cidr-in-vpc.outside',
          resources: ['privA', 'vpc1'],
          fix: 'rules.subnet-cidr-in-vpc.fix',
          params: { cidr: '10.1.10.0/24', vpcCidr: '10.0.0.0/16' },
        },
      ],
    },
    {
      name: 'a subnet larger than its VPC',
      design: makeDesign(withProps(vpcNetwork(), 'pubA', { cidr: '10.0.0.0/15' })),
      errors: [{ message: 'rules.subnet-cidr-in-vpc.outside', resources: ['pubA', 'vpc1'] }],
    },
  ],
});
