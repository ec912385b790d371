import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDesigns, formatDiffMarkdown, formatDiffText } from '../../../shared/interop/index';
import type { Design } from '../../../shared/model/index';

const base = (): Design =>
  JSON.parse(readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8')) as Design;

function edited(change: (design: Design) => void): Design {
  const design = base();
  change(design);
  return design;
}

function resource(design: Design, id: string) {
  const found = design.resources.find((r) => r.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('diffDesigns', () => {
  it('finds nothing between a design and itself', () => {
    const diff = diffDesigns(base(), base());
    expect(diff.resources).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.connections).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.findings).toEqual({ added: [], resolved: [] });
    expect(diff.reachability).toEqual([]);
    expect(diff.cost?.delta).toBe(0);
    expect(diff.newErrors).toBe(0);
    expect(formatDiffText(diff)).toContain('No differences.');
  });

  it('ignores the order of keys (a design from a file against one built in memory)', () => {
    const b = edited((d) => {
      const alb = resource(d, 'alb1');
      if (alb.type === 'alb')
        alb.props.listeners = alb.props.listeners.map(({ port, protocol }) => ({ port, protocol }));
      d.resources = d.resources.map(
        (r) =>
          ({
            props: r.props,
            type: r.type,
            id: r.id,
            ...(r.parent ? { parent: r.parent } : {}),
            ...(r.name ? { name: r.name } : {}),
          }) as typeof r,
      );
    });
    const diff = diffDesigns(base(), b);
    expect(diff.resources.changed).toEqual([]);
  });

  it('lists added and removed resources', () => {
    const b = edited((d) => {
      d.resources.push({ id: 'assets', type: 's3-bucket', props: {} });
      d.resources = d.resources.filter((r) => r.id !== 's3Endpoint');
    });
    const diff = diffDesigns(base(), b);
    expect(diff.resources.added.map((r) => r.id)).toEqual(['assets']);
    expect(diff.resources.removed.map((r) => r.id)).toEqual(['s3Endpoint']);
  });

  it('names the props that changed and prices the change per line', () => {
    const b = edited((d) => {
      const web = resource(d, 'web');
      if (web.type === 'ecs-service') web.props.desiredCount = 4;
    });
    const diff = diffDesigns(base(), b);
    expect(diff.resources.changed).toEqual([
      { id: 'web', type: 'ecs-service', changes: [{ field: 'props.desiredCount', before: 2, after: 4 }] },
    ]);
    expect(diff.cost?.delta).toBeGreaterThan(0);
    expect(diff.cost?.lines.every((line) => line.resource === 'web')).toBe(true);
    const sum = diff.cost?.lines.reduce((total, line) => total + line.delta, 0) ?? 0;
    expect(Math.round(sum * 100) / 100).toBe(diff.cost?.delta);
  });

  it('lists connections added, removed and changed', () => {
    const b = edited((d) => {
      d.connections = d.connections.filter((c) => c.id !== 'c1');
      d.connections.push({ id: 'c9', from: 'web', to: 'internet', protocol: 'tcp', port: 443 });
      const c2 = d.connections.find((c) => c.id === 'c2');
      if (c2) c2.port = 9090;
    });
    const diff = diffDesigns(base(), b);
    expect(diff.connections.added.map((c) => c.id)).toEqual(['c9']);
    expect(diff.connections.removed.map((c) => c.id)).toEqual(['c1']);
    expect(diff.connections.changed).toEqual([
      { id: 'c2', changes: [{ field: 'port', before: 8080, after: 9090 }] },
    ]);
  });

  it('reports a reachability verdict that changed, with code and reason, and the new error', () => {
    const b = edited((d) => {
      const sg = resource(d, 'sgDb');
      if (sg.type === 'security-group')
        sg.props.inbound = [{ protocol: 'tcp', ports: '5432', peer: 'sgApp' }];
    });
    const diff = diffDesigns(base(), b);
    expect(diff.reachability).toHaveLength(1);
    expect(diff.reachability[0]).toMatchObject({
      connection: 'c3',
      from: 'web',
      to: 'db1',
      before: { reachable: true },
      after: { reachable: false },
    });
    expect(diff.reachability[0]?.after?.code).toBeTruthy();
    expect(diff.reachability[0]?.after?.reason).toMatch(/sgDb|security group/i);
    expect(diff.newErrors).toBeGreaterThan(0);
    expect(diff.findings.added.some((f) => f.severity === 'error')).toBe(true);
    // Reversed, the same change resolves the error: no new errors.
    const back = diffDesigns(b, base());
    expect(back.newErrors).toBe(0);
    expect(back.findings.resolved.some((f) => f.severity === 'error')).toBe(true);
  });

  it('writes Markdown tables a pull request can show', () => {
    const b = edited((d) => {
      d.resources.push({ id: 'assets', type: 's3-bucket', name: 'A|B', props: {} });
    });
    const md = formatDiffMarkdown(diffDesigns(base(), b));
    expect(md).toMatch(/^## Comparing /);
    expect(md).toContain('| Change | Details |\n| --- | --- |');
    expect(md).toContain('| added | assets (s3-bucket) "A\\|B" |');
    expect(md).toMatch(/### Monthly cost: \$[\d,.]+ → \$[\d,.]+ \(\+\$[\d,.]+\)/);
  });
});
