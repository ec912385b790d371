import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/single-az-service';
import { makeDesign, fn, vpcNetwork, service } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const db = (multiAz: boolean): Resource => ({
  id: 'db1',
  type: 'rds-instance',
  name: 'Orders DB',
  parent: 'vpc1',
  props: { subnets: ['privA', 'privB'], securityGroups: ['sgApp'], multiAz },
});

testRule(rule, {
  valid: [
    {
      name: 'a service in two AZs, a Multi-AZ database, a Lambda outside any VPC',
      design: makeDesign([...vpcNetwork(), service(), db(true), fn('f')]),
    },
    {
      name: 'a service scaled to zero',
      design: makeDesign([...vpcNetwork(), service({ subnets: ['privA'], desiredCount: 0 })]),
    },
  ],
  invalid: [
    {
      name: 'a service in one AZ',
      design: makeDesign([...vpcNetwork(), service({ subnets: ['privA'] })]),
      errors: [
        {
          message: 'rules.single-az-service.oneZone',
          resources: ['web'],
          fix: 'rules.single-az-service.oneZoneFix',
          params: { service: 'web', az: 'a' },
        },
      ],
    },
    {
      name: 'a VPC Lambda in one AZ and a single-AZ database',
      design: makeDesign([...vpcNetwork(), fn('f', { subnets: ['privB', 'privB'] }), db(false)]),
      errors: [
        { message: 'rules.single-az-service.oneZone', resources: ['f'], params: { az: 'b' } },
        {
          message: 'rules.single-az-service.database',
          resources: ['db1'],
          fix: 'rules.single-az-service.databaseFix',
          params: { db: 'Orders DB' },
        },
      ],
    },
  ],
});
