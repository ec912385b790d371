import { describe, expect, it } from 'vitest';
// React Flow's own adoption of user nodes (what its store runs on `setNodes`), so these tests see
// what the canvas sees: which node objects it keeps and where it puts them.
import { adoptUserNodes } from '@xyflow/system';
import type { FlowNode } from '../../../renderer/canvas/flow';
import { commitDrag } from '../../../renderer/canvas/commitDrag';
import { createFlowMapper } from '../../../renderer/canvas/flow';
import { LiveDrag } from '../../../renderer/canvas/liveDrag';
import type { FlowStore } from '../../../renderer/canvas/liveDrag';
import { sameContent } from '../../../renderer/engine/memo';
import { createEditorStore } from '../../../renderer/store/editorStore';
import { generateDesign } from '../../../shared/model/generate';
import type { Design } from '../../../shared/model/types';
import { twoTierDesign } from '../../fixtures/designs';
import { flowInputs } from './flowInputs';

/** Counts what subscribers see while `work` runs: document objects and document contents. */
function watch(store: ReturnType<typeof createEditorStore>, work: () => void) {
  let designs = 0;
  let contents = 0;
  let last = store.getState().design;
  const stop = store.subscribe(() => {
    const next = store.getState().design;
    if (next === last) return;
    designs++;
    if (!sameContent(last, next)) contents++;
    last = next;
  });
  work();
  stop();
  return { designs, contents };
}

describe('a drag is one gesture', () => {
  it('commits a many-move drag as one history entry and one content change', () => {
    const store = createEditorStore(twoTierDesign());
    const seen = watch(store, () => {
      const refusal = commitDrag(store, {
        moves: new Map([['app1', { x: 80, y: 100 }]]),
        dragged: ['app1'],
        extend: false,
      });
      expect(refusal).toBeUndefined();
    });
    expect(store.getState().design.layout?.app1).toMatchObject({ x: 80, y: 100 });
    // Moving inside the same subnet changes the layout only: the engines see no new content.
    expect(seen.contents).toBe(0);
    expect(store.getState().canUndo).toBe(true);
    store.undo();
    expect(store.getState().design.layout?.app1).toMatchObject({ x: 40, y: 60 });
    expect(store.getState().canUndo).toBe(false);
  });

  it('moves a shape dropped in another subnet into it, still one undo entry and one content change', () => {
    const store = createEditorStore(twoTierDesign());
    // priv is at x 400 in the VPC, pub at x 20: app1 at x -340 relative to priv lands in pub.
    const seen = watch(store, () => {
      commitDrag(store, { moves: new Map([['app1', { x: -340, y: 80 }]]), dragged: ['app1'], extend: false });
    });
    expect(store.getState().design.resources.find((r) => r.id === 'app1')?.parent).toBe('pub');
    expect(seen.contents).toBe(1);
    store.undo();
    expect(store.getState().design.resources.find((r) => r.id === 'app1')?.parent).toBe('priv');
    expect(store.getState().canUndo).toBe(false);
  });

  it('records nothing for a drag that did not move', () => {
    const store = createEditorStore(twoTierDesign());
    commitDrag(store, { moves: new Map(), dragged: ['app1'], extend: false });
    expect(store.getState().canUndo).toBe(false);
  });
});

/** A stand-in for React Flow's store: its lookups, `setNodes` and subscribers, nothing else. */
function flowStore(nodes: FlowNode[]) {
  let state: ReturnType<FlowStore['getState']>;
  const listeners = new Set<Parameters<FlowStore['subscribe']>[0]>();
  let notified = 0;
  let adopted = 0;
  const set = (partial: Partial<typeof state>) => {
    const previous = state;
    state = { ...state, ...partial };
    notified++;
    for (const listener of [...listeners]) listener(state, previous);
  };
  const setNodes = (next: FlowNode[]) => {
    adopted++;
    adoptUserNodes(next, state.nodeLookup, state.parentLookup, { checkEquality: true });
    set({ nodes: next });
  };
  state = { nodes: [], nodeLookup: new Map(), parentLookup: new Map(), setNodes };
  setNodes(nodes);
  adopted = 0;
  notified = 0;
  const store: FlowStore = {
    getState: () => state,
    setState: set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    store,
    listeners,
    at: (id: string) => state.nodeLookup.get(id)?.internals.positionAbsolute,
    node: (id: string) => state.nodeLookup.get(id),
    counts: () => ({ notified, adopted }),
  };
}

function mapped(design: Design, selection: string[] = []): FlowNode[] {
  return createFlowMapper()({ ...flowInputs(design), selection }).nodes;
}

describe('a running drag stays in React Flow’s store', () => {
  it('moves one node of 1,000 without a new node array and without touching the others', () => {
    const nodes = mapped(generateDesign(1000));
    const flow = flowStore(nodes);
    const moved = nodes.find((node) => node.type === 'resource' && node.parentId);
    if (!moved?.parentId) throw new Error('no resource in a container');
    const parentAt = flow.at(moved.parentId);
    const before = new Map(flow.store.getState().nodeLookup);
    const drag = new LiveDrag(flow.store);
    drag.move([{ key: moved.id, x: 123, y: 45 }]);
    drag.move([{ key: moved.id, x: 130, y: 45 }]);
    expect(flow.store.getState().nodes).toBe(nodes);
    expect(flow.at(moved.id)).toEqual({ x: (parentAt?.x ?? 0) + 130, y: (parentAt?.y ?? 0) + 45 });
    const replaced = [...flow.store.getState().nodeLookup].filter(([id, node]) => before.get(id) !== node);
    expect(replaced.map(([id]) => id)).toEqual([moved.id]);
    // One store notification per move, no re-adoption of the 1,000.
    expect(flow.counts()).toEqual({ notified: 2, adopted: 0 });
    expect(drag.positions.get(moved.id)).toEqual({ x: 130, y: 45 });
  });

  it('takes what a container holds along, at any depth', () => {
    const nodes = mapped(twoTierDesign());
    const flow = flowStore(nodes);
    const app = flow.at('app1');
    const nat = flow.at('nat1');
    const outside = flow.node('internet');
    const drag = new LiveDrag(flow.store);
    drag.move([{ key: 'vpc1', x: 100, y: 40 }]);
    // app1 sits in priv, which sits in vpc1: both levels follow the VPC.
    expect(flow.at('app1')).toEqual({ x: (app?.x ?? 0) + 100, y: (app?.y ?? 0) + 40 });
    expect(flow.at('nat1')).toEqual({ x: (nat?.x ?? 0) + 100, y: (nat?.y ?? 0) + 40 });
    expect(flow.node('internet')).toBe(outside);
  });

  it('keeps the dragged node where the pointer is when new nodes arrive mid-drag', () => {
    const design = twoTierDesign();
    const flow = flowStore(mapped(design));
    const drag = new LiveDrag(flow.store);
    drag.move([{ key: 'app1', x: 200, y: 60 }]);
    // The drag selected app1: the canvas hands React Flow new nodes (app1's object is new).
    flow.store.getState().setNodes(mapped(design, ['app1']));
    expect(flow.node('app1')?.position).toEqual({ x: 200, y: 60 });
    expect(flow.node('app1')?.selected).toBe(true);
  });

  it('takes the committed positions from the nodes the drop renders', () => {
    const store = createEditorStore(twoTierDesign());
    const flow = flowStore(mapped(store.getState().design));
    const drag = new LiveDrag(flow.store);
    drag.move([{ key: 'app1', x: 80, y: 100 }]);
    drag.end();
    commitDrag(store, { moves: drag.positions, dragged: ['app1'], extend: false });
    flow.store.getState().setNodes(mapped(store.getState().design));
    expect(flow.node('app1')?.position).toEqual({ x: 80, y: 100 });
    // Nothing left for the frame after the drop to do.
    const { adopted } = flow.counts();
    drag.restore();
    expect(flow.counts().adopted).toBe(adopted);
  });

  it('snaps back a drop that left the document as it was', () => {
    const nodes = mapped(twoTierDesign());
    const flow = flowStore(nodes);
    const home = flow.at('vpc1');
    const app = flow.at('app1');
    const drag = new LiveDrag(flow.store);
    drag.move([{ key: 'vpc1', x: 300, y: 300 }]);
    drag.end();
    // Refused: the canvas renders the same nodes (or none at all), so the drag's copies stay...
    flow.store.getState().setNodes(nodes);
    // ...until they are re-adopted from the document: the adoption above already did it.
    expect(flow.at('vpc1')).toEqual(home);
    expect(flow.at('app1')).toEqual(app);
    // And without any render, restore() does it.
    const again = new LiveDrag(flow.store);
    again.move([{ key: 'app1', x: 300, y: 300 }]);
    again.end();
    again.restore();
    expect(flow.at('app1')).toEqual(app);
    expect(flow.node('app1')?.position).toEqual({ x: 40, y: 60 });
  });

  it('stops listening to React Flow’s store at the drop', () => {
    const flow = flowStore(mapped(twoTierDesign()));
    const listening = flow.listeners.size;
    const drag = new LiveDrag(flow.store);
    expect(flow.listeners.size).toBe(listening + 1);
    drag.end();
    expect(flow.listeners.size).toBe(listening);
  });
});
