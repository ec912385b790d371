import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/ecs-deploy-blocked';
import { makeDesign, vpcNetwork, service, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

/** Both app subnets as /28s (11 usable), with `endpoints` interface endpoints in each. */
function smallSubnets(endpoints: number): Resource[] {
  let resources = withProps(vpcNetwork(), 'privA', { cidr: '10.0.10.0/28' });
  resources = withProps(resources, 'privB', { cidr: '10.0.11.0/28' });
  const services = ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'];
  for (let i = 0; i < endpoints; i++) {
    resources.push({
      id: `vpce${i}`,
      type: 'vpc-endpoint',
      parent: 'vpc1',
      props: { service: services[i]!, endpointType: 'interface', subnets: ['privA', 'privB'] },
    } as Resource);
  }
  return resources;
}

const ec2 = (props: Record<string, unknown>) =>
  service({ launchType: 'ec2', memoryGb: 0.5, cpu: 0.25, containerInstanceType: 't3.micro', ...props });

testRule(rule, {
  valid: [
    {
      name: 'AWS defaults (rolling 100/200) in /24 subnets',
      design: makeDesign([...vpcNetwork(), service()]),
    },
    {
      name: 'full /28 subnets with minimum healthy 50%: old tasks free their addresses first',
      design: makeDesign([...smallSubnets(4), service({ desiredCount: 14, minimumHealthyPercent: 50 })]),
    },
    {
      name: 'auto scaling to 6 in two /28s with 4 endpoint ENIs: 12 tasks with the surge fit 14 slots',
      design: makeDesign([...smallSubnets(4), service({ desiredCount: 2, autoScalingMax: 6 })]),
    },
    {
      name: 'blue/green with rollback on (the default)',
      design: makeDesign([
        ...vpcNetwork(),
        service({ deploymentStrategy: 'blue-green', trafficShifting: 'canary' }),
      ]),
    },
    {
      name: 'EC2 launch type with room on two instances and dynamic ports',
      design: makeDesign([...vpcNetwork(), ec2({ containerInstanceCount: 2 })]),
    },
    {
      name: 'a service scaled to zero',
      design: makeDesign([...vpcNetwork(), service({ desiredCount: 0, maximumPercent: 100 })]),
    },
  ],
  invalid: [
    {
      name: 'minimum 100 / maximum 100: a deadlock',
      design: makeDesign([...vpcNetwork(), service({ minimumHealthyPercent: 100, maximumPercent: 100 })]),
      errors: [
        {
          message: 'deploy.problem.deadlock',
          resources: ['web'],
          fix: 'deploy.fix.deadlock',
          params: { service: 'web', minHealthy: 2, maxRunning: 2 },
        },
      ],
    },
    {
      name: 'two /28s full of endpoint ENIs and tasks: no free address for the surge',
      design: makeDesign([...smallSubnets(4), service({ desiredCount: 14 })]),
      errors: [
        {
          message: 'deploy.problem.noFreeAddress',
          resources: ['web', 'privA', 'privB'],
          fix: 'deploy.fix.noFreeAddress',
          params: { usable: 11, others: 4 },
        },
      ],
    },
    {
      name: 'blue/green needs room for a second fleet',
      design: makeDesign([
        ...smallSubnets(4),
        service({ desiredCount: 8, deploymentStrategy: 'blue-green' }),
      ]),
      errors: [{ message: 'deploy.problem.noFreeAddressBlueGreen', fix: 'deploy.fix.noFreeAddress' }],
    },
    {
      name: 'a service placed in no subnet',
      design: makeDesign([...vpcNetwork(), service({ subnets: [] })]),
      errors: [{ message: 'deploy.problem.noSubnets', resources: ['web'], fix: 'deploy.fix.noSubnets' }],
    },
    {
      name: 'EC2 launch type without spare memory: one t3.micro holds the two tasks',
      design: makeDesign([...vpcNetwork(), ec2({ containerInstanceCount: 1 })]),
      errors: [
        {
          message: 'deploy.problem.noInstanceCapacity',
          fix: 'deploy.fix.noInstanceCapacity',
          params: { memoryMb: 1024, taskMb: 512, byMemory: 2 },
        },
      ],
    },
    {
      name: 'EC2 launch type with a static host port',
      design: makeDesign([
        ...vpcNetwork(),
        ec2({ containerInstanceType: 't3.small', containerInstanceCount: 2, hostPort: 8080 }),
      ]),
      errors: [
        { message: 'deploy.problem.hostPort', fix: 'deploy.fix.hostPort', params: { hostPort: 8080 } },
      ],
    },
    {
      name: 'EC2 launch type with an instance type of unknown size',
      design: makeDesign([...vpcNetwork(), ec2({ containerInstanceType: 'z9.mega' })]),
      errors: [{ message: 'deploy.problem.unknownInstanceType', fix: 'deploy.fix.unknownInstanceType' }],
    },
    {
      name: 'one task, minimum healthy 0%: the service stops serving',
      design: makeDesign([
        ...vpcNetwork(),
        service({ desiredCount: 1, minimumHealthyPercent: 0, maximumPercent: 100 }),
      ]),
      errors: [{ message: 'deploy.problem.notServing', resources: ['web'], fix: 'deploy.fix.notServing' }],
    },
    {
      name: 'deploys today, but auto scaling to 8 needs 16 addresses with the surge: 14 slots',
      design: makeDesign([...smallSubnets(4), service({ desiredCount: 2, autoScalingMax: 8 })]),
      errors: [
        {
          message: 'scaling.problem.noRoomAtMax',
          resources: ['web', 'privA', 'privB'],
          fix: 'scaling.fix.noRoomAtMax',
          params: { max: 8, needed: 16, slots: 14 },
        },
      ],
    },
    {
      name: 'blue/green without rollback: a failing new version keeps its traffic',
      design: makeDesign([
        ...vpcNetwork(),
        service({ deploymentStrategy: 'blue-green', rollbackOnFailure: false }),
      ]),
      errors: [
        { message: 'deploy.problem.greenFailing', resources: ['web'], fix: 'deploy.fix.greenFailing' },
      ],
    },
  ],
});
