import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/database-internet-reachable';
import { makeDesign, link, vpcNetwork, without } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const sgDb = (peer: string): Resource => ({
  id: 'sgDb',
  type: 'security-group',
  name: 'DB group',
  parent: 'vpc1',
  props: { inbound: [{ protocol: 'tcp', ports: '5432', peer }] },
});
const db = (props: Record<string, unknown> = {}): Resource =>
  ({
    id: 'db1',
    type: 'rds-instance',
    parent: 'vpc1',
    name: 'Orders DB',
    props: { engine: 'postgres', subnets: ['pubA', 'pubB'], securityGroups: ['sgDb'], ...props },
  }) as Resource;

testRule(rule, {
  valid: [
    {
      name: 'public subnets and public access, but the group admits only the VPC',
      design: makeDesign([...vpcNetwork(), sgDb('10.0.0.0/16'), db({ publiclyAccessible: true })]),
    },
    {
      name: 'open group and public subnets, but no public address',
      design: makeDesign([...vpcNetwork(), sgDb('0.0.0.0/0'), db()]),
    },
  ],
  invalid: [
    {
      name: 'a publicly accessible database open to 0.0.0.0/0',
      design: makeDesign([...vpcNetwork(), sgDb('0.0.0.0/0'), db({ publiclyAccessible: true })]),
      errors: [
        {
          message: 'rules.database-internet-reachable.reachable',
          resources: ['db1'],
          fix: 'rules.database-internet-reachable.fix',
          params: { db: 'Orders DB', port: 5432, group: 'DB group' },
        },
      ],
    },
    {
      name: 'the same exposure in a design without an internet node',
      design: makeDesign([
        ...without(vpcNetwork(), 'internet'),
        sgDb('0.0.0.0/0'),
        db({ publiclyAccessible: true }),
      ]),
      errors: [{ message: 'rules.database-internet-reachable.reachable', resources: ['db1'] }],
    },
    {
      name: 'a drawn connection from the internet is reused',
      design: makeDesign(
        [...vpcNetwork(), sgDb('0.0.0.0/0'), db({ publiclyAccessible: true })],
        [link('c1', 'internet', 'db1', { protocol: 'tcp', port: 5432 })],
      ),
      errors: [{ message: 'rules.database-internet-reachable.reachable', resources: ['db1'] }],
    },
  ],
});
