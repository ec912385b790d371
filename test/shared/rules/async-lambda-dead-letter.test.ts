import rule from '../../../shared/rules/async-lambda-dead-letter';
import { makeDesign, fn, link, queue, topic } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const subscribe = link('c1', 'orders', 'handler', { kind: 'subscribe' });

testRule(rule, {
  valid: [
    {
      name: 'an SNS-triggered function with a dead-letter queue',
      design: makeDesign(
        [topic('orders'), queue('dlq'), fn('handler', { deadLetterTarget: 'dlq' })],
        [subscribe],
      ),
    },
    {
      name: 'a function invoked synchronously by API Gateway',
      design: makeDesign(
        [{ id: 'api', type: 'api-gateway', props: { apiType: 'http' } }, fn('handler')],
        [link('c1', 'api', 'handler', { kind: 'invoke' })],
      ),
    },
    {
      name: 'a function polling a queue (errors stay in the queue)',
      design: makeDesign(
        [queue('jobs'), fn('handler')],
        [link('c1', 'jobs', 'handler', { kind: 'trigger' })],
      ),
    },
  ],
  invalid: [
    {
      name: 'an SNS subscriber without a dead-letter target',
      design: makeDesign([topic('orders'), fn('handler', {})], [subscribe]),
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
      design: makeDesign(
        [{ id: 'uploads', type: 's3-bucket', props: {} }, fn('thumbs')],
        [link('c1', 'uploads', 'thumbs', { kind: 'trigger' })],
      ),
      errors: [{ message: 'rules.async-lambda-dead-letter.missing', resources: ['thumbs', 'uploads'] }],
    },
  ],
});
