import rule from '../../../shared/rules/subnet-az-in-region';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const seoul = (resources = vpcNetwork()) => ({ ...makeDesign(resources), region: 'ap-northeast-2' });

testRule(rule, {
  valid: [
    { name: 'us-east-1 has zones a to f', design: makeDesign(withProps(vpcNetwork(), 'pubB', { az: 'f' })) },
    { name: 'Seoul has zone d', design: seoul(withProps(vpcNetwork(), 'pubB', { az: 'd' })) },
    {
      name: 'a Region Skyplan does not list accepts a to f',
      design: { ...makeDesign(withProps(vpcNetwork(), 'pubB', { az: 'f' })), region: 'me-central-1' },
    },
  ],
  invalid: [
    {
      name: 'Seoul has no zone e',
      design: seoul(withProps(vpcNetwork(), 'pubB', { az: 'e' })),
      errors: [
        {
          message: 'rules.subnet-az-in-region.unknownZone',
          resources: ['pubB'],
          fix: 'rules.subnet-az-in-region.fix',
          params: {
            zone: 'ap-northeast-2e',
            region: 'ap-northeast-2',
            zones: 'ap-northeast-2a, ap-northeast-2b, ap-northeast-2c, ap-northeast-2d',
          },
        },
      ],
    },
    {
      name: 'us-east-1 has no zone z (issue 18: validate accepted "az": "z")',
      design: makeDesign(withProps(vpcNetwork(), 'privA', { az: 'z' })),
      errors: [
        {
          message: 'rules.subnet-az-in-region.unknownZone',
          resources: ['privA'],
          params: { zone: 'us-east-1z' },
        },
      ],
    },
  ],
});
