import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/route-table-unassociated';
import { design, network } from './fixtures';
import { testRule } from './rule-tester';

const spare = (main?: boolean): Resource =>
  ({ id: 'rtSpare', type: 'route-table', parent: 'vpc1', props: { main, routes: [] } }) as Resource;

testRule(rule, {
  valid: [
    { name: 'every table used by a subnet', design: design(network()) },
    { name: 'an unassociated main table', design: design([...network(), spare(true)]) },
  ],
  invalid: [
    {
      name: 'a table no subnet uses',
      design: design([...network(), spare()]),
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
