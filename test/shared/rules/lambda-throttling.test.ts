import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/lambda-throttling';
import { fn, link, makeDesign, queue } from '../../fixtures/designs';
import { describe, expect, it } from 'vitest';
import { findingToJson, runRule } from '../../../shared/rules/index';
import { testRule } from './rule-tester';

const api: Resource = { id: 'api', type: 'api-gateway', props: { apiType: 'http' } } as Resource;
const viaApi = link('c1', 'api', 'orders', { kind: 'invoke' });
const viaQueue = link('c2', 'jobs', 'orders', { kind: 'trigger' });
/** 500 requests/s x 120 ms = 60 concurrent executions at the peak. */
const burst = { peakRequestsPerSec: 500, avgDurationMs: 120 };

testRule(rule, {
  valid: [
    {
      name: 'a burst that fits its reserved concurrency (60 of 60)',
      design: makeDesign([api, fn('orders', { ...burst, reservedConcurrency: 60 })], [viaApi]),
    },
    {
      name: 'unreserved functions whose bursts fit the account limit together',
      design: makeDesign([
        fn('a', { peakRequestsPerSec: 4000, avgDurationMs: 100 }),
        fn('b', { peakRequestsPerSec: 5000, avgDurationMs: 100 }),
      ]),
    },
    {
      name: 'a raised Regional limit (assumptions.lambdaConcurrencyLimit) holds the burst',
      design: {
        ...makeDesign([fn('a', { peakRequestsPerSec: 3000, avgDurationMs: 1000 })]),
        assumptions: { lambdaConcurrencyLimit: 3000 },
      },
    },
  ],
  invalid: [
    {
      name: 'API Gateway caller, reserved concurrency too low: 429 at once',
      design: makeDesign([api, fn('orders', { ...burst, reservedConcurrency: 10 })], [viaApi]),
      errors: [
        {
          message: 'rules.lambda-throttling.reserved',
          resources: ['orders'],
          fix: 'rules.lambda-throttling.reservedFix',
          params: { demand: 60, reserved: 10, rps: 500, durationMs: 120 },
        },
      ],
    },
    {
      name: 'SQS trigger, reserved concurrency too low: the queue backs up',
      design: makeDesign([queue('jobs'), fn('orders', { ...burst, reservedConcurrency: 10 })], [viaQueue]),
      errors: [{ message: 'rules.lambda-throttling.reserved' }],
    },
    {
      name: 'both callers: the message tells them apart',
      design: makeDesign(
        [api, queue('jobs'), fn('orders', { ...burst, reservedConcurrency: 10 })],
        [viaApi, viaQueue],
      ),
      errors: [{ message: 'rules.lambda-throttling.reserved' }],
    },
    {
      name: 'unreserved bursts above what the reservations leave of the account limit',
      design: makeDesign(
        [
          api,
          fn('orders', { peakRequestsPerSec: 5000, avgDurationMs: 150 }),
          fn('reports', { reservedConcurrency: 400 }),
        ],
        [link('c1', 'api', 'orders', { kind: 'invoke' })],
      ),
      errors: [
        {
          message: 'rules.lambda-throttling.account',
          resources: ['orders'],
          fix: 'rules.lambda-throttling.accountFix',
          params: { demand: 750, pool: 600, limit: 1000 },
        },
      ],
    },
  ],
});

/** The message says what the callers see, in the reader's language. */
describe('lambda-throttling messages by caller', () => {
  const said = (design: ReturnType<typeof makeDesign>, locale: 'en' | 'ko') =>
    runRule(rule, design).map((finding) => findingToJson(finding, locale).message);
  const low = fn('orders', { ...burst, reservedConcurrency: 10 });

  it('API Gateway callers get 429 at once', () => {
    const [en] = said(makeDesign([api, low], [viaApi]), 'en');
    expect(en).toContain('needs 60 concurrent executions at its peak (500 requests/s x 120 ms)');
    expect(en).toContain('HTTP 429 (TooManyRequestsException) at once');
    expect(said(makeDesign([api, low], [viaApi]), 'ko')[0]).toContain('HTTP 429');
  });

  it('an SQS trigger backs up and retries instead', () => {
    const [en] = said(makeDesign([queue('jobs'), low], [viaQueue]), 'en');
    expect(en).toContain('an SQS trigger backs up instead of failing');
    expect(en).not.toContain('429');
    expect(said(makeDesign([queue('jobs'), low], [viaQueue]), 'ko')[0]).toContain(
      'SQS 트리거는 실패하지 않고 밀립니다',
    );
  });

  it('both kinds of caller: one sentence naming each', () => {
    const [en] = said(makeDesign([api, queue('jobs'), low], [viaApi, viaQueue]), 'en');
    expect(en).toContain('HTTP 429 at once, while its SQS trigger backs up');
  });
});
