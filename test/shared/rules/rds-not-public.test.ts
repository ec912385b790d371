import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/rds-not-public';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const db = (props: Record<string, unknown> = {}): Resource =>
  ({
    id: 'db1',
    type: 'rds-instance',
    parent: 'vpc1',
    props: { subnets: ['privA', 'privB'], securityGroups: ['sgApp'], ...props },
  }) as Resource;

testRule(rule, {
  valid: [{ name: 'a private database', design: makeDesign([...vpcNetwork(), db()]) }],
  invalid: [
    {
      name: 'a publicly accessible database in public subnets',
      design: makeDesign([...vpcNetwork(), db({ publiclyAccessible: true, subnets: ['pubA', 'privB'] })]),
      errors: [
        {
          message: 'rules.rds-not-public.publiclyAccessible',
          resources: ['db1'],
          fix: 'rules.rds-not-public.publiclyAccessibleFix',
        },
        {
          message: 'rules.rds-not-public.publicSubnet',
          resources: ['db1', 'pubA'],
          fix: 'rules.rds-not-public.publicSubnetFix',
          params: { subnets: 'pubA' },
        },
      ],
    },
  ],
});
