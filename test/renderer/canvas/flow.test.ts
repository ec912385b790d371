import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { connectionLabel, createFlowMapper, parentsFirst } from '../../../renderer/canvas/flow';
import type { FlowNode, ResourceFlowNode } from '../../../renderer/canvas/flow';
import type { Design } from '../../../shared/model/types';
import { twoTierDesign } from '../../fixtures/designs';
import { flowInputs } from './flowInputs';

/** The resource node of a shape key (AZ groups have no resource data). */
function shape(nodes: FlowNode[], id: string): ResourceFlowNode | undefined {
  return nodes.find((n): n is ResourceFlowNode => n.id === id && n.type !== 'az');
}

describe('document to React Flow', () => {
  it('puts every parent before its children', () => {
    const order = parentsFirst(twoTierDesign()).map((r) => r.id);
    for (const resource of twoTierDesign().resources) {
      if (resource.parent) expect(order.indexOf(resource.parent)).toBeLessThan(order.indexOf(resource.id));
    }
  });

  it('maps containers to sized sub-flow nodes with positions relative to the parent', () => {
    const { nodes } = createFlowMapper()(flowInputs(twoTierDesign()));
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
    const { edges } = createFlowMapper()(flowInputs(twoTierDesign()));
    expect(edges).toEqual([expect.objectContaining({ id: 'c1', source: 'app1', target: 'internet' })]);
    expect(connectionLabel({ id: 'c', from: 'a', to: 'b', protocol: 'tcp', port: 443 })).toBe('tcp/443');
    expect(connectionLabel({ id: 'c', from: 'a', to: 'b', kind: 'invoke' })).toBe('invoke');
    expect(connectionLabel({ id: 'c', from: 'a', to: 'b', protocol: 'all' })).toBe('all');
  });

  it('reuses the node objects of resources that did not change', () => {
    const map = createFlowMapper();
    const design = twoTierDesign();
    const first = map(flowInputs(design));
    const moved = produce(design, (draft) => {
      const box = draft.layout?.app1;
      if (box) box.x = 80;
    });
    const second = map(flowInputs(moved));
    for (const node of second.nodes) {
      const before = first.nodes.find((n) => n.id === node.id);
      if (node.id === 'app1') expect(node).not.toBe(before);
      else expect(node).toBe(before);
    }
    expect(second.edges[0]).toBe(first.edges[0]);
    expect(second.nodes.find((n) => n.id === 'app1')?.position).toEqual({ x: 80, y: 60 });
  });

  it('gives the same arrays when no node or edge changed, so React Flow re-indexes nothing', () => {
    const map = createFlowMapper();
    const design = twoTierDesign();
    const first = map(flowInputs(design));
    // New maps with the same figures (an answer of the rules about another edit, a cost map).
    const again = map(
      flowInputs(design, { findings: new Map(), publicSubnets: new Map(), costs: new Map() }),
    );
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
    expect(again.allEdges).toBe(first.allEdges);
    // A change to one node gives a new node array; the edges stay the same array.
    const badged = map(
      flowInputs(design, {
        findings: new Map([['app1', { errors: 1, warnings: 0, infos: 0, worst: 'error' as const }]]),
      }),
    );
    expect(badged.nodes).not.toBe(first.nodes);
    expect(badged.edges).toBe(first.edges);
  });

  it('keeps link edges (dead letters, VPC links) as they were when a resource prop changes', () => {
    const map = createFlowMapper();
    const design = twoTierDesign();
    const first = map(flowInputs(design, { networkDetails: true }));
    expect(first.details.length).toBeGreaterThan(0);
    const renamed = produce(design, (draft) => {
      const app = draft.resources.find((r) => r.id === 'app1');
      if (app) app.name = 'renamed';
    });
    const second = map(flowInputs(renamed, { networkDetails: true }));
    second.details.forEach((edge, i) => expect(edge).toBe(first.details[i]));
    expect(second.allEdges).toBe(first.allEdges);
  });

  it('carries selection, badges, public/private and failures into node data', () => {
    const design = twoTierDesign();
    const { nodes, edges } = createFlowMapper()(
      flowInputs(design, {
        selection: ['pub', 'c1'],
        findings: new Map([['app1', { errors: 1, warnings: 0, infos: 0, worst: 'error' as const }]]),
        publicSubnets: new Map([
          ['pub', true],
          ['priv', false],
        ]),
        simulation: { focus: { connection: 'c1', blocked: true }, failed: { azs: ['a'], resources: [] } },
      }),
    );
    expect(shape(nodes, 'pub')?.selected).toBe(true);
    expect(shape(nodes, 'pub')?.data.isPublic).toBe(true);
    expect(shape(nodes, 'priv')?.data.isPublic).toBe(false);
    expect(shape(nodes, 'app1')?.data.findings?.errors).toBe(1);
    // AZ a is down: everything placed in its subnets is failed; the VPC itself is not.
    expect(shape(nodes, 'app1')?.data.failed).toBe(true);
    expect(shape(nodes, 'vpc1')?.data.failed).toBe(false);
    expect(edges[0]?.selected).toBe(true);
    expect(edges[0]?.className).toContain('sim-blocked');
  });

  it('places resources without a layout box in a row instead of on top of each other', () => {
    const design = twoTierDesign();
    delete design.layout;
    const { nodes } = createFlowMapper()(flowInputs(design));
    const positions = new Set(nodes.filter((n) => !n.parentId).map((n) => `${n.position.x},${n.position.y}`));
    expect(positions.size).toBe(nodes.filter((n) => !n.parentId).length);
  });
});

/** Two AZs, an ALB placed in both public subnets and an async SNS → SQS flow. */
function twoAzDesign(): Design {
  const design = twoTierDesign();
  design.resources.push(
    {
      id: 'pubB',
      type: 'subnet',
      parent: 'vpc1',
      props: { cidr: '10.0.3.0/24', az: 'b', routeTable: 'rtPub' },
    },
    {
      id: 'alb1',
      type: 'alb',
      parent: 'pub',
      props: { scheme: 'internet-facing', subnets: ['pub', 'pubB'], securityGroups: ['sg1'], listeners: [] },
    },
    { id: 'topic', type: 'sns-topic', props: {} },
    { id: 'queue', type: 'sqs-queue', props: {} },
  );
  design.connections.push({ id: 'c2', from: 'topic', to: 'queue', kind: 'subscribe' });
  design.layout = {
    ...design.layout,
    pubB: { x: 20, y: 300, w: 300, h: 180 },
    alb1: { x: 160, y: 60 },
    topic: { x: 900, y: 300 },
    queue: { x: 1100, y: 300 },
  };
  return design as Design;
}

describe('the diagram conventions on the canvas', () => {
  it('draws route tables, NACLs and security groups as chips, not nodes, by default', () => {
    const { nodes, details } = createFlowMapper()(flowInputs(twoTierDesign()));
    for (const id of ['rtPub', 'rtPriv', 'sg1']) expect(shape(nodes, id)).toBeUndefined();
    expect(details).toEqual([]);
    expect(shape(nodes, 'pub')?.data.chips).toEqual([
      { id: 'rtPub', kind: 'route-table', label: 'rtPub', routes: ['0.0.0.0/0 → igw1'] },
    ]);
    expect(shape(nodes, 'app1')?.data.chips.map((c) => c.id)).toEqual(['sg1']);
  });

  it('marks the chip of a selected or simulated attachment', () => {
    const { nodes } = createFlowMapper()(
      flowInputs(twoTierDesign(), {
        selection: ['rtPub'],
        simulation: { focus: { resource: 'sg1', blocked: true }, failed: { azs: [], resources: [] } },
      }),
    );
    expect(shape(nodes, 'pub')?.data.chips[0]).toMatchObject({ id: 'rtPub', selected: true });
    expect(shape(nodes, 'app1')?.data.chips[0]).toMatchObject({ id: 'sg1', state: 'sim-blocked' });
  });

  it('shows them as nodes with typed links in the network-details view', () => {
    const { nodes, details } = createFlowMapper()(flowInputs(twoTierDesign(), { networkDetails: true }));
    for (const id of ['rtPub', 'rtPriv', 'sg1']) expect(shape(nodes, id)).toBeDefined();
    expect(shape(nodes, 'pub')?.data.chips).toEqual([]);
    const links = details.map((d) => `${d.source}->${d.target}`);
    expect(links).toEqual(
      expect.arrayContaining(['pub->rtPub', 'priv->rtPriv', 'rtPub->igw1', 'rtPriv->nat1', 'app1->sg1']),
    );
    expect(details.every((d) => d.markerEnd === 'skyplan-arrow-detail')).toBe(true);
  });

  it("groups each VPC's subnets into one dashed box per Availability Zone, under the subnets", () => {
    const { nodes } = createFlowMapper()(flowInputs(twoAzDesign()));
    const groups = nodes.filter((n) => n.type === 'az');
    expect(groups.map((g) => g.id)).toEqual(['az:vpc1:a', 'az:vpc1:b']);
    const a = groups[0];
    if (!a) throw new Error('no AZ a');
    expect(a).toMatchObject({ parentId: 'vpc1', selectable: false, draggable: false });
    // AZ a holds pub (20,60 300x200) and priv (400,60 300x200).
    expect(a.position.x).toBeLessThan(20);
    expect(a.position.x + (a.width ?? 0)).toBeGreaterThan(700);
    expect(nodes.indexOf(a)).toBeLessThan(nodes.findIndex((n) => n.id === 'pub'));
  });

  it('draws a multi-subnet resource once per subnet; replicas select and fail as the resource', () => {
    const design = twoAzDesign();
    const map = createFlowMapper();
    const { nodes } = map(flowInputs(design, { selection: ['alb1'] }));
    const home = shape(nodes, 'alb1');
    const replica = shape(nodes, 'alb1@pubB');
    expect(home?.parentId).toBe('pub');
    expect(replica).toMatchObject({ parentId: 'pubB', selected: true, className: 'replica' });
    // Without its own box, the replica sits where the home shape sits in its subnet.
    expect(replica?.position).toEqual({ x: 160, y: 60 });
    expect(replica?.data.replicaIn).toBe('pubB');
    // Only the shape in the failed AZ greys out.
    const failed = map(
      flowInputs(design, { simulation: { focus: null, failed: { azs: ['b'], resources: [] } } }),
    );
    expect(shape(failed.nodes, 'alb1')?.data.failed).toBe(false);
    expect(shape(failed.nodes, 'alb1@pubB')?.data.failed).toBe(true);
  });

  it('gives every edge an arrowhead and dashes asynchronous flows', () => {
    const { edges } = createFlowMapper()(flowInputs(twoAzDesign()));
    expect(edges.every((e) => e.markerEnd === 'skyplan-arrow')).toBe(true);
    expect(edges.find((e) => e.id === 'c2')?.className).toContain('async-flow');
    expect(edges.find((e) => e.id === 'c1')?.className).not.toContain('async-flow');
  });
});
