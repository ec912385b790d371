import rule from '../../../shared/rules/fargate-task-size';
import { makeDesign, vpcNetwork, service } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'the defaults: 0.5 vCPU, 1 GB', design: makeDesign([...vpcNetwork(), service()]) },
    { name: '4 vCPU with 30 GB', design: makeDesign([...vpcNetwork(), service({ cpu: 4, memoryGb: 30 })]) },
    {
      name: '16 vCPU with 120 GB',
      design: makeDesign([...vpcNetwork(), service({ cpu: 16, memoryGb: 120 })]),
    },
    {
      name: 'the EC2 launch type takes any size its instances hold',
      design: makeDesign([...vpcNetwork(), service({ launchType: 'ec2', cpu: 3, memoryGb: 7 })]),
    },
  ],
  invalid: [
    {
      name: '3 vCPU',
      design: makeDesign([...vpcNetwork(), service({ cpu: 3, memoryGb: 8 })]),
      errors: [
        {
          message: 'rules.fargate-task-size.cpu',
          resources: ['web'],
          fix: 'rules.fargate-task-size.cpuFix',
          params: { cpu: 3, cpus: '0.25, 0.5, 1, 2, 4, 8, 16' },
        },
      ],
    },
    {
      name: '0.25 vCPU with 4 GB',
      design: makeDesign([...vpcNetwork(), service({ cpu: 0.25, memoryGb: 4 })]),
      errors: [
        {
          message: 'rules.fargate-task-size.memory',
          resources: ['web'],
          fix: 'rules.fargate-task-size.memoryFix',
          params: { cpu: 0.25, memory: 4, choices: '0.5, 1, 2' },
        },
      ],
    },
    {
      name: '8 vCPU with 18 GB (4 GB steps)',
      design: makeDesign([...vpcNetwork(), service({ cpu: 8, memoryGb: 18 })]),
      errors: [{ message: 'rules.fargate-task-size.memory', params: { choices: '16-60 (step 4)' } }],
    },
  ],
});
