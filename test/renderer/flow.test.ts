import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { connectionLabel, createFlowMapper, parentsFirst } from '../../renderer/canvas/flow';
import type { FlowInputs } from '../../renderer/canvas/flow';
import type { Design } from '../../shared/model/types';
import { twoTierDesign } from './fixtures';

function inputs(design: Design, extra: Partial<FlowInputs> = {}): FlowInputs {
  return {
    design,
    selection: [],
    findings: new Map(),
    publicSubnets: new Map(),
    simulation: { focus: null, failed: { azs: [], resources: [] } },
    ...extra,
  };
}

describe('document to React Flow', () => {
  it('puts every parent before its children', () => {
    const order = parentsFirst(twoTierDesign()).map((r) => r.id);
    for (const resource of twoTierDesign().resources) {
      if (resource.parent) expect(order.indexOf(resource.parent)).toBeLessThan(order.indexOf(resource.id));
    }
  });

  it('maps containers to sized sub-flow nodes with positions relative to the parent', () => {
    const { nodes } = createFlowMapper()(inputs(twoTierDesign()));
    const priv = nodes.find((n) => n.id === 'priv');
    const app = nodes.find((n) => n.id === 'app1');
    expect(priv).toMatchObject({
      type: 'container',
      parentId: 'vpc1',
      position: { x: 400, y: 60 },
      width: 300,
      height: 200,
    });
    expect(app).toMatchObject({ type: 'resource', parentId: 'priv', position: { x: 40, y: 60 } });
    expect(nodes.find((n) => n.id === 'internet')?.parentId).toBeUndefined();
  });

  it('labels edges with protocol and port, or the flow kind', () => {
    const { edges } = createFlowMapper()(inputs(twoTierDesign()));
    expect(edges).toEqual([expect.objectContaining({ id: 'c1', source: 'app1', target: 'internet' })]);
    expect(connectionLabel({ id: 'c', from: 'a', to: 'b', protocol: 'tcp', port: 443 })).toBe('tcp/443');
    expect(connectionLabel({ id: 'c', from: 'a', to: 'b', kind: 'invoke' })).toBe('invoke');
    expect(connectionLabel({ id: 'c', from: 'a', to: 'b', protocol: 'all' })).toBe('all');
  });

  it('reuses the node objects of resources that did not change', () => {
    const map = createFlowMapper();
    const design = twoTierDesign();
    const first = map(inputs(design));
    const moved = produce(design, (draft) => {
      const box = draft.layout?.app1;
      if (box) box.x = 80;
    });
    const second = map(inputs(moved));
    for (const node of second.nodes) {
      const before = first.nodes.find((n) => n.id === node.id);
      if (node.id === 'app1') expect(node).not.toBe(before);
      else expect(node).toBe(before);
    }
    expect(second.edges[0]).toBe(first.edges[0]);
    expect(second.nodes.find((n) => n.id === 'app1')?.position).toEqual({ x: 80, y: 60 });
  });

  it('carries selection, badges, public/private and failures into node data', () => {
    const design = twoTierDesign();
    const { nodes, edges } = createFlowMapper()(
      inputs(design, {
        selection: ['pub', 'c1'],
        findings: new Map([['app1', { errors: 1, warnings: 0, infos: 0, worst: 'error' as const }]]),
        publicSubnets: new Map([
          ['pub', true],
          ['priv', false],
        ]),
        simulation: { focus: { connection: 'c1', blocked: true }, failed: { azs: ['a'], resources: [] } },
      }),
    );
    expect(nodes.find((n) => n.id === 'pub')?.selected).toBe(true);
    expect(nodes.find((n) => n.id === 'pub')?.data.isPublic).toBe(true);
    expect(nodes.find((n) => n.id === 'priv')?.data.isPublic).toBe(false);
    expect(nodes.find((n) => n.id === 'app1')?.data.findings?.errors).toBe(1);
    // AZ a is down: everything placed in its subnets is failed; the VPC itself is not.
    expect(nodes.find((n) => n.id === 'app1')?.data.failed).toBe(true);
    expect(nodes.find((n) => n.id === 'vpc1')?.data.failed).toBe(false);
    expect(edges[0]?.selected).toBe(true);
    expect(edges[0]?.className).toContain('sim-blocked');
  });

  it('places resources without a layout box in a row instead of on top of each other', () => {
    const design = twoTierDesign();
    delete design.layout;
    const { nodes } = createFlowMapper()(inputs(design));
    const positions = new Set(nodes.filter((n) => !n.parentId).map((n) => `${n.position.x},${n.position.y}`));
    expect(positions.size).toBe(nodes.filter((n) => !n.parentId).length);
  });
});
