import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/security-groups-per-interface';
import { makeDesign, vpcNetwork, service } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const groups = (count: number) => Array.from({ length: count }, (_, i) => `sg${i}`);
const groupResources = (count: number): Resource[] =>
  groups(count).map(
    (id) => ({ id, type: 'security-group', parent: 'vpc1', props: { inbound: [] } }) as Resource,
  );
const instance = (count: number): Resource =>
  ({
    id: 'box',
    type: 'ec2-instance',
    parent: 'privA',
    props: { securityGroups: groups(count) },
  }) as Resource;

testRule(rule, {
  valid: [
    {
      name: 'five groups on a service',
      design: makeDesign([...vpcNetwork(), ...groupResources(5), service({ securityGroups: groups(5) })]),
    },
    {
      name: 'five groups on an instance',
      design: makeDesign([...vpcNetwork(), ...groupResources(5), instance(5)]),
    },
  ],
  invalid: [
    {
      name: 'six groups on an ECS service',
      design: makeDesign([...vpcNetwork(), ...groupResources(6), service({ securityGroups: groups(6) })]),
      errors: [
        {
          message: 'rules.security-groups-per-interface.tooMany',
          resources: ['web'],
          fix: 'rules.security-groups-per-interface.fix',
          params: { count: 6, max: 5 },
        },
      ],
    },
    {
      name: 'six groups on an instance: within a raised quota',
      design: makeDesign([...vpcNetwork(), ...groupResources(6), instance(6)]),
      errors: [
        {
          message: 'rules.security-groups-per-interface.quota',
          severity: 'warning',
          resources: ['box'],
          fix: 'rules.security-groups-per-interface.quotaFix',
          params: { count: 6, max: 5, raised: 16 },
        },
      ],
    },
    {
      name: 'seventeen groups on an instance',
      design: makeDesign([...vpcNetwork(), ...groupResources(17), instance(17)]),
      errors: [{ message: 'rules.security-groups-per-interface.tooMany', params: { count: 17, max: 16 } }],
    },
  ],
});
