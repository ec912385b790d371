import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/sns-fifo-subscribers';
import { makeDesign, fn, link, queue, topic } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const bucket: Resource = { id: 'bucket', type: 's3-bucket', props: {} };

testRule(rule, {
  valid: [
    {
      name: 'a FIFO topic delivering to FIFO and standard queues',
      design: makeDesign(
        [topic('t', { fifo: true }), queue('q1', { fifo: true }), queue('q2')],
        [link('c1', 't', 'q1'), link('c2', 't', 'q2')],
      ),
    },
    {
      name: 'a standard topic delivers to anything',
      design: makeDesign(
        [topic('t', { emailSubscriptions: 3 }), fn('f'), bucket],
        [link('c1', 't', 'f'), link('c2', 'bucket', 't')],
      ),
    },
  ],
  invalid: [
    {
      name: 'a FIFO topic with a Lambda subscriber',
      design: makeDesign([topic('t', { fifo: true }), fn('f')], [link('c1', 't', 'f')]),
      errors: [
        {
          message: 'rules.sns-fifo-subscribers.subscriber',
          resources: ['c1', 't', 'f'],
          fix: 'rules.sns-fifo-subscribers.fix',
          params: { topic: 't', target: 'f' },
        },
      ],
    },
    {
      name: 'a FIFO topic with email subscriptions',
      design: makeDesign([topic('t', { fifo: true, emailSubscriptions: 2 })]),
      errors: [{ message: 'rules.sns-fifo-subscribers.email', resources: ['t'], params: { count: 2 } }],
    },
    {
      name: 'S3 events sent to a FIFO topic',
      design: makeDesign([topic('t', { fifo: true }), bucket], [link('c1', 'bucket', 't')]),
      errors: [
        {
          message: 'rules.sns-fifo-subscribers.fromS3',
          resources: ['c1', 'bucket', 't'],
          fix: 'rules.sns-fifo-subscribers.fromS3Fix',
        },
      ],
    },
  ],
});
