/**
 * The canvas traces half-edited designs on every keystroke, before the schema check has had its
 * say. Whatever a prop holds, the engine must answer (blocked or not), never throw.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../shared/model/types';
import { networkOf, trace, traceAll, traceToJson } from '../../../shared/network/index';
import { healthyVpc, withNacl, withSqsEndpoint, OPEN_NACL_RULE } from '../../fixtures/designs';

const ODD_VALUES: unknown[] = [null, 'x', 7, {}, [null, 'nope', {}]];

function base(): Design {
  return withSqsEndpoint(
    withNacl(healthyVpc(), 'privA', { inbound: [OPEN_NACL_RULE], outbound: [OPEN_NACL_RULE] }),
  );
}

function everything(design: Design): void {
  const model = networkOf(design);
  for (const resource of design.resources) {
    model.subnetsOf(resource.id);
    model.hasPublicAddress(resource.id);
    model.securityGroupsOf(resource.id);
    if (resource.type === 'subnet') {
      model.routeTableOf(resource.id);
      model.isPublicSubnet(resource.id);
      model.serviceAccess(resource.id, 's3');
      model.naclDecision(resource.id, 'inbound', 'tcp', 443, 1);
    }
  }
  for (const result of traceAll(design).values()) traceToJson(result);
  for (const [from, to] of [
    ['internet', 'alb1'],
    ['worker', 'queue'],
    ['app', 'db'],
  ] as const) {
    traceToJson(trace(design, from, to));
  }
}

describe('odd props never make the engine throw', () => {
  const design = base();
  it.each(design.resources.map((r) => r.id))('%s: any prop holding an odd value', (id) => {
    const resource = design.resources.find((r) => r.id === id);
    for (const key of Object.keys(resource?.props ?? {})) {
      for (const value of ODD_VALUES) {
        const odd = {
          ...design,
          resources: design.resources.map((r) =>
            r.id === id ? { ...r, props: { ...r.props, [key]: value } } : r,
          ),
        } as Design;
        expect(() => everything(odd), `${id}.${key} = ${JSON.stringify(value)}`).not.toThrow();
      }
    }
  });

  it('survives odd rule and route entries', () => {
    const odd = {
      ...design,
      resources: design.resources.map((r) => {
        if (r.type === 'route-table') return { ...r, props: { routes: [null, 'x', { destination: 5 }, {}] } };
        if (r.type === 'security-group')
          return { ...r, props: { inbound: [null, { peer: 5 }, 'x'], outbound: [{}] } };
        if (r.type === 'network-acl')
          return { ...r, props: { inbound: [null, {}], outbound: ['x', { cidr: 1 }] } };
        if (r.type === 'alb') return { ...r, props: { ...r.props, listeners: [null, 'x', {}] } };
        return r;
      }),
    } as unknown as Design;
    expect(() => everything(odd)).not.toThrow();
  });
});
