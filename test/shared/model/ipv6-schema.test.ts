/** The IPv6 and NLB extensions of the format: what loads and what is refused, with the place named. */
import { describe, expect, it } from 'vitest';
import { checkDesignValue, checkScenarios, scenariosOf, withScenarios } from '../../../shared/model/index';
import type { Design } from '../../../shared/model/types';
import { dualStack, withNlb } from '../network/nlb-ipv6-fixtures';

function issues(design: unknown): string[] {
  const result = checkDesignValue(design);
  return result.ok ? [] : result.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
}

function edited(design: Design, change: (copy: Design) => void): Design {
  const copy = JSON.parse(JSON.stringify(design)) as Design;
  change(copy);
  return copy;
}

describe('IPv6 and NLB in the file format', () => {
  it('loads a dual-stack design and an NLB design', () => {
    expect(issues(dualStack())).toEqual([]);
    expect(issues(withNlb())).toEqual([]);
  });

  it('refuses a bad IPv6 block, an IPv4 block as ipv6Cidr and host bits', () => {
    const bad = edited(dualStack(), (d) => {
      const vpc = d.resources.find((r) => r.id === 'vpc1')!;
      (vpc.props as Record<string, unknown>).ipv6Cidr = '2600:zz::/56';
      const subnet = d.resources.find((r) => r.id === 'pubA')!;
      (subnet.props as Record<string, unknown>).ipv6Cidr = '10.0.0.0/24';
      const privA = d.resources.find((r) => r.id === 'privA')!;
      (privA.props as Record<string, unknown>).ipv6Cidr = '2600:1f18:abcd:1210::1/64';
    });
    const found = issues(bad);
    expect(found.some((i) => i.startsWith('schema.cidr ') && i.includes('ipv6Cidr'))).toBe(true);
    expect(found.filter((i) => i.startsWith('schema.cidr '))).toHaveLength(2);
    expect(found.some((i) => i.startsWith('schema.cidrHostBits'))).toBe(true);
  });

  it('takes IPv6 CIDRs in routes, SG peers and NACL rules, and checks them', () => {
    const bad = edited(dualStack(), (d) => {
      const table = d.resources.find((r) => r.id === 'rtPublic')!;
      (table.props as { routes: { destination: string; target: string }[] }).routes.push({
        destination: '::1::/0',
        target: 'igw1',
      });
    });
    expect(issues(bad).some((i) => i.startsWith('schema.cidr') && i.includes('routes'))).toBe(true);
  });

  it('refuses an ipVersion other than 4 or 6', () => {
    const bad = edited(dualStack(), (d) => {
      (d.connections[0] as unknown as Record<string, unknown>).ipVersion = 5;
    });
    expect(issues(bad)).toEqual(['schema.enum connections.0.ipVersion']);
  });

  it('refuses an NLB listener protocol that is not a listener protocol at all', () => {
    const bad = edited(withNlb(), (d) => {
      const nlb = d.resources.find((r) => r.id === 'nlb1')!;
      (nlb.props as Record<string, unknown>).listeners = [{ port: 443, protocol: 'QUIC' }];
    });
    expect(issues(bad)).toEqual([
      'schema.enum resources.' +
        bad.resources.findIndex((r) => r.id === 'nlb1') +
        '.props.listeners.0.protocol',
    ]);
  });

  it('keeps ipVersion 6 on a scenario flow, and refuses other values', () => {
    const flows = [
      { from: 'internet', to: 'web', protocol: 'tcp' as const, port: 443, ipVersion: 6 as const },
    ];
    const design = withScenarios(dualStack(), [{ id: 's1', name: 'IPv6 web', flows }]);
    expect(checkScenarios(design)).toEqual([]);
    expect(scenariosOf(design)[0]?.flows[0]?.ipVersion).toBe(6);
    const bad = {
      ...design,
      scenarios: [{ id: 's1', name: 'x', flows: [{ from: 'internet', to: 'web', ipVersion: 5 }] }],
    };
    expect(checkScenarios(bad).map((i) => i.code)).toEqual(['schema.enum']);
  });
});
