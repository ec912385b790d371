import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/subnets-same-vpc';
import { alb, makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const otherVpc: Resource[] = [
  { id: 'vpc2', type: 'vpc', props: { cidr: '10.1.0.0/16' } },
  { id: 'far', type: 'subnet', parent: 'vpc2', props: { cidr: '10.1.0.0/24', az: 'b' } },
  { id: 'rtFar', type: 'route-table', parent: 'vpc2', props: { routes: [] } },
];

testRule(rule, {
  valid: [
    { name: 'an ALB in two subnets of its VPC', design: makeDesign([...vpcNetwork(), ...otherVpc, alb()]) },
    {
      name: 'a Lambda function drawn outside, in subnets of one VPC',
      design: makeDesign([
        ...vpcNetwork(),
        { id: 'fn', type: 'lambda-function', props: { subnets: ['privA', 'privB'] } },
      ]),
    },
  ],
  invalid: [
    {
      name: 'an ALB with a subnet of another VPC',
      design: makeDesign([...vpcNetwork(), ...otherVpc, alb({ subnets: ['pubA', 'far'] })]),
      errors: [
        {
          message: 'rules.subnets-same-vpc.subnet',
          resources: ['alb1', 'far'],
          fix: 'rules.subnets-same-vpc.fix',
          params: { resource: 'Web ALB', child: 'far', vpc: 'vpc1', otherVpc: 'vpc2' },
        },
      ],
    },
    {
      name: 'the foreign subnet listed first: the VPC it is drawn in decides',
      design: makeDesign([...vpcNetwork(), ...otherVpc, alb({ subnets: ['far', 'pubA'] })]),
      errors: [{ message: 'rules.subnets-same-vpc.subnet', resources: ['alb1', 'far'] }],
    },
    {
      name: 'a gateway endpoint associated with a route table of another VPC',
      design: makeDesign([
        ...withProps(vpcNetwork(), 's3Endpoint', { routeTables: ['rtPrivA', 'rtFar'] }),
        ...otherVpc,
      ]),
      errors: [
        {
          message: 'rules.subnets-same-vpc.routeTable',
          resources: ['s3Endpoint', 'rtFar'],
          params: { child: 'rtFar', otherVpc: 'vpc2' },
        },
      ],
    },
  ],
});
