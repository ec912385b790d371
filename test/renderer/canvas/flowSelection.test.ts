import { describe, expect, it, vi } from 'vitest';
import { createFlowMapper, resourceIdOfNode } from '../../../renderer/canvas/flow';
import type { FlowInputs, FlowNode, ResourceFlowNode } from '../../../renderer/canvas/flow';
import * as structure from '../../../shared/diagram/structure';
import type { Design } from '../../../shared/model/types';
import { healthyVpc } from '../../fixtures/designs';

vi.mock('../../../shared/diagram/structure', { spy: true });

/** Inputs that keep every object but the selection across calls, as the canvas does on a click. */
function fixedInputs(design: Design): (selection: string[]) => FlowInputs {
  const findings = new Map();
  const publicSubnets = new Map([['pubA', true]]);
  const simulation = { focus: null, failed: { azs: [], resources: [] } };
  return (selection) => ({ design, selection, findings, publicSubnets, simulation });
}

function resourceNode(nodes: FlowNode[], id: string): ResourceFlowNode {
  const node = nodes.find((n): n is ResourceFlowNode => n.id === id && n.type !== 'az');
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

describe('a selection-only change', () => {
  it('replaces only the nodes and edges whose selected flag flipped, in place', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    const first = map(at(['app']));
    const second = map(at(['alb1', 'cApp']));
    // alb1 and app are drawn once per subnet they are placed in: every shape of them flips.
    const flipped = new Set(['app', 'alb1']);
    expect(second.nodes).toHaveLength(first.nodes.length);
    second.nodes.forEach((node, i) => {
      if (flipped.has(resourceIdOfNode(node.id))) expect(node).not.toBe(first.nodes[i]);
      else expect(node).toBe(first.nodes[i]);
    });
    expect(resourceNode(second.nodes, 'alb1').selected).toBe(true);
    expect(resourceNode(second.nodes, 'alb1@pubB').selected).toBe(true);
    expect(resourceNode(second.nodes, 'app').selected).toBe(false);
    expect(resourceNode(second.nodes, 'app@privB').selected).toBe(false);
    second.edges.forEach((edge, i) => {
      expect(edge.id).toBe(first.edges[i]?.id);
      if (edge.id === 'cApp') expect(edge).not.toBe(first.edges[i]);
      else expect(edge).toBe(first.edges[i]);
    });
    expect(second.edges.find((e) => e.id === 'cApp')?.selected).toBe(true);
  });

  it('does not walk the document again', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    map(at([]));
    const walks = vi.mocked(structure.shapesOf).mock.calls.length;
    map(at(['worker']));
    map(at(['worker', 'cS3']));
    map(at([]));
    expect(vi.mocked(structure.shapesOf).mock.calls.length).toBe(walks);
  });

  it('gives the same model as a full mapping, after any sequence of selections', () => {
    const design = healthyVpc();
    const at = fixedInputs(design);
    const ids = [
      ...design.resources.map((r) => r.id),
      ...design.connections.map((c) => c.id),
      'sgAlb',
      'sgApp',
      'missing',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const map = createFlowMapper();
    map(at([]));
    for (let step = 0; step < 60; step++) {
      const selection = ids.filter(() => next() < (step % 3 === 0 ? 0.3 : 0.05));
      const patched = map(at(selection));
      const fresh = createFlowMapper()(at(selection));
      expect(patched.nodes).toEqual(fresh.nodes);
      expect(patched.allEdges).toEqual(fresh.allEdges);
    }
  });

  it('marks a selected security group on the chips of the shapes it is attached to', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    const first = map(at([]));
    const second = map(at(['sgApp']));
    const chipped = second.nodes.filter((node) =>
      ((node.data as { chips?: { id: string; selected?: boolean }[] }).chips ?? []).some(
        (chip) => chip.id === 'sgApp' && chip.selected,
      ),
    );
    expect(chipped.length).toBeGreaterThan(0);
    for (const node of chipped) expect(first.nodes).not.toContain(node);
  });
});
