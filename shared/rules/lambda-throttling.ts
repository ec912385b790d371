/**
 * A burst the design describes (peak requests per second x average duration = concurrent
 * executions needed, Little's law) that Lambda cannot run at once is throttled. Two limits:
 * a function's reserved concurrency caps that function, and the account's Regional limit
 * (assumptions.lambdaConcurrencyLimit, 1,000 by default) minus every reservation is the pool
 * the functions without a reservation share. What a throttle does depends on the caller, and
 * the finding says it: API Gateway and other synchronous callers get HTTP 429 at once, an SQS
 * event source backs off and the messages wait in the queue (then its dead-letter queue),
 * asynchronous events are retried by Lambda for up to 6 hours. The arithmetic is the deploy
 * engine's (shared/deploy/lambda.ts), which the Deploy panel and `skyplan deploy` also show.
 */
import type { MessageKey } from '../i18n/index';
import type { ResourceOf } from '../model/types';
import { concurrencyDemand, DEFAULT_LAMBDA_CONCURRENCY_LIMIT, invocationModel } from '../deploy/lambda';
import type { InvocationModel } from '../deploy/lambda';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

type Fn = ResourceOf<'lambda-function'>;
/** Functions named in the account-wide message (all of them are in its resources). */
const NAMED = 5;

/** The sentence for what the callers see; API Gateway and SQS together get one sentence naming both. */
function effectKey(models: ReadonlySet<InvocationModel>): MessageKey {
  if (models.has('sync') && models.has('poll')) return 'rules.lambda-throttling.effect.syncAndPoll';
  if (models.has('sync') || models.size === 0) return 'rules.lambda-throttling.effect.sync';
  if (models.has('poll')) return 'rules.lambda-throttling.effect.poll';
  return 'rules.lambda-throttling.effect.async';
}

const rule: Rule = {
  meta: {
    id: 'lambda-throttling',
    severity: 'warning',
    category: 'serverless',
    docs: { description: 'rules.lambda-throttling.description' },
    messages: [
      'rules.lambda-throttling.reserved',
      'rules.lambda-throttling.reservedFix',
      'rules.lambda-throttling.account',
      'rules.lambda-throttling.accountFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const functions = index.ofType('lambda-function') as Fn[];
    if (functions.length === 0) return;
    // One pass over the connections: how each function is called.
    const models = new Map<string, Set<InvocationModel>>();
    for (const connection of ctx.design.connections) {
      const from = index.get(connection.from);
      if (!from || index.get(connection.to)?.type !== 'lambda-function') continue;
      let set = models.get(connection.to);
      if (!set) models.set(connection.to, (set = new Set()));
      set.add(invocationModel(from.type, connection.kind));
    }
    const given = ctx.design.assumptions?.lambdaConcurrencyLimit;
    const limit =
      typeof given === 'number' && Number.isFinite(given) ? given : DEFAULT_LAMBDA_CONCURRENCY_LIMIT;
    let reservedTotal = 0;
    let sharedDemand = 0;
    const sharing: { fn: Fn; demand: number }[] = [];
    const sharingModels = new Set<InvocationModel>();
    for (const fn of functions) {
      const reserved = fn.props.reservedConcurrency;
      const { peakRequestsPerSec, avgDurationMs, demand } = concurrencyDemand(fn);
      if (typeof reserved !== 'number') {
        sharedDemand += demand;
        sharing.push({ fn, demand });
        for (const model of models.get(fn.id) ?? []) sharingModels.add(model);
        continue;
      }
      reservedTotal += reserved;
      if (demand <= reserved) continue;
      ctx.report({
        resources: [fn.id],
        message: 'rules.lambda-throttling.reserved',
        params: {
          fn: index.label(fn.id),
          demand,
          rps: peakRequestsPerSec,
          durationMs: avgDurationMs,
          reserved,
        },
        nested: { effect: { key: effectKey(models.get(fn.id) ?? new Set()) } },
        fix: 'rules.lambda-throttling.reservedFix',
        fixParams: { fn: index.label(fn.id), demand },
      });
    }
    const pool = Math.max(0, limit - reservedTotal);
    if (sharing.length === 0 || sharedDemand <= pool) return;
    // The busiest functions first: they are the ones to reserve for or to shorten.
    sharing.sort((a, b) => b.demand - a.demand);
    ctx.report({
      resources: sharing.map((entry) => entry.fn.id),
      message: 'rules.lambda-throttling.account',
      params: {
        fns: [
          ...sharing.slice(0, NAMED).map((entry) => `${index.label(entry.fn.id)} ${entry.demand}`),
          ...(sharing.length > NAMED ? ['…'] : []),
        ].join(', '),
        demand: sharedDemand,
        pool,
        limit,
      },
      nested: { effect: { key: effectKey(sharingModels) } },
      fix: 'rules.lambda-throttling.accountFix',
      fixParams: { limit },
    });
  },
};

export default rule;
