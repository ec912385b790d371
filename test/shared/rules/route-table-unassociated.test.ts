import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/route-table-unassociated';
import { makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const spare = (main?: boolean): Resource =>
  ({ id: 'rtSpare', type: 'route-table', parent: 'vpc1', props: { main, routes: [] } }) as Resource;

testRule(rule, {
  valid: [
    { name: 'every table used by a subnet', design: makeDesign(vpcNetwork()) },
    { name: 'an unassociated main table', design: makeDesign([...vpcNetwork(), spare(true)]) },
  ],
  invalid: [
    {
      name: 'a table no subnet uses',
      design: makeDesign([...vpcNetwork(), spare()]),
      errors: [
        {
          message: 'rules.route-table-unassociated.unused',
          resources: ['rtSpare'],
          fix: 'rules.route-table-unassociated.fix',
        },
      ],
    },
  ],
});
