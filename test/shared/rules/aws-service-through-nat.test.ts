import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/aws-service-through-nat';
import { makeDesign, link, vpcNetwork, service, without } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const bucket: Resource = { id: 'assets', type: 's3-bucket', name: 'Assets', props: {} };
const table: Resource = { id: 'orders', type: 'dynamodb-table', props: {} };
const toBucket = link('c1', 'web', 'assets', { protocol: 'tcp', port: 443 });

testRule(rule, {
  valid: [
    {
      name: 'S3 through the gateway endpoint',
      design: makeDesign([...vpcNetwork(), service(), bucket], [toBucket]),
    },
    {
      name: 'no traffic to S3 or DynamoDB',
      design: makeDesign([...without(vpcNetwork(), 's3Endpoint'), service(), bucket]),
    },
  ],
  invalid: [
    {
      name: 'S3 and DynamoDB through the NAT gateways',
      design: makeDesign(
        [...without(vpcNetwork(), 's3Endpoint'), service(), bucket, table],
        [toBucket, link('c2', 'web', 'orders', { protocol: 'tcp', port: 443 })],
      ),
      errors: [
        {
          message: 'rules.aws-service-through-nat.viaNat',
          resources: ['c1', 'natA', 'privA'],
          fix: 'rules.aws-service-through-nat.fix',
          params: { client: 'web', target: 'Assets', nat: 'natA', service: 's3', table: 'rtPrivA' },
        },
        { message: 'rules.aws-service-through-nat.viaNat', resources: ['c1', 'natB', 'privB'] },
        {
          message: 'rules.aws-service-through-nat.viaNat',
          resources: ['c2', 'natA', 'privA'],
          params: { service: 'dynamodb' },
        },
        { message: 'rules.aws-service-through-nat.viaNat', resources: ['c2', 'natB', 'privB'] },
      ],
    },
  ],
});
