import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/gateway-endpoint-service';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

function endpoint(service: string, endpointType: 'gateway' | 'interface'): Resource {
  return {
    id: 'vpce',
    type: 'vpc-endpoint',
    parent: 'vpc1',
    props: { service, endpointType, routeTables: ['rtPrivA'] },
  };
}

testRule(rule, {
  valid: [
    { name: 'an S3 gateway endpoint', design: makeDesign(vpcNetwork()) },
    {
      name: 'a DynamoDB gateway endpoint',
      design: makeDesign([...vpcNetwork(), endpoint('dynamodb', 'gateway')]),
    },
    {
      name: 'an SQS interface endpoint',
      design: makeDesign([...vpcNetwork(), endpoint('sqs', 'interface')]),
    },
  ],
  invalid: [
    {
      name: 'an SQS gateway endpoint',
      design: makeDesign([...vpcNetwork(), endpoint('sqs', 'gateway')]),
      errors: [
        {
          message: 'rules.gateway-endpoint-service.unsupported',
          resources: ['vpce'],
          fix: 'rules.gateway-endpoint-service.fix',
          params: { service: 'sqs' },
        },
      ],
    },
  ],
});
