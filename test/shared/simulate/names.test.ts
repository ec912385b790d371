// Messages name resources by their names, never by ids or raw codes: the network engine's
// params carry ids, and every place that shows them (simulation steps, the failure report,
// rule findings, lesson results, `skyplan simulate`) swaps in the names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../shared/model/types';
import { trace, traceToJson } from '../../../shared/network/index';
import { findingToJson, runRules } from '../../../shared/rules/index';
import { nameParams, nameTrace, namedText, resolveParams } from '../../../shared/simulate/names';
import { buildSimulation, describeStep } from '../../../shared/simulate/steps';
import { webBehindEgressOnly } from '../network/nlb-ipv6-fixtures';

function example(): Design {
  return JSON.parse(readFileSync('assets/examples/private-subnets-nat.skyplan.json', 'utf8')) as Design;
}

/** Private B loses its own route table, and the VPC draws no main table. */
function withoutTable(): Design {
  const design = example();
  const privB = design.resources.find((r) => r.id === 'privB')!;
  delete (privB.props as { routeTable?: string }).routeTable;
  design.resources = design.resources.filter((r) => r.id !== 'rtPrivB');
  return design;
}

describe('names in network messages', () => {
  it('an egress-only internet gateway is named too', () => {
    const design = webBehindEgressOnly();
    design.resources = design.resources.map((r) => (r.id === 'eigw1' ? { ...r, name: 'Outbound only' } : r));
    const result = trace(design, 'internet', 'web', 'tcp', 443, { ipVersion: 6 });
    const json = traceToJson(nameTrace(design, result, 'en'), 'en');
    expect(json.blocked?.code).toBe('EGRESS_ONLY_INBOUND');
    expect(json.blocked?.message).toContain('egress-only internet gateway Outbound only');
    expect(json.blocked?.message).not.toContain('eigw1');
  });

  it('a subnet without a table of its own reads "the main route table of <VPC name>", not the subnet id', () => {
    const design = withoutTable();
    const json = traceToJson(nameTrace(design, trace(design, 'appB', 'internet', 'tcp', 443), 'en'), 'en');
    expect(json.blocked?.code).toBe('NO_ROUTE');
    expect(json.blocked?.resource).toBe('privB');
    expect(json.blocked?.message).toBe(
      'subnet Private B has no route to 0.0.0.0/0 in its route table (the main route table of App VPC)',
    );
    expect(json.blocked?.message).not.toMatch(/privB|rtPriv/);
    const ko = traceToJson(nameTrace(design, trace(design, 'appB', 'internet', 'tcp', 443), 'ko'), 'ko');
    expect(ko.blocked?.message).toContain('App VPC의 기본 라우팅 테이블');
    expect(ko.blocked?.message).not.toContain('VPC App VPC');
  });

  it('the problems panel finding names the subnet and the table', () => {
    const design = withoutTable();
    const finding = runRules(design).find(
      (f) => f.rule === 'connection-reachable' && f.resources[0] === 'c2',
    )!;
    const json = findingToJson(finding, 'en');
    expect(json.message).toContain('blocked at Private B: subnet Private B has no route');
    expect(json.message).toContain('(the main route table of App VPC)');
    expect(json.message).not.toMatch(/privB|\{names/);
    expect(findingToJson(finding, 'ko').message).toContain('기본 라우팅 테이블');
  });

  it('simulation steps name security groups, subnets and route tables', () => {
    const design = example();
    const result = trace(design, 'appA', 'internet', 'tcp', 443);
    const sim = buildSimulation(result, { from: 'appA', to: 'internet', protocol: 'tcp', port: 443 });
    const details = sim.steps.map((step) => describeStep(step, 'en', design).detail ?? '').join('\n');
    expect(details).toContain('subnet Private A uses route table Private routes A');
    expect(details).toContain('NAT gateway NAT A in subnet Public A');
    expect(details).not.toMatch(/\b(privA|rtPrivA|natA|pubA|sgApp)\b/);
  });

  it('an AZ failure reads as names and zones, with no code in front', () => {
    const design = example();
    const failed = trace(design, 'appA', 'internet', 'tcp', 443, { failed: { azs: ['a'], resources: [] } });
    const block = failed.blocked!;
    const text = namedText(design, 'en', block.message, block.params);
    expect(text).not.toMatch(/^[A-Z_]+:/);
    expect(text).not.toMatch(/\b(appA|natA|privA)\b/);
  });

  it('ids inside "id (address)" labels and id lists become names; other values pass through', () => {
    const design = example();
    expect(
      nameParams(design, {
        peer: 'appA (10.0.1.4)',
        groups: 'sgApp',
        destination: '0.0.0.0/0',
        service: 's3',
        port: 443,
      }),
    ).toEqual({
      peer: 'App server A (10.0.1.4)',
      groups: 'App servers',
      destination: '0.0.0.0/0',
      service: 's3',
      port: 443,
    });
    expect(resolveParams('en', { table: '{names.mainTableOf}:Lab' })).toEqual({
      table: 'the main route table of VPC Lab',
    });
  });
});
