import rule from '../../../shared/rules/transit-gateway-association';
import { withAdded, withProps } from '../../fixtures/designs';
import { hubAndSpoke } from '../network/multi-vpc-fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [{ name: 'hub and spoke: each attachment in one table', design: hubAndSpoke() }],
  invalid: [
    {
      name: 'an attachment associated with no table',
      design: withProps(hubAndSpoke(), 'tgwRtSpokes', { associations: ['att2'] }),
      errors: [
        {
          message: 'rules.transit-gateway-association.none',
          resources: ['att1'],
          fix: 'rules.transit-gateway-association.noneFix',
          severity: 'warning',
          params: { attachment: 'att1', tgw: 'tgw1' },
        },
      ],
    },
    {
      name: 'an attachment associated with two tables',
      design: withProps(hubAndSpoke(), 'tgwRtShared', { associations: ['attSh', 'att1'] }),
      errors: [
        {
          message: 'rules.transit-gateway-association.many',
          resources: ['att1', 'tgwRtSpokes', 'tgwRtShared'],
          fix: 'rules.transit-gateway-association.manyFix',
        },
      ],
    },
    {
      name: "a table listing another gateway's attachment",
      design: withAdded(
        withProps(hubAndSpoke(), 'att2', { transitGateway: 'tgw2' }),
        { id: 'tgw2', type: 'transit-gateway', props: {} },
        {
          id: 'tgw2Rt',
          type: 'transit-gateway-route-table',
          props: { transitGateway: 'tgw2', associations: ['att2'] },
        },
      ),
      errors: [
        {
          message: 'rules.transit-gateway-association.otherGateway',
          resources: ['tgwRtSpokes', 'att2'],
          fix: 'rules.transit-gateway-association.otherGatewayFix',
          params: { tgw: 'tgw1', otherTgw: 'tgw2' },
        },
        {
          message: 'rules.transit-gateway-association.otherGateway',
          resources: ['tgwRtShared', 'att2'],
          fix: 'rules.transit-gateway-association.otherGatewayFix',
        },
      ],
    },
  ],
});
