import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/interface-endpoint-subnet-per-az';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

function endpoint(subnets: string[]): Resource {
  return {
    id: 'sqsE',
    type: 'vpc-endpoint',
    parent: 'vpc1',
    props: { service: 'sqs', endpointType: 'interface', subnets },
  };
}

testRule(rule, {
  valid: [
    {
      name: 'one subnet in each of two zones',
      design: makeDesign([...vpcNetwork(), endpoint(['privA', 'privB'])]),
    },
    {
      name: 'a gateway endpoint has no subnets to check',
      design: makeDesign(vpcNetwork()),
    },
  ],
  invalid: [
    {
      name: 'two subnets of zone a',
      design: makeDesign([...vpcNetwork(), endpoint(['pubA', 'privA', 'privB'])]),
      errors: [
        {
          message: 'rules.interface-endpoint-subnet-per-az.sameAz',
          resources: ['sqsE', 'pubA', 'privA'],
          fix: 'rules.interface-endpoint-subnet-per-az.fix',
          params: { az: 'a', subnets: 'pubA, privA' },
        },
      ],
    },
  ],
});
