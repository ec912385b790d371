import rule from '../../../shared/rules/security-group-prefix-list';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const outTo = (peer: string) =>
  makeDesign(withProps(vpcNetwork(), 'sgApp', { outbound: [{ protocol: 'tcp', ports: '443', peer }] }));

testRule(rule, {
  valid: [
    { name: 'the S3 list by Skyplan name', design: outTo('pl-s3') },
    { name: 'the DynamoDB list by AWS name', design: outTo('com.amazonaws.us-east-1.dynamodb') },
    { name: 'a CIDR', design: outTo('0.0.0.0/0') },
  ],
  invalid: [
    {
      name: 'a customer-managed list',
      design: outTo('pl-0a1b2c3d'),
      errors: [
        {
          message: 'rules.security-group-prefix-list.unknown',
          resources: ['sgApp'],
          fix: 'rules.security-group-prefix-list.fix',
          params: { group: 'sgApp', list: 'pl-0a1b2c3d' },
        },
      ],
    },
  ],
});
