import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/gateway-endpoint-service';
import { design, network } from './fixtures';
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
    { name: 'an S3 gateway endpoint', design: design(network()) },
    { name: 'a DynamoDB gateway endpoint', design: design([...network(), endpoint('dynamodb', 'gateway')]) },
    { name: 'an SQS interface endpoint', design: design([...network(), endpoint('sqs', 'interface')]) },
  ],
  invalid: [
    {
      name: 'an SQS gateway endpoint',
      design: design([...network(), endpoint('sqs', 'gateway')]),
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
