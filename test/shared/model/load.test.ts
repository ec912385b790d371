import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIssue, issueMessage, parseDesign } from '../../../shared/model/index';
import { smallDesign, jsonText } from '../../fixtures/designs';

function issuesOf(value: unknown) {
  const result = parseDesign(typeof value === 'string' ? value : jsonText(value));
  return result.ok ? [] : result.issues;
}

describe('parseDesign: schema', () => {
  it('accepts a valid design', () => {
    expect(parseDesign(jsonText(smallDesign())).ok).toBe(true);
  });

  it('accepts every example design', () => {
    for (const name of readdirSync('assets/examples')) {
      const result = parseDesign(readFileSync(`assets/examples/${name}`, 'utf8'));
      expect(
        result.ok,
        `${name}: ${result.ok ? '' : result.issues.map((i) => describeIssue(i)).join('\n')}`,
      ).toBe(true);
    }
  });

  it('says a file that is not a Skyplan design is not one', () => {
    const issues = issuesOf({ hello: 'world' });
    expect(issues.map((i) => i.code)).toEqual(['schema.format']);
  });

  it('names the JSON path, line and column of a malformed CIDR', () => {
    const design = smallDesign();
    design.resources[4] = { ...design.resources[4], props: { cidr: '10.0.300.0/24', az: 'a' } } as never;
    const [found] = issuesOf(design);
    expect(found).toMatchObject({ code: 'schema.cidr', path: ['resources', 4, 'props', 'cidr'] });
    expect(found?.line).toBeGreaterThan(1);
    expect(describeIssue(found!, 'en', 'd.skyplan.json')).toMatch(
      /^d\.skyplan\.json:\d+:\d+ \$\.resources\[4\]\.props\.cidr: cidr must be an IPv4 CIDR/,
    );
  });

  it('suggests the network address when host bits are set', () => {
    const design = smallDesign();
    design.resources[1] = { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.1/16' } };
    const [found] = issuesOf(design);
    expect(found?.code).toBe('schema.cidrHostBits');
    expect(issueMessage(found!)).toContain('10.0.0.0/16');
  });

  it('reports missing required props, wrong types, bad enums and ranges', () => {
    const design = smallDesign() as unknown as { resources: { props: Record<string, unknown> }[] };
    delete design.resources[4]!.props.az;
    design.resources[6]!.props.publicIp = 'yes';
    design.resources[5]!.props.inbound = [{ protocol: 'tcpp', ports: '70000', peer: '0.0.0.0/0' }];
    const codes = issuesOf(design).map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['schema.required', 'schema.type', 'schema.enum', 'schema.ports']),
    );
  });

  it('refuses an unknown resource type and lists the known ones', () => {
    const design = smallDesign() as unknown as { resources: unknown[] };
    design.resources.push({ id: 'x', type: 'ec3-instance', props: {} });
    const [found] = issuesOf(design);
    expect(found?.code).toBe('schema.unknownType');
    expect(issueMessage(found!)).toContain('ec2-instance');
  });

  it('refuses ids outside the allowed pattern', () => {
    const design = smallDesign();
    design.connections[0]!.id = 'has space';
    expect(issuesOf(design).map((i) => i.code)).toEqual(['schema.id']);
  });

  it('reports a region that is not a region code', () => {
    expect(issuesOf({ ...smallDesign(), region: 'Seoul' }).map((i) => i.code)).toEqual(['schema.region']);
  });

  it('keeps unknown top-level fields and props (newer features may add them)', () => {
    const design = { ...smallDesign(), scenarios: [], custom: { a: 1 } };
    (design.resources[6]!.props as Record<string, unknown>).tags = { team: 'web' };
    const result = parseDesign(jsonText(design));
    expect(result.ok && result.design.custom).toEqual({ a: 1 });
  });

  it('translates messages into Korean', () => {
    const [found] = issuesOf({ ...smallDesign(), version: 99 });
    expect(issueMessage(found!, 'ko')).toContain('버전 99');
  });
});

describe('parseDesign: references', () => {
  it('reports an unknown parent id with its place', () => {
    const design = smallDesign();
    design.resources[6]!.parent = 'nope';
    const [found] = issuesOf(design);
    expect(found).toMatchObject({ code: 'ref.unknown', path: ['resources', 6, 'parent'] });
    expect(found?.line).toBeDefined();
  });

  it('reports a duplicate id and where it was first used', () => {
    const design = smallDesign();
    design.resources.push({ id: 'web', type: 's3-bucket', props: {} });
    const [found] = issuesOf(design);
    expect(found?.code).toBe('ref.duplicateId');
    expect(found?.params.firstPath).toBe('$.resources[6].id');
  });

  it('counts connection ids in the same id space', () => {
    const design = smallDesign();
    design.connections[0]!.id = 'web';
    expect(issuesOf(design).map((i) => i.code)).toEqual(['ref.duplicateId']);
  });

  it('refuses a parent of the wrong type and says where the resource belongs', () => {
    const design = smallDesign();
    design.resources.push({ id: 'nat1', type: 'nat-gateway', parent: 'vpc1', props: {} });
    const [found] = issuesOf(design);
    expect(found?.code).toBe('ref.parentWrongType');
    expect(issueMessage(found!)).toBe(
      'a NAT gateway cannot be placed inside a VPC: it belongs inside a Subnet',
    );
    expect(issueMessage(found!, 'ko')).toContain('서브넷 안');
  });

  it('requires a parent where the catalog does', () => {
    const design = smallDesign();
    design.resources.push({ id: 'sub2', type: 'subnet', props: { cidr: '10.0.1.0/24', az: 'b' } });
    expect(issuesOf(design).map((i) => i.code)).toEqual(['ref.parentRequired']);
  });

  it('reports a route target that is not in the design', () => {
    const design = smallDesign();
    (design.resources[3]!.props as { routes: { destination: string; target: string }[] }).routes.push({
      destination: '10.1.0.0/16',
      target: 'pcx1',
    });
    const [found] = issuesOf(design);
    expect(found).toMatchObject({
      code: 'ref.unknown',
      path: ['resources', 3, 'props', 'routes', 1, 'target'],
    });
  });

  it('reports a security group that is not in the design, and one of the wrong type', () => {
    const design = smallDesign();
    (design.resources[6]!.props as { securityGroups: string[] }).securityGroups = ['sg404', 'pubA'];
    const codes = issuesOf(design).map((i) => i.code);
    expect(codes).toEqual(['ref.unknown', 'ref.wrongType']);
  });

  it('reports a security-group peer that is not in the design', () => {
    const design = smallDesign();
    (design.resources[5]!.props as { inbound: { protocol: string; peer: string }[] }).inbound.push({
      protocol: 'tcp',
      peer: 'sgGone',
    });
    expect(issuesOf(design).map((i) => i.code)).toEqual(['ref.unknown']);
  });

  it('reports connections to unknown resources', () => {
    const design = smallDesign();
    design.connections.push({ id: 'c2', from: 'web', to: 'db9', protocol: 'tcp', port: 3306 });
    const [found] = issuesOf(design);
    expect(found).toMatchObject({ code: 'ref.unknown', path: ['connections', 1, 'to'] });
  });
});

describe('parseDesign: connection usage', () => {
  it('checks the cost usage numbers a connection may carry', () => {
    const design = smallDesign();
    Object.assign(design.connections[0]!, { dataOutGbPerMonth: -5, dataGbPerMonth: 'lots' });
    expect(issuesOf(design).map((i) => i.code)).toEqual(['schema.range', 'schema.type']);
    Object.assign(design.connections[0]!, { dataOutGbPerMonth: 120, dataGbPerMonth: 3.5 });
    expect(issuesOf(design)).toEqual([]);
  });
});

describe('parseDesign: scenarios', () => {
  it('reports a malformed scenario with its JSON path', () => {
    const design = {
      ...smallDesign(),
      scenarios: [{ id: 's1', name: 'Web', flows: [{ from: 'internet', to: 'nope' }] }],
    };
    const [found] = issuesOf(design);
    expect(found).toMatchObject({ code: 'ref.unknown', path: ['scenarios', 0, 'flows', 0, 'to'] });
    expect(found?.line).toBeDefined();
  });

  it('accepts well-formed scenarios', () => {
    const design = {
      ...smallDesign(),
      scenarios: [
        { id: 's1', name: 'Web', flows: [{ from: 'internet', to: 'web', protocol: 'tcp', port: 443 }] },
      ],
    };
    expect(issuesOf(design)).toEqual([]);
  });
});
