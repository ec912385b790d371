import rule from '../../../shared/rules/connection-reachable';
import { findingToJson, runRule } from '../../../shared/rules/index';
import { alb, makeDesign, link, vpcNetwork, service, withProps } from '../../fixtures/designs';
import { describe, expect, it } from 'vitest';
import { testRule } from './rule-tester';

const web = () => [...vpcNetwork(), alb(), service()];
/** The ALB's group admits port 80 too, so the request reaches the ALB and finds no listener. */
const open80 = () =>
  withProps(web(), 'sgAlb', {
    inbound: [
      { protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' },
      { protocol: 'tcp', ports: '80', peer: '0.0.0.0/0' },
    ],
  });
const flows = [
  link('c1', 'internet', 'alb1', { protocol: 'tcp', port: 443 }),
  link('c2', 'alb1', 'web', { protocol: 'tcp', port: 8080 }),
];

testRule(rule, {
  valid: [
    { name: 'internet -> ALB -> service', design: makeDesign(web(), flows) },
    { name: 'no connections', design: makeDesign(web()) },
  ],
  invalid: [
    {
      name: 'the service group does not admit the ALB on 8080',
      design: makeDesign(
        withProps(web(), 'sgApp', { inbound: [{ protocol: 'tcp', ports: '9090', peer: 'sgAlb' }] }),
        flows,
      ),
      errors: [
        {
          message: 'rules.connection-reachable.blocked',
          resources: ['c2', 'sgApp'],
          fix: 'rules.connection-reachable.fix',
          params: {
            connection: 'c2',
            from: 'Web ALB',
            to: 'web',
            flow: 'tcp/8080',
            code: 'SG_INGRESS_DENIED',
          },
        },
      ],
    },
    {
      name: 'a listener on another port',
      design: makeDesign(open80(), [link('c1', 'internet', 'alb1', { protocol: 'tcp', port: 80 })]),
      errors: [
        {
          message: 'rules.connection-reachable.blocked',
          resources: ['c1', 'alb1'],
          params: { code: 'NO_LISTENER' },
        },
      ],
    },
  ],
});

describe('connection-reachable explanations', () => {
  it("carries the network engine's reason and fix, translated in both languages", () => {
    const broken = makeDesign(open80(), [link('c1', 'internet', 'alb1', { protocol: 'tcp', port: 80 })]);
    const [finding] = runRule(rule, broken);
    expect(finding).toBeDefined();
    if (!finding) return;
    const en = findingToJson(finding, 'en');
    const ko = findingToJson(finding, 'ko');
    expect(en.message).toMatch(/^Connection c1 \(internet -> Web ALB, tcp\/80\) is blocked at Web ALB: /);
    expect(en.message.length).toBeGreaterThan(
      'Connection c1 (internet -> Web ALB, tcp/80) is blocked at Web ALB: '.length,
    );
    expect(en.fix).toBeTruthy();
    expect(ko.message).not.toBe(en.message);
    expect(ko.fix).not.toBe(en.fix);
  });
});
