import rule from '../../../shared/rules/transit-gateway-attachment-subnets';
import { withProps } from '../../fixtures/designs';
import { hubAndSpoke } from '../network/multi-vpc-fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [{ name: 'one subnet per AZ, every AZ covered', design: hubAndSpoke() }],
  invalid: [
    {
      name: 'two subnets of one AZ',
      design: withProps(hubAndSpoke(), 'att1', { subnets: ['s1TgwA', 's1App', 's1TgwB'] }),
      errors: [
        {
          message: 'rules.transit-gateway-attachment-subnets.sameAz',
          resources: ['att1', 's1App', 's1TgwA'],
          fix: 'rules.transit-gateway-attachment-subnets.sameAzFix',
          params: { az: 'a' },
        },
      ],
    },
    {
      name: 'a subnet of another VPC',
      design: withProps(hubAndSpoke(), 'att1', { subnets: ['s1TgwA', 's1TgwB', 's2TgwA'] }),
      errors: [
        {
          message: 'rules.transit-gateway-attachment-subnets.otherVpc',
          resources: ['att1', 's2TgwA'],
          fix: 'rules.transit-gateway-attachment-subnets.otherVpcFix',
        },
      ],
    },
    {
      name: 'an AZ of the VPC without an attachment subnet',
      design: withProps(hubAndSpoke(), 'att1', { subnets: ['s1TgwA'] }),
      errors: [
        {
          message: 'rules.transit-gateway-attachment-subnets.missingAz',
          resources: ['att1'],
          fix: 'rules.transit-gateway-attachment-subnets.missingAzFix',
          severity: 'warning',
          params: { azs: 'b' },
        },
      ],
    },
  ],
});
