import rule from '../../../shared/rules/fan-out-through-sns';
import { makeDesign, fn, link, queue, topic } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'SNS fan-out to a queue per consumer',
      design: makeDesign(
        [fn('orders'), topic('placed'), queue('billing'), queue('shipping')],
        [
          link('c1', 'orders', 'placed', { kind: 'publish' }),
          link('c2', 'placed', 'billing', { kind: 'subscribe' }),
          link('c3', 'placed', 'shipping', { kind: 'subscribe' }),
        ],
      ),
    },
    {
      name: 'one consumer, plus a network call that is not an event',
      design: makeDesign(
        [fn('orders'), queue('billing'), { id: 'ledger', type: 'dynamodb-table', props: {} }],
        [link('c1', 'orders', 'billing', { kind: 'publish' }), link('c2', 'orders', 'ledger')],
      ),
    },
  ],
  invalid: [
    {
      name: 'a function publishing straight to two queues',
      design: makeDesign(
        [fn('orders', {}), queue('billing'), queue('shipping')],
        [
          link('c1', 'orders', 'billing', { kind: 'publish' }),
          link('c2', 'orders', 'shipping', { kind: 'publish' }),
        ],
      ),
      errors: [
        {
          message: 'rules.fan-out-through-sns.direct',
          resources: ['orders', 'billing', 'shipping'],
          fix: 'rules.fan-out-through-sns.fix',
          params: { count: 2, consumers: 'billing, shipping' },
        },
      ],
    },
  ],
});
