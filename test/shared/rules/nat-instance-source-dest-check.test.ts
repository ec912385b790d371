import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/nat-instance-source-dest-check';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

function natInstance(props: Record<string, unknown> = {}): Resource {
  return {
    id: 'natInst',
    type: 'ec2-instance',
    parent: 'pubA',
    props: { securityGroups: [], ...props },
  } as Resource;
}
const routedToInstance = () =>
  withProps(vpcNetwork(), 'rtPrivA', { routes: [{ destination: '0.0.0.0/0', target: 'natInst' }] });

testRule(rule, {
  valid: [
    {
      name: 'a NAT instance with the check off',
      design: makeDesign([...routedToInstance(), natInstance({ sourceDestCheck: false })]),
    },
    { name: 'an instance no route points at', design: makeDesign([...vpcNetwork(), natInstance()]) },
  ],
  invalid: [
    {
      name: 'a NAT instance keeping the AWS default (check on)',
      design: makeDesign([...routedToInstance(), natInstance()]),
      errors: [
        {
          message: 'rules.nat-instance-source-dest-check.on',
          resources: ['natInst', 'rtPrivA'],
          fix: 'rules.nat-instance-source-dest-check.fix',
          params: { instance: 'natInst', table: 'rtPrivA', destination: '0.0.0.0/0' },
        },
      ],
    },
  ],
});
