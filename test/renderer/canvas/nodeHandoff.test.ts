import { describe, expect, it, vi } from 'vitest';
// React Flow's own adoption of user nodes (what its store runs on `setNodes`): the in-place
// adoption must leave its lookups as a full adoption would.
import { adoptUserNodes } from '@xyflow/system';
import type { InternalNode } from '@xyflow/react';
import { createFlowMapper } from '../../../renderer/canvas/flow';
import type { FlowInputs, FlowNode } from '../../../renderer/canvas/flow';
import {
  adoptInPlace,
  changedInPlace,
  createNodeHandoff,
  MAX_IN_PLACE,
} from '../../../renderer/canvas/nodeHandoff';
import type { HandoffStore } from '../../../renderer/canvas/nodeHandoff';
import { LiveDrag } from '../../../renderer/canvas/liveDrag';
import { shapeDataChanges } from '../../../renderer/canvas/shapeData';
import type { FlowStore } from '../../../renderer/canvas/liveDrag';
import type { Design } from '../../../shared/model/types';
import { healthyVpc } from '../../fixtures/designs';

/** Inputs that keep every object but the selection across calls, as the canvas does on a click. */
function fixedInputs(design: Design): (selection: string[]) => FlowInputs {
  const findings = new Map();
  const publicSubnets = new Map([['pubA', true]]);
  const simulation = { focus: null, failed: { azs: [], resources: [] } };
  return (selection) => ({ design, selection, findings, publicSubnets, simulation });
}

type Lookup = Map<string, InternalNode<FlowNode>>;
type Parents = Map<string, Map<string, InternalNode<FlowNode>>>;

const OPTIONS = {
  nodeOrigin: [0, 0] as [number, number],
  elevateNodesOnSelect: true,
  checkEquality: true,
  zIndexMode: 'basic' as const,
};

/** A stand-in for React Flow's store: its lookups, filled by its own adoption. */
function flowStore(nodes: FlowNode[]) {
  const state = {
    nodes,
    nodeLookup: new Map() as Lookup,
    parentLookup: new Map() as Parents,
    elevateNodesOnSelect: true,
    zIndexMode: 'basic' as const,
    nodesSelectionActive: false,
    setNodes: vi.fn((next: FlowNode[]) => {
      adoptUserNodes(next, state.nodeLookup, state.parentLookup, OPTIONS);
      state.nodes = next;
    }),
  };
  adoptUserNodes(nodes, state.nodeLookup, state.parentLookup, OPTIONS);
  const notified = vi.fn();
  const store = {
    getState: () => state,
    setState: (partial: Partial<typeof state>) => {
      Object.assign(state, partial);
      notified();
    },
    subscribe: () => () => undefined,
  } as unknown as HandoffStore & FlowStore;
  return { state, store, notified };
}

/** What the shapes show and how they stack, per node id. */
function picture(lookup: Lookup, parents: Parents) {
  return [...lookup.values()].map((node) => ({
    id: node.id,
    selected: node.selected,
    data: node.data,
    className: node.className,
    z: node.internals.z,
    at: node.internals.positionAbsolute,
    userNode: node.internals.userNode,
    // React Flow's child maps may hold an older object of a child: only who is in them counts.
    inParent: node.parentId ? parents.get(node.parentId)?.has(node.id) : true,
  }));
}

describe('adopting a selection in place', () => {
  it('leaves React Flow where a full adoption would, container and children raised', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    const first = map(at(['app'])).nodes;
    const { state, store, notified } = flowStore(first);
    // The VPC holds every other shape: selecting it restacks everything inside it.
    for (const selection of [['vpc1', 'alb1'], ['sgApp', 'pubA'], [], ['app', 'vpc1']]) {
      const before = state.nodes;
      const next = map(at(selection)).nodes;
      const changed = changedInPlace(before, next);
      expect(changed).not.toBeNull();
      expect(changed!.length).toBeGreaterThan(0);
      expect(adoptInPlace(store, changed!, next)).toBe(true);
      expect(state.nodes).toBe(next);
      const full = flowStore(next);
      expect(picture(state.nodeLookup, state.parentLookup)).toEqual(
        picture(full.state.nodeLookup, full.state.parentLookup),
      );
    }
    expect(notified).toHaveBeenCalledTimes(4);
    expect(state.setNodes).not.toHaveBeenCalled();
  });

  it('refuses moves, resizes, shapes added or removed, and too many changes', () => {
    const map = createFlowMapper();
    const nodes = map(fixedInputs(healthyVpc())([])).nodes;
    const moved = nodes.map((node, i) =>
      i === 3 ? { ...node, position: { x: node.position.x + 20, y: 0 } } : node,
    );
    expect(changedInPlace(nodes, moved)).toBeNull();
    const resized = nodes.map((node, i) => (i === 3 ? { ...node, width: (node.width ?? 0) + 20 } : node));
    expect(changedInPlace(nodes, resized)).toBeNull();
    expect(changedInPlace(nodes, nodes.slice(1))).toBeNull();
    const many = Array.from({ length: MAX_IN_PLACE + 1 }, (_, i) => ({ ...nodes[0]!, id: `n${i}` }));
    expect(
      changedInPlace(
        many,
        many.map((node) => ({ ...node, selected: true })),
      ),
    ).toBeNull();
    expect(changedInPlace(nodes, nodes)).toEqual([]);
  });

  it('adopts in full when a changed node is not in React Flow yet', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    const first = map(at([])).nodes;
    const { state, store, notified } = flowStore(first);
    state.nodeLookup.delete('app');
    const next = map(at(['app'])).nodes;
    expect(adoptInPlace(store, changedInPlace(first, next)!, next)).toBe(false);
    expect(notified).not.toHaveBeenCalled();
    expect(state.nodes).toBe(first);
  });
});

describe('the canvas handoff', () => {
  it('puts new data alone into the lookups without a store update and tells only those shapes', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    const handoff = createNodeHandoff();
    const first = map(at([])).nodes;
    handoff.view(first);
    const { state, store, notified } = flowStore(first);
    const told = { app: vi.fn(), alb1: vi.fn(), all: vi.fn() };
    // The shapes hold their own wrapper of the same store (useStoreApi() makes one per component).
    const changes = shapeDataChanges({ ...store });
    changes.subscribe('app', told.app);
    changes.subscribe('alb1', told.alb1);
    changes.subscribeAll(told.all);
    // The engine answered: one error on the app server, nothing else changed.
    const answered = map({
      ...at([]),
      findings: new Map([['app', { errors: 1, warnings: 0, infos: 0, worst: 'error' as const }]]),
    }).nodes;
    expect(handoff.view(answered)).toBe(first);
    handoff.flush(store);
    expect(notified).not.toHaveBeenCalled();
    expect(state.setNodes).not.toHaveBeenCalled();
    expect(state.nodes).toBe(answered);
    expect(state.nodeLookup.get('app')?.data).toMatchObject({ findings: { errors: 1 } });
    expect([told.app.mock.calls.length, told.alb1.mock.calls.length, told.all.mock.calls.length]).toEqual([
      1, 0, 1,
    ]);
    const full = flowStore(answered);
    expect(picture(state.nodeLookup, state.parentLookup)).toEqual(
      picture(full.state.nodeLookup, full.state.parentLookup),
    );
  });

  it('keeps handing React Flow its array on a click and puts the flipped nodes in its store', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    const handoff = createNodeHandoff();
    const first = map(at([])).nodes;
    expect(handoff.view(first)).toBe(first);
    const { state, store } = flowStore(first);
    handoff.flush(store);
    const clicked = map(at(['app'])).nodes;
    expect(handoff.view(clicked)).toBe(first);
    handoff.flush(store);
    expect(state.setNodes).not.toHaveBeenCalled();
    expect(state.nodes).toBe(clicked);
    expect(state.nodeLookup.get('app')?.selected).toBe(true);
    // The same model again (a render for something else): still the array React Flow has.
    expect(handoff.view(clicked)).toBe(first);
  });

  it('adopts in full after a drop that left the shape where the document does not have it', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    const handoff = createNodeHandoff();
    const first = map(at(['app'])).nodes;
    handoff.view(first);
    const { state, store } = flowStore(first);
    const drag = new LiveDrag(store);
    drag.move([{ key: 'app', x: 500, y: 500 }]);
    drag.end();
    // The drop changed the resource, not its box (a route added to a table dropped on a gateway).
    const next = first.map((node) =>
      node.id === 'app' ? ({ ...node, data: { ...node.data } } as FlowNode) : node,
    );
    expect(handoff.view(next)).toBe(first);
    handoff.flush(store);
    expect(state.setNodes).toHaveBeenCalledWith(next);
    const full = flowStore(next);
    expect(state.nodeLookup.get('app')?.internals.positionAbsolute).toEqual(
      full.state.nodeLookup.get('app')?.internals.positionAbsolute,
    );
  });

  it('hands React Flow a new array when shapes move', () => {
    const handoff = createNodeHandoff();
    const nodes = createFlowMapper()(fixedInputs(healthyVpc())([])).nodes;
    handoff.view(nodes);
    const moved = nodes.map((node, i) => (i === 3 ? { ...node, position: { x: 1, y: 1 } } : node));
    expect(handoff.view(moved)).toBe(moved);
    // React Flow's own store updater adopts the prop: the flush leaves it alone.
    const { state, store } = flowStore(nodes);
    handoff.flush(store);
    expect(state.setNodes).not.toHaveBeenCalled();
  });

  it('adopts in full what several renders changed together when that is more than a click', () => {
    const map = createFlowMapper();
    const at = fixedInputs(healthyVpc());
    const handoff = createNodeHandoff();
    const first = map(at([])).nodes;
    handoff.view(first);
    const { state, store } = flowStore(first);
    // Two selection renders before one commit, and React Flow's store meanwhile replaced.
    handoff.view(map(at(['app'])).nodes);
    const latest = map(at(['alb1'])).nodes;
    handoff.view(latest);
    state.nodes = first.slice(1);
    handoff.flush(store);
    expect(state.setNodes).toHaveBeenCalledWith(latest);
  });
});
