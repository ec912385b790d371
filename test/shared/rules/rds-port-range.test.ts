import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/rds-port-range';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

function db(props: Record<string, unknown> = {}): Resource {
  return {
    id: 'db',
    type: 'rds-instance',
    parent: 'vpc1',
    props: { subnets: ['privA', 'privB'], securityGroups: [], ...props },
  } as Resource;
}

testRule(rule, {
  valid: [
    { name: 'the default port', design: makeDesign([...vpcNetwork(), db()]) },
    {
      name: 'PostgreSQL on 5432',
      design: makeDesign([...vpcNetwork(), db({ engine: 'postgres', port: 5432 })]),
    },
    { name: 'the lowest port RDS accepts', design: makeDesign([...vpcNetwork(), db({ port: 1150 })]) },
  ],
  invalid: [
    {
      name: 'port 443',
      design: makeDesign([...vpcNetwork(), db({ port: 443 })]),
      errors: [
        {
          message: 'rules.rds-port-range.outOfRange',
          resources: ['db'],
          fix: 'rules.rds-port-range.fix',
          params: { port: 443, min: 1150, max: 65535, engine: 'mysql' },
        },
      ],
    },
  ],
});
