import rule from '../../../shared/rules/ecs-public-ip-launch-type';
import { makeDesign, vpcNetwork, service } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'Fargate with a public IP',
      design: makeDesign([...vpcNetwork(), service({ subnets: ['pubA', 'pubB'], assignPublicIp: true })]),
    },
    {
      name: 'EC2 launch type without one',
      design: makeDesign([...vpcNetwork(), service({ launchType: 'ec2' })]),
    },
  ],
  invalid: [
    {
      name: 'EC2 launch type asking for a public IP',
      design: makeDesign([...vpcNetwork(), service({ launchType: 'ec2', assignPublicIp: true })]),
      errors: [
        {
          message: 'rules.ecs-public-ip-launch-type.ec2',
          resources: ['web'],
          fix: 'rules.ecs-public-ip-launch-type.fix',
          params: { service: 'web' },
        },
      ],
    },
  ],
});
