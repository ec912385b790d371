import rule from '../../../shared/rules/elastic-ip-unattached';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'an address attached to a NAT gateway',
      design: makeDesign([
        ...vpcNetwork(),
        { id: 'eip1', type: 'elastic-ip', props: { attachedTo: 'natA' } },
      ]),
    },
    {
      name: 'an address named by the NAT gateway',
      design: makeDesign([
        ...withProps(vpcNetwork(), 'natA', { elasticIp: 'eip1' }),
        { id: 'eip1', type: 'elastic-ip', props: {} },
      ]),
    },
  ],
  invalid: [
    {
      name: 'an address attached to nothing',
      design: makeDesign([...vpcNetwork(), { id: 'eip1', type: 'elastic-ip', name: 'Spare IP', props: {} }]),
      errors: [
        {
          message: 'rules.elastic-ip-unattached.idle',
          resources: ['eip1'],
          fix: 'rules.elastic-ip-unattached.fix',
          params: { eip: 'Spare IP' },
        },
      ],
    },
  ],
});
