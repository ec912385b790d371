import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/single-main-route-table';
import { design, network, withProps } from './fixtures';
import { testRule } from './rule-tester';

const main = (id: string): Resource => ({
  id,
  type: 'route-table',
  parent: 'vpc1',
  props: { main: true, routes: [] },
});

testRule(rule, {
  valid: [
    { name: 'no table marked main', design: design(network()) },
    { name: 'one main table', design: design([...network(), main('rtMain')]) },
  ],
  invalid: [
    {
      name: 'two main tables',
      design: design([...withProps(network(), 'rtPub', { main: true }), main('rtMain')]),
      errors: [
        {
          message: 'rules.single-main-route-table.several',
          resources: ['vpc1', 'rtPub', 'rtMain'],
          fix: 'rules.single-main-route-table.fix',
          params: { count: 2, keep: 'rtPub' },
        },
      ],
    },
  ],
});
