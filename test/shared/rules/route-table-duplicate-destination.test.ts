import rule from '../../../shared/rules/route-table-duplicate-destination';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'one route per destination', design: makeDesign(vpcNetwork()) },
    {
      name: 'overlapping but different destinations',
      design: makeDesign(
        withProps(vpcNetwork(), 'rtPrivA', {
          routes: [
            { destination: '0.0.0.0/0', target: 'natA' },
            { destination: '0.0.0.0/1', target: 'natB' },
          ],
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'two default routes',
      design: makeDesign(
        withProps(vpcNetwork(), 'rtPrivA', {
          routes: [
            { destination: '0.0.0.0/0', target: 'natA' },
            { destination: '0.0.0.0/0', target: 'natB' },
          ],
        }),
      ),
      errors: [
        {
          message: 'rules.route-table-duplicate-destination.duplicate',
          resources: ['rtPrivA'],
          fix: 'rules.route-table-duplicate-destination.fix',
          params: { destination: '0.0.0.0/0', first: 'natA', second: 'natB' },
        },
      ],
    },
  ],
});
