import type { NetworkAclRule, Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/nacl-duplicate-rule-number';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const allow = (number: number, ports: string): NetworkAclRule => ({
  rule: number,
  protocol: 'tcp',
  ports,
  cidr: '0.0.0.0/0',
  action: 'allow',
});
const nacl = (inbound: NetworkAclRule[], outbound: NetworkAclRule[]): Resource => ({
  id: 'nacl1',
  type: 'network-acl',
  name: 'Web ACL',
  parent: 'vpc1',
  props: { inbound, outbound },
});

testRule(rule, {
  valid: [
    {
      name: 'the same number in different directions',
      design: makeDesign([...vpcNetwork(), nacl([allow(100, '443')], [allow(100, '1024-65535')])]),
    },
  ],
  invalid: [
    {
      name: 'two inbound rules numbered 100',
      design: makeDesign([
        ...vpcNetwork(),
        nacl([allow(100, '443'), allow(100, '80'), allow(100, '22')], []),
      ]),
      errors: [
        {
          message: 'rules.nacl-duplicate-rule-number.duplicate',
          resources: ['nacl1'],
          fix: 'rules.nacl-duplicate-rule-number.fix',
          params: { nacl: 'Web ACL', number: 100 },
        },
      ],
    },
  ],
});
