import rule from '../../../shared/rules/alb-listener-protocol';
import { alb, makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'HTTP and HTTPS listeners',
      design: makeDesign([
        ...vpcNetwork(),
        alb({
          listeners: [
            { port: 80, protocol: 'HTTP' },
            { port: 443, protocol: 'HTTPS' },
          ],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a UDP listener',
      design: makeDesign([...vpcNetwork(), alb({ listeners: [{ port: 53, protocol: 'UDP' }] })]),
      errors: [
        {
          message: 'rules.alb-listener-protocol.notHttp',
          resources: ['alb1'],
          fix: 'rules.alb-listener-protocol.fix',
          params: { alb: 'Web ALB', protocol: 'UDP', port: 53 },
        },
      ],
    },
    {
      name: 'a TLS listener next to an HTTPS one',
      design: makeDesign([
        ...vpcNetwork(),
        alb({
          listeners: [
            { port: 443, protocol: 'HTTPS' },
            { port: 8443, protocol: 'TLS' },
          ],
        }),
      ]),
      errors: [{ message: 'rules.alb-listener-protocol.notHttp', params: { protocol: 'TLS', port: 8443 } }],
    },
  ],
});
