import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/interface-endpoint-dns-conflict';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

function endpoint(id: string, props: Record<string, unknown> = {}): Resource {
  return {
    id,
    type: 'vpc-endpoint',
    parent: 'vpc1',
    props: { service: 'sqs', endpointType: 'interface', subnets: ['privA', 'privB'], ...props },
  } as Resource;
}

testRule(rule, {
  valid: [
    {
      name: 'one endpoint per service',
      design: makeDesign([...vpcNetwork(), endpoint('sqs1'), endpoint('sns1', { service: 'sns' })]),
    },
    {
      name: 'a second endpoint with private DNS off',
      design: makeDesign([...vpcNetwork(), endpoint('sqs1'), endpoint('sqs2', { privateDns: false })]),
    },
  ],
  invalid: [
    {
      name: 'two SQS endpoints with private DNS on in one VPC',
      design: makeDesign([...vpcNetwork(), endpoint('sqs1'), endpoint('sqs2')]),
      errors: [
        {
          message: 'rules.interface-endpoint-dns-conflict.conflict',
          resources: ['sqs2', 'sqs1'],
          fix: 'rules.interface-endpoint-dns-conflict.fix',
          params: { endpoint: 'sqs2', other: 'sqs1', service: 'sqs', vpc: 'vpc1' },
        },
      ],
    },
  ],
});
