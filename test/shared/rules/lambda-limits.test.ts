import rule from '../../../shared/rules/lambda-limits';
import { makeDesign, fn } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'defaults', design: makeDesign([fn('f')]) },
    { name: 'the maximums', design: makeDesign([fn('f', { memoryMb: 10240, timeoutSec: 900 })]) },
  ],
  invalid: [
    {
      name: 'too much memory',
      design: makeDesign([fn('f', { memoryMb: 16384 })]),
      errors: [
        {
          message: 'rules.lambda-limits.memory',
          resources: ['f'],
          fix: 'rules.lambda-limits.memoryFix',
          params: { memory: 16384, max: 10240 },
        },
      ],
    },
    {
      name: 'a one-hour timeout and 64 MB',
      design: makeDesign([fn('f', { memoryMb: 64, timeoutSec: 3600 })]),
      errors: [
        { message: 'rules.lambda-limits.memory', params: { memory: 64 } },
        {
          message: 'rules.lambda-limits.timeout',
          fix: 'rules.lambda-limits.timeoutFix',
          params: { timeout: 3600 },
        },
      ],
    },
  ],
});
