import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/elastic-ip-association';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const eip = (props: Record<string, unknown> = {}): Resource =>
  ({ id: 'eip1', type: 'elastic-ip', props }) as Resource;

testRule(rule, {
  valid: [
    {
      name: 'one address named from both sides, in agreement',
      design: makeDesign([
        ...withProps(vpcNetwork(), 'natA', { elasticIp: 'eip1' }),
        eip({ attachedTo: 'natA' }),
      ]),
    },
    { name: 'an idle address (elastic-ip-unattached says so)', design: makeDesign([...vpcNetwork(), eip()]) },
  ],
  invalid: [
    {
      name: 'one address on two NAT gateways',
      design: makeDesign([
        ...withProps(withProps(vpcNetwork(), 'natA', { elasticIp: 'eip1' }), 'natB', { elasticIp: 'eip1' }),
        eip(),
      ]),
      errors: [
        {
          message: 'rules.elastic-ip-association.twice',
          resources: ['eip1', 'natA', 'natB'],
          fix: 'rules.elastic-ip-association.twiceFix',
          params: { eip: 'eip1', holders: 'natA, natB' },
        },
      ],
    },
    {
      name: 'an address on a private NAT gateway',
      design: makeDesign([
        ...withProps(vpcNetwork(), 'natB', { connectivity: 'private' }),
        eip({ attachedTo: 'natB' }),
      ]),
      errors: [
        {
          message: 'rules.elastic-ip-association.privateNat',
          resources: ['natB', 'eip1'],
          fix: 'rules.elastic-ip-association.privateNatFix',
          params: { nat: 'natB', eip: 'eip1' },
        },
      ],
    },
  ],
});
