import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { createFlowMapper } from '../../../renderer/canvas/flow';
import { computeLayout, mergeLayout } from '../../../shared/diagram/layout';
import * as structure from '../../../shared/diagram/structure';
import type { Design } from '../../../shared/model/types';
import { healthyVpc } from '../../fixtures/designs';
import { flowInputs, resourceNode } from './flowInputs';

vi.mock('../../../shared/diagram/structure', { spy: true });

function withRoutes(
  design: Design,
  table: string,
  routes: { destination: string; target: string }[],
): Design {
  return produce(design, (draft) => {
    const found = draft.resources.find((r) => r.id === table);
    if (found?.type === 'route-table') found.props.routes = routes;
  });
}

describe('a route table edit', () => {
  it('shows the edited route table in the tooltip of the chips drawn on its subnets', () => {
    const map = createFlowMapper();
    const design = healthyVpc();
    map(flowInputs(design));
    const edited = withRoutes(design, 'rtPublic', [
      { destination: '0.0.0.0/0', target: 'igw1' },
      { destination: '10.1.0.0/16', target: 'igw1' },
    ]);
    const { nodes } = map(flowInputs(edited));
    const chip = resourceNode(nodes, 'pubA').data.chips.find((c) => c.id === 'rtPublic');
    expect(chip?.routes).toHaveLength(2);
  });
});

/** healthyVpc() laid out (AZ groups, VPC heights and chips all drawn). */
async function laidOut(): Promise<Design> {
  const design = healthyVpc();
  const boxes = await computeLayout(design);
  return produce(design, (draft) => mergeLayout(design, boxes, draft));
}

type Edit = (draft: Design, pick: <T>(items: readonly T[]) => T) => void;

function props(draft: Design, id: string): Record<string, unknown> {
  return draft.resources.find((r) => r.id === id)!.props as Record<string, unknown>;
}

/** Edits a user makes in the inspector, on the canvas or by undo: most replace resources in place. */
const EDITS: Edit[] = [
  (d, pick) => void (pick(d.resources).name = pick(['web', 'Web tier', 'x', ''])),
  (d, pick) =>
    void (props(d, pick(['rtPublic', 'rtPrivA', 'rtPrivB', 'rtMain'])).routes = [
      { destination: '0.0.0.0/0', target: pick(['igw1', 'natA', 'natB', 'gone']) },
    ]),
  (d, pick) => void (props(d, pick(['pubA', 'privB', 'dataA'])).az = pick(['a', 'b', 'c'])),
  (d, pick) =>
    void (props(d, pick(['pubA', 'pubB', 'privA'])).routeTable = pick(['rtPublic', 'rtPrivA', 'rtPrivB'])),
  (d, pick) =>
    void (props(d, pick(['worker', 'bastion', 'app'])).securityGroups = pick([
      [],
      ['sgWorker'],
      ['sgDb', 'sgApp'],
    ])),
  (d, pick) => void (props(d, 'alb1').subnets = pick([['pubA', 'pubB'], ['pubA'], ['pubB', 'privA']])),
  (d, pick) => void (props(d, 'db').multiAz = pick([true, false])),
  (d, pick) => void (props(d, 'queue').deadLetterTarget = pick(['table', 'bucket', undefined])),
  (d) => {
    const table = d.resources.find((r) => r.id === 'table')!;
    table.type = table.type === 'dynamodb-table' ? 's3-bucket' : 'dynamodb-table';
  },
  (d, pick) => {
    const box = d.layout?.[pick(['app', 'worker', 'pubA'])];
    if (box) box.x += pick([8, -8]);
  },
  (d) => void d.resources.push({ id: `q${d.resources.length}`, type: 'sqs-queue', props: {} }),
  (d, pick) => void (d.connections[0]!.port = pick([443, 8443])),
];

describe('a document edit that replaces a few resources in place', () => {
  it('gives the same model as a full mapping, after any sequence of edits, clicks and answers', async () => {
    let design = await laidOut();
    const ids = design.resources.map((r) => r.id);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const calm = { focus: null, failed: { azs: [] as string[], resources: [] as string[] } };
    const outage = { focus: null, failed: { azs: ['a'], resources: [] as string[] } };
    let selection: string[] = [];
    let findings = new Map();
    const publicSubnets = new Map([['pubA', true]]);
    const map = createFlowMapper();
    let walks = 0;
    let edits = 0;
    for (let step = 0; step < 300; step++) {
      // Now and then a stretch in the details view, or during an AZ outage.
      const simulation = step % 90 >= 75 ? outage : calm;
      if (step % 7 === 3) selection = ids.filter(() => next() < 0.15);
      else if (step % 7 === 5)
        findings = new Map(
          ids
            .filter(() => next() < 0.2)
            .map((id) => [id, { errors: 1, warnings: 0, infos: 0, worst: 'error' as const }]),
        );
      else {
        design = produce(design, (draft) => pick(next() < 0.8 ? EDITS.slice(0, 8) : EDITS)(draft, pick));
        edits++;
      }
      const inputs = flowInputs(design, {
        selection,
        findings,
        publicSubnets,
        simulation,
        networkDetails: step % 60 >= 50,
      });
      const before = vi.mocked(structure.shapesOf).mock.calls.length;
      const patched = map(inputs);
      walks += vi.mocked(structure.shapesOf).mock.calls.length - before;
      const fresh = createFlowMapper()(inputs);
      expect(patched.nodes).toEqual(fresh.nodes);
      expect(patched.allEdges).toEqual(fresh.allEdges);
    }
    // Most edits took the in-place path (no walk); the rest (a placement, a move, a new queue,
    // the details view, an AZ outage) did not.
    expect(edits - walks).toBeGreaterThan(edits / 2);
    expect(walks).toBeGreaterThan(0);
  });

  it('rebuilds only the shapes of the replaced resource and of the subnets showing its chip', async () => {
    const design = await laidOut();
    const map = createFlowMapper();
    const fixed = flowInputs(design);
    const first = map(fixed);
    const edited = withRoutes(design, 'rtPublic', [{ destination: '0.0.0.0/0', target: 'natA' }]);
    const second = map({ ...fixed, design: edited });
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed.sort()).toEqual(['pubA', 'pubB']);
    expect(second.edges).toBe(first.edges);
  });

  it('keeps the AZ boxes without walking the subnets again unless a subnet or a VPC was replaced', async () => {
    const design = await laidOut();
    const map = createFlowMapper();
    const fixed = flowInputs(design);
    map(fixed);
    const columns = () => vi.mocked(structure.azColumns).mock.calls.length;
    const before = columns();
    const routed = withRoutes(design, 'rtPublic', [{ destination: '0.0.0.0/0', target: 'natA' }]);
    map({ ...fixed, design: routed });
    expect(columns()).toBe(before);
    const moved = produce(routed, (draft) => void (props(draft, 'privB').az = 'a'));
    const { nodes } = map({ ...fixed, design: moved });
    expect(columns()).toBeGreaterThan(before);
    expect(nodes).toEqual(createFlowMapper()({ ...fixed, design: moved }).nodes);
  });

  it('maps in full when the edit places a resource in another subnet (a new replica)', async () => {
    const design = await laidOut();
    const map = createFlowMapper();
    map(flowInputs(design));
    const edited = produce(
      design,
      (draft) => void (props(draft, 'alb1').subnets = ['pubA', 'pubB', 'privA']),
    );
    const { nodes } = map(flowInputs(edited));
    expect(nodes.map((n) => n.id)).toContain('alb1@privA');
  });
});
