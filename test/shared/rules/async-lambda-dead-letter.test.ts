import rule from '../../../shared/rules/async-lambda-dead-letter';
import { design, fn, link, queue, topic } from './fixtures';
import { testRule } from './rule-tester';

const subscribe = link('c1', 'orders', 'handler', { kind: 'subscribe' });

testRule(rule, {
  valid: [
    {
      name: 'an SNS-triggered function with a dead-letter queue',
      design: design(
        [topic('orders'), queue('dlq'), fn('handler', { deadLetterTarget: 'dlq' })],
        [subscribe],
      ),
    },
    {
      name: 'a function invoked synchronously by API Gateway',
      design: design(
        [{ id: 'api', type: 'api-gateway', props: { apiType: 'http' } }, fn('handler')],
        [link('c1', 'api', 'handler', { kind: 'invoke' })],
      ),
    },
    {
      name: 'a function polling a queue (errors stay in the queue)',
      design: design([queue('jobs'), fn('handler')], [link('c1', 'jobs', 'handler', { kind: 'trigger' })]),
    },
  ],
  invalid: [
    {
      name: 'an SNS subscriber without a dead-letter target',
      design: design([topic('orders'), fn('handler', {})], [subscribe]),
      errors: [
        {
          message: 'rules.async-lambda-dead-letter.missing',
          resources: ['handler', 'orders'],
          fix: 'rules.async-lambda-dead-letter.fix',
          params: { fn: 'handler', source: 'orders' },
        },
      ],
    },
    {
      name: 'an S3 event handler without a dead-letter target',
      design: design(
        [{ id: 'uploads', type: 's3-bucket', props: {} }, fn('thumbs')],
        [link('c1', 'uploads', 'thumbs', { kind: 'trigger' })],
      ),
      errors: [{ message: 'rules.async-lambda-dead-letter.missing', resources: ['thumbs', 'uploads'] }],
    },
  ],
});
