import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/rds-subnet-group-azs';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

function db(fields: Partial<Resource> & { props?: Record<string, unknown> }): Resource {
  return {
    id: 'db',
    type: 'rds-instance',
    parent: 'vpc1',
    ...fields,
    props: { securityGroups: [], ...fields.props },
  } as Resource;
}

testRule(rule, {
  valid: [
    {
      name: 'a subnet group over two zones',
      design: makeDesign([...vpcNetwork(), db({ props: { subnets: ['privA', 'privB'] } })]),
    },
  ],
  invalid: [
    {
      name: 'two subnets of one zone',
      design: makeDesign([...vpcNetwork(), db({ props: { subnets: ['pubA', 'privA'] } })]),
      errors: [
        {
          message: 'rules.rds-subnet-group-azs.tooFewAzs',
          resources: ['db', 'pubA', 'privA'],
          fix: 'rules.rds-subnet-group-azs.fix',
          params: { count: 1, azs: 'a' },
        },
      ],
    },
    {
      name: 'a database drawn in one subnet',
      design: makeDesign([...vpcNetwork(), db({ parent: 'privA' })]),
      errors: [{ message: 'rules.rds-subnet-group-azs.tooFewAzs', resources: ['db', 'privA'] }],
    },
  ],
});
