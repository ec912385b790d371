import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/endpoint-without-association';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const sqsEndpoint = (subnets: string[]): Resource => ({
  id: 'sqsE',
  type: 'vpc-endpoint',
  parent: 'vpc1',
  props: { service: 'sqs', endpointType: 'interface', subnets, securityGroups: ['sgApp'] },
});

testRule(rule, {
  valid: [
    { name: 'a gateway endpoint with route tables', design: makeDesign(vpcNetwork()) },
    {
      name: 'an interface endpoint with subnets',
      design: makeDesign([...vpcNetwork(), sqsEndpoint(['privA', 'privB'])]),
    },
  ],
  invalid: [
    {
      name: 'a gateway endpoint with no route table',
      design: makeDesign(withProps(vpcNetwork(), 's3Endpoint', { routeTables: [] })),
      errors: [
        {
          message: 'rules.endpoint-without-association.noRouteTables',
          resources: ['s3Endpoint'],
          fix: 'rules.endpoint-without-association.noRouteTablesFix',
          params: { service: 's3' },
        },
      ],
    },
    {
      name: 'an interface endpoint with no subnet',
      design: makeDesign([...vpcNetwork(), sqsEndpoint([])]),
      errors: [
        {
          message: 'rules.endpoint-without-association.noSubnets',
          resources: ['sqsE'],
          fix: 'rules.endpoint-without-association.noSubnetsFix',
        },
      ],
    },
  ],
});
