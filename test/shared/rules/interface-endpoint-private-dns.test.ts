import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/interface-endpoint-private-dns';
import { makeDesign, link, vpcNetwork, queue, service } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const sqsEndpoint = (privateDns?: boolean): Resource =>
  ({
    id: 'sqsE',
    type: 'vpc-endpoint',
    parent: 'vpc1',
    props: { service: 'sqs', endpointType: 'interface', subnets: ['privA', 'privB'], privateDns },
  }) as Resource;
const send = link('c1', 'web', 'jobs', { kind: 'publish' });

testRule(rule, {
  valid: [
    {
      name: 'private DNS on (the default)',
      design: makeDesign([...vpcNetwork(), sqsEndpoint(), service(), queue('jobs')], [send]),
    },
    {
      name: 'private DNS off and nobody calls SQS',
      design: makeDesign([...vpcNetwork(), sqsEndpoint(false), service(), queue('jobs')]),
    },
  ],
  invalid: [
    {
      name: 'private DNS off while the service sends to a queue',
      design: makeDesign([...vpcNetwork(), sqsEndpoint(false), service(), queue('jobs')], [send]),
      errors: [
        {
          message: 'rules.interface-endpoint-private-dns.bypassed',
          resources: ['sqsE', 'web'],
          fix: 'rules.interface-endpoint-private-dns.fix',
          params: { service: 'sqs', client: 'web' },
        },
      ],
    },
  ],
});
