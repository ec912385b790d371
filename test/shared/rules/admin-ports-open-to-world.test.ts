import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/admin-ports-open-to-world';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

function group(inbound: unknown[]): Resource {
  return {
    id: 'sgAdmin',
    type: 'security-group',
    name: 'Admin',
    parent: 'vpc1',
    props: { inbound },
  } as Resource;
}

testRule(rule, {
  valid: [
    { name: 'HTTPS open to the world', design: makeDesign(vpcNetwork()) },
    {
      name: 'SSH from the office only',
      design: makeDesign([
        ...vpcNetwork(),
        group([{ protocol: 'tcp', ports: '22', peer: '203.0.113.0/24' }]),
      ]),
    },
    {
      name: 'UDP on every port is not SSH',
      design: makeDesign([...vpcNetwork(), group([{ protocol: 'udp', peer: '0.0.0.0/0' }])]),
    },
  ],
  invalid: [
    {
      name: 'SSH open to 0.0.0.0/0',
      design: makeDesign([...vpcNetwork(), group([{ protocol: 'tcp', ports: '22', peer: '0.0.0.0/0' }])]),
      errors: [
        {
          message: 'rules.admin-ports-open-to-world.open',
          resources: ['sgAdmin'],
          fix: 'rules.admin-ports-open-to-world.fix',
          params: { group: 'Admin', port: 22, service: 'SSH' },
        },
      ],
    },
    {
      name: 'every protocol open covers SSH and RDP',
      design: makeDesign([...vpcNetwork(), group([{ protocol: 'all', peer: '0.0.0.0/0' }])]),
      errors: [
        { message: 'rules.admin-ports-open-to-world.open', params: { port: 22 } },
        { message: 'rules.admin-ports-open-to-world.open', params: { port: 3389, service: 'RDP' } },
      ],
    },
    {
      name: 'a port range that includes 3389',
      design: makeDesign([
        ...vpcNetwork(),
        group([{ protocol: 'tcp', ports: '3000-4000', peer: '0.0.0.0/0' }]),
      ]),
      errors: [{ message: 'rules.admin-ports-open-to-world.open', params: { port: 3389 } }],
    },
  ],
});
