import rule from '../../../shared/rules/nat-gateway-in-public-subnet';
import { makeDesign, vpcNetwork, without, withFields, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'NAT gateways in public subnets', design: makeDesign(vpcNetwork()) },
    {
      // Issue 15: public means any route to the internet gateway, as the tracer sees it.
      name: 'public subnets routing 0.0.0.0/1 and 128.0.0.0/1 to the internet gateway',
      design: makeDesign(
        withProps(vpcNetwork(), 'rtPublic', {
          routes: [
            { destination: '0.0.0.0/1', target: 'igw1' },
            { destination: '128.0.0.0/1', target: 'igw1' },
          ],
        }),
      ),
    },
    {
      name: 'a private NAT gateway needs no internet gateway',
      design: makeDesign(
        withProps(withFields(vpcNetwork(), 'natB', { parent: 'privB' }), 'natB', { connectivity: 'private' }),
      ),
    },
  ],
  invalid: [
    {
      name: 'a NAT gateway in a private subnet',
      design: makeDesign(withFields(vpcNetwork(), 'natB', { parent: 'privB', name: 'natB' })),
      errors: [
        {
          message: 'rules.nat-gateway-in-public-subnet.private',
          resources: ['natB', 'privB'],
          fix: 'rules.nat-gateway-in-public-subnet.fix',
          params: { nat: 'natB', subnet: 'privB', igw: 'igw1', table: 'rtPrivB' },
        },
      ],
    },
    {
      name: 'a VPC with no internet gateway at all',
      design: makeDesign(without(vpcNetwork(), 'igw1')),
      errors: [
        {
          message: 'rules.nat-gateway-in-public-subnet.private',
          resources: ['natA', 'pubA'],
          fix: 'rules.nat-gateway-in-public-subnet.fixNoGateway',
          params: { vpc: 'vpc1' },
        },
        { message: 'rules.nat-gateway-in-public-subnet.private', resources: ['natB', 'pubB'] },
      ],
    },
  ],
});
