import { describe, expect, it } from 'vitest';
import { commitDrag } from '../../../renderer/canvas/commitDrag';
import { createFlowMapper } from '../../../renderer/canvas/flow';
import type { FlowInputs } from '../../../renderer/canvas/flow';
import { withDragPositions } from '../../../renderer/canvas/useFlowModel';
import { sameContent } from '../../../renderer/engine/memo';
import { createEditorStore } from '../../../renderer/store/editorStore';
import { generateDesign } from '../../../shared/model/generate';
import type { Design } from '../../../shared/model/types';
import { twoTierDesign } from '../../fixtures/designs';

function inputs(design: Design): FlowInputs {
  return {
    design,
    selection: [],
    findings: new Map(),
    publicSubnets: new Map(),
    simulation: { focus: null, failed: { azs: [], resources: [] } },
  };
}

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

describe('drag frames keep node objects stable', () => {
  it('replaces only the dragged node at 1,000 resources', () => {
    const design = generateDesign(1000);
    const { nodes } = createFlowMapper()(inputs(design));
    const moved = nodes.find((node) => node.type === 'resource');
    if (!moved) throw new Error('no resource node');
    const frame = withDragPositions(nodes, new Map([[moved.id, { x: 123, y: 45 }]]));
    expect(frame).toHaveLength(nodes.length);
    const changed = frame.filter((node, i) => node !== nodes[i]);
    expect(changed.map((node) => node.id)).toEqual([moved.id]);
    expect(changed[0]?.position).toEqual({ x: 123, y: 45 });
    // The next frame again: only that node is new (the others are still the mapper's objects).
    const next = withDragPositions(nodes, new Map([[moved.id, { x: 130, y: 45 }]]));
    expect(next.filter((node, i) => node !== frame[i]).map((node) => node.id)).toEqual([moved.id]);
  });

  it('gives the mapper’s own array back when nothing is being dragged', () => {
    const { nodes } = createFlowMapper()(inputs(twoTierDesign()));
    expect(withDragPositions(nodes, new Map())).toBe(nodes);
  });
});
