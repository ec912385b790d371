import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/public-ip-in-private-subnet';
import { makeDesign, vpcNetwork, service, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const instance = (parent: string): Resource => ({
  id: 'app1',
  type: 'ec2-instance',
  name: 'App',
  parent,
  props: { publicIp: true, securityGroups: ['sgApp'] },
});

testRule(rule, {
  valid: [
    { name: 'a public IP in a public subnet', design: makeDesign([...vpcNetwork(), instance('pubA')]) },
    {
      name: 'auto-assign on a public subnet',
      design: makeDesign(withProps(vpcNetwork(), 'pubA', { mapPublicIp: true })),
    },
  ],
  invalid: [
    {
      name: 'an instance and a task with public IPs in private subnets',
      design: makeDesign([...vpcNetwork(), instance('privA'), service({ assignPublicIp: true })]),
      errors: [
        {
          message: 'rules.public-ip-in-private-subnet.resource',
          resources: ['app1', 'privA'],
          fix: 'rules.public-ip-in-private-subnet.resourceFix',
          params: { resource: 'App', subnet: 'privA' },
        },
        { message: 'rules.public-ip-in-private-subnet.resource', resources: ['web', 'privA'] },
      ],
    },
    {
      name: 'auto-assign on a private subnet',
      design: makeDesign(withProps(vpcNetwork(), 'privB', { mapPublicIp: true })),
      errors: [
        {
          message: 'rules.public-ip-in-private-subnet.subnet',
          resources: ['privB'],
          fix: 'rules.public-ip-in-private-subnet.subnetFix',
        },
      ],
    },
  ],
});
