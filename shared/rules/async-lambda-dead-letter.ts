/**
 * SNS, S3 and EventBridge invoke Lambda asynchronously: an event that still fails after the
 * two automatic retries is dropped unless the function has a dead-letter target.
 */
import type { ResourceType } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const ASYNC_SOURCES: ReadonlySet<ResourceType> = new Set(['sns-topic', 's3-bucket', 'eventbridge-bus']);

const rule: Rule = {
  meta: {
    id: 'async-lambda-dead-letter',
    severity: 'warning',
    category: 'serverless',
    docs: { description: 'rules.async-lambda-dead-letter.description' },
    messages: ['rules.async-lambda-dead-letter.missing', 'rules.async-lambda-dead-letter.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const fn of index.ofType('lambda-function')) {
      if (fn.props.deadLetterTarget !== undefined) continue;
      const source = index
        .incoming(fn.id)
        .map((connection) => index.get(connection.from))
        .find((from) => from !== undefined && ASYNC_SOURCES.has(from.type));
      if (!source) continue;
      ctx.report({
        resources: [fn.id, source.id],
        message: 'rules.async-lambda-dead-letter.missing',
        params: { fn: index.label(fn.id), source: index.label(source.id) },
        fix: 'rules.async-lambda-dead-letter.fix',
      });
    }
  },
};

export default rule;
