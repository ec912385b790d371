import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/fargate-image-pull';
import { makeDesign, vpcNetwork, service, without, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

/** The private subnets with no 0.0.0.0/0 route at all (no NAT gateway). */
const isolated = (): Resource[] =>
  withProps(withProps(without(vpcNetwork(), 'natA', 'natB'), 'rtPrivA', { routes: [] }), 'rtPrivB', {
    routes: [],
  });
const ecrEndpoint = (id: string, name: string): Resource => ({
  id,
  type: 'vpc-endpoint',
  parent: 'vpc1',
  props: { service: name, endpointType: 'interface', subnets: ['privA', 'privB'], securityGroups: ['sgApp'] },
});

testRule(rule, {
  valid: [
    { name: 'private subnets with a NAT gateway', design: makeDesign([...vpcNetwork(), service()]) },
    {
      name: 'private subnets with ECR interface endpoints and the S3 gateway endpoint',
      design: makeDesign([
        ...isolated(),
        ecrEndpoint('ecrApi', 'ecr.api'),
        ecrEndpoint('ecrDkr', 'ecr.dkr'),
        service(),
      ]),
    },
    {
      name: 'a public subnet with a public IP on the task',
      design: makeDesign([...vpcNetwork(), service({ subnets: ['pubA', 'pubB'], assignPublicIp: true })]),
    },
  ],
  invalid: [
    {
      name: 'isolated subnets with only the S3 endpoint',
      design: makeDesign([...isolated(), service()]),
      errors: [
        {
          message: 'rules.fargate-image-pull.ecr',
          resources: ['web', 'privA', 'privB'],
          fix: 'rules.fargate-image-pull.ecrFix',
          params: { missing: 'ecr.api, ecr.dkr', subnets: 'privA, privB' },
        },
      ],
    },
    {
      name: 'a public subnet without a public IP on the task',
      design: makeDesign([...vpcNetwork(), service({ subnets: ['pubA', 'pubB'] })]),
      errors: [
        {
          message: 'rules.fargate-image-pull.noPublicIp',
          resources: ['web', 'pubA', 'pubB'],
          fix: 'rules.fargate-image-pull.noPublicIpFix',
          params: { subnets: 'pubA, pubB' },
        },
      ],
    },
    {
      name: 'a public-registry image with ECR endpoints but no internet',
      design: makeDesign([
        ...isolated(),
        ecrEndpoint('ecrApi', 'ecr.api'),
        ecrEndpoint('ecrDkr', 'ecr.dkr'),
        service({ imageSource: 'public' }),
      ]),
      errors: [
        {
          message: 'rules.fargate-image-pull.public',
          resources: ['web', 'privA', 'privB'],
          fix: 'rules.fargate-image-pull.publicFix',
        },
      ],
    },
  ],
});
