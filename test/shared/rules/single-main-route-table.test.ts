import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/single-main-route-table';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const main = (id: string): Resource => ({
  id,
  type: 'route-table',
  parent: 'vpc1',
  props: { main: true, routes: [] },
});

testRule(rule, {
  valid: [
    { name: 'no table marked main', design: makeDesign(vpcNetwork()) },
    { name: 'one main table', design: makeDesign([...vpcNetwork(), main('rtMain')]) },
  ],
  invalid: [
    {
      name: 'two main tables',
      design: makeDesign([...withProps(vpcNetwork(), 'rtPublic', { main: true }), main('rtMain')]),
      errors: [
        {
          message: 'rules.single-main-route-table.several',
          resources: ['vpc1', 'rtPublic', 'rtMain'],
          fix: 'rules.single-main-route-table.fix',
          params: { count: 2, keep: 'rtPublic' },
        },
      ],
    },
  ],
});
