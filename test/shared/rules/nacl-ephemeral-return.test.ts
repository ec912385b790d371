import type { NetworkAclRule, Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/nacl-ephemeral-return';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const allow = (number: number, ports: string, cidr = '0.0.0.0/0'): NetworkAclRule => ({
  rule: number,
  protocol: 'tcp',
  ports,
  cidr,
  action: 'allow',
});
const nacl = (inbound: NetworkAclRule[], outbound: NetworkAclRule[]): Resource => ({
  id: 'naclWeb',
  type: 'network-acl',
  parent: 'vpc1',
  props: { inbound, outbound },
});
const attached = (inbound: NetworkAclRule[], outbound: NetworkAclRule[]) =>
  makeDesign([...withProps(vpcNetwork(), 'pubA', { networkAcl: 'naclWeb' }), nacl(inbound, outbound)]);

testRule(rule, {
  valid: [
    {
      name: 'HTTPS in with ephemeral replies out, and HTTPS out with ephemeral replies in',
      design: attached(
        [allow(100, '443'), allow(200, '1024-65535')],
        [allow(100, '443'), allow(200, '1024-65535')],
      ),
    },
    {
      name: 'an ACL no subnet uses',
      design: makeDesign([...vpcNetwork(), nacl([allow(100, '443')], [])]),
    },
  ],
  invalid: [
    {
      name: 'HTTPS in, but only HTTPS out',
      design: attached([allow(100, '443'), allow(200, '1024-65535')], [allow(100, '443')]),
      errors: [
        {
          message: 'rules.nacl-ephemeral-return.noReturn',
          resources: ['naclWeb'],
          fix: 'rules.nacl-ephemeral-return.fix',
          params: { number: 100, ports: '443', cidr: '0.0.0.0/0' },
        },
      ],
    },
    {
      name: 'a deny before the return rule drops part of the range',
      design: attached(
        [allow(100, '443', '10.0.0.0/16'), allow(200, '1024-65535')],
        [
          { rule: 50, protocol: 'tcp', ports: '3306', cidr: '0.0.0.0/0', action: 'deny' },
          allow(100, '1024-65535'),
          allow(110, '443'),
        ],
      ),
      errors: [{ message: 'rules.nacl-ephemeral-return.noReturn', params: { cidr: '10.0.0.0/16' } }],
    },
    {
      name: 'an app port above 1023 is a request, not a reply',
      design: attached([allow(100, '8080', '10.0.0.0/16')], []),
      errors: [{ message: 'rules.nacl-ephemeral-return.noReturn', params: { ports: '8080' } }],
    },
  ],
});
