import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/no-overlapping-subnets';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const secondVpc: Resource[] = [
  { id: 'vpc2', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
  { id: 'other', type: 'subnet', parent: 'vpc2', props: { cidr: '10.0.0.0/24', az: 'a' } },
];

testRule(rule, {
  valid: [
    { name: 'disjoint subnets', design: makeDesign(vpcNetwork()) },
    { name: 'the same block in two different VPCs', design: makeDesign([...vpcNetwork(), ...secondVpc]) },
  ],
  invalid: [
    {
      name: 'the same block twice',
      design: makeDesign(withProps(vpcNetwork(), 'privB', { cidr: '10.0.10.0/24' })),
      errors: [
        {
          message: 'rules.no-overlapping-subnets.overlap',
          resources: ['privB', 'privA'],
          fix: 'rules.no-overlapping-subnets.fix',
          params: { subnet: 'privB', other: 'privA', otherCidr: '10.0.10.0/24' },
        },
      ],
    },
    {
      name: 'a /20 holding two /24 subnets',
      design: makeDesign(withProps(vpcNetwork(), 'privA', { cidr: '10.0.0.0/20' })),
      errors: [
        { message: 'rules.no-overlapping-subnets.overlap', resources: ['pubA', 'privA'] },
        { message: 'rules.no-overlapping-subnets.overlap', resources: ['pubB', 'privA'] },
        { message: 'rules.no-overlapping-subnets.overlap', resources: ['privB', 'privA'] },
      ],
    },
  ],
});
