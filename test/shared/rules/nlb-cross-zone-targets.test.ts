import rule from '../../../shared/rules/nlb-cross-zone-targets';
import { nlbOneZone, withNlb } from '../network/nlb-ipv6-fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'a target in each zone', design: withNlb() },
    { name: 'one zone of targets with cross-zone on', design: nlbOneZone({ crossZone: true }) },
  ],
  invalid: [
    {
      name: 'cross-zone off and no target in AZ b',
      design: nlbOneZone(),
      errors: [
        {
          message: 'rules.nlb-cross-zone-targets.emptyZone',
          resources: ['nlb1'],
          fix: 'rules.nlb-cross-zone-targets.fix',
          params: { az: 'b' },
        },
      ],
    },
  ],
});
