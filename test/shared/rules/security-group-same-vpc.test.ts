import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/security-group-same-vpc';
import { makeDesign, fn, vpcNetwork, service } from '../../fixtures/designs';
import { testRule } from './rule-tester';
import { peeredVpcs } from '../network/multi-vpc-fixtures';

const otherVpc: Resource[] = [
  { id: 'vpc2', type: 'vpc', name: 'Ops VPC', props: { cidr: '10.9.0.0/16' } },
  {
    id: 'sgOps',
    type: 'security-group',
    parent: 'vpc2',
    props: { inbound: [{ protocol: 'tcp', ports: '22', peer: '10.9.0.0/16' }] },
  },
];

testRule(rule, {
  valid: [
    { name: 'groups of the same VPC', design: makeDesign([...vpcNetwork(), service(), ...otherVpc]) },
    { name: "a rule naming a peered VPC's group", design: peeredVpcs() },
    {
      name: 'a Lambda outside any VPC names no VPC',
      design: makeDesign([...vpcNetwork(), fn('f', { securityGroups: ['sgOps'] }), ...otherVpc]),
    },
  ],
  invalid: [
    {
      name: 'a service using a group of another VPC',
      design: makeDesign([...vpcNetwork(), service({ securityGroups: ['sgApp', 'sgOps'] }), ...otherVpc]),
      errors: [
        {
          message: 'rules.security-group-same-vpc.attached',
          resources: ['web', 'sgOps'],
          fix: 'rules.security-group-same-vpc.attachedFix',
          params: { vpc: 'vpc1', group: 'sgOps', groupVpc: 'Ops VPC' },
        },
      ],
    },
    {
      name: 'a rule naming a group of another VPC',
      design: makeDesign([
        ...vpcNetwork(),
        service(),
        ...otherVpc,
        {
          id: 'sgDb',
          type: 'security-group',
          parent: 'vpc1',
          props: { inbound: [{ protocol: 'tcp', ports: '5432', peer: 'sgOps' }] },
        },
      ]),
      errors: [
        {
          message: 'rules.security-group-same-vpc.peer',
          resources: ['sgDb', 'sgOps'],
          fix: 'rules.security-group-same-vpc.peerFix',
          params: { peer: 'sgOps', peerVpc: 'Ops VPC' },
        },
      ],
    },
  ],
});
