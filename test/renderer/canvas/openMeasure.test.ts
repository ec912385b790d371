// Opening a large design (issue 11): every node declares its size and handles, so React Flow
// treats it as measured (culls it off screen, never mounts it just to measure it), and the
// ResizeObserver's first report about a node whose size did not change is not a measurement.
// The handles' figures against the page: test/e2e/scale-open.spec.ts.
import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import type { InternalNode, ReactFlowState } from '@xyflow/react';
import { createFlowMapper } from '../../../renderer/canvas/flow';
import type { FlowNode } from '../../../renderer/canvas/flow';
import { changedOnly, measureChangesOnly } from '../../../renderer/canvas/measureChanges';
import type { MeasureStore } from '../../../renderer/canvas/measureChanges';
import { handlesOf } from '../../../renderer/canvas/nodeHandles';
import { twoTierDesign } from '../../fixtures/designs';
import { flowInputs } from './flowInputs';

describe('nodes declare their handles', () => {
  it('gives every shape its two handles, and AZ groups none, from the layout sizes', () => {
    const { nodes } = createFlowMapper()(flowInputs(twoTierDesign()));
    for (const node of nodes) {
      expect(node.handles, node.id).toBeDefined();
      if (node.type === 'az') {
        expect(node.handles).toEqual([]);
        continue;
      }
      const shape = node.type === 'container' ? 'container' : 'resource';
      expect(node.handles).toBe(handlesOf(shape, node.width!, node.height!));
      expect(node.handles?.map((h) => [h.type, h.position])).toEqual([
        ['target', 'left'],
        ['source', 'right'],
      ]);
    }
  });

  it('centres the handles on the left and right edges of the shape', () => {
    const [target, source] = handlesOf('container', 300, 200);
    expect(target).toMatchObject({ x: -4.5, y: 95.5, width: 9, height: 9 });
    expect(source).toMatchObject({ x: 295.5, y: 95.5, width: 9, height: 9 });
    // A resource's handles sit inside its 1 px border.
    const [left, right] = handlesOf('resource', 112, 104);
    expect(left).toMatchObject({ x: -3.5, y: 47.5 });
    expect(right).toMatchObject({ x: 106.5, y: 47.5 });
  });

  it('keeps the same handles array when a shape is rebuilt at the same size (a click, a badge)', () => {
    const map = createFlowMapper();
    const before = map(flowInputs(twoTierDesign())).nodes;
    const renamed = produce(twoTierDesign(), (d) => {
      const app = d.resources.find((r) => r.id === 'app1');
      if (app) app.name = 'renamed';
    });
    const after = map(flowInputs(renamed)).nodes;
    const app = (nodes: FlowNode[]) => nodes.find((n) => n.id === 'app1');
    expect(app(after)).not.toBe(app(before));
    expect(app(after)?.handles).toBe(app(before)?.handles);
  });
});

/** An internal node as React Flow holds it after adopting a node with declared handles. */
function internal(id: string, width: number, height: number, declared = true): InternalNode {
  const handles = handlesOf('resource', width, height);
  return {
    id,
    position: { x: 0, y: 0 },
    data: {},
    measured: { width, height },
    ...(declared ? { handles } : {}),
    internals: {
      positionAbsolute: { x: 0, y: 0 },
      z: 0,
      userNode: { id, position: { x: 0, y: 0 }, data: {} },
      handleBounds: declared
        ? { source: [{ ...handles[1]!, nodeId: id, width: 9, height: 9 }], target: [] }
        : undefined,
    },
  };
}

const element = (width: number, height: number) =>
  ({ offsetWidth: width, offsetHeight: height }) as unknown as HTMLDivElement;

describe('React Flow re-measures only nodes whose size changed', () => {
  const lookup = new Map([
    ['same', internal('same', 112, 104)],
    ['resized', internal('resized', 112, 104)],
    ['undeclared', internal('undeclared', 112, 104, false)],
  ]);
  const reports = new Map([
    ['same', { id: 'same', nodeElement: element(112, 104), force: true }],
    ['resized', { id: 'resized', nodeElement: element(140, 104), force: true }],
    ['undeclared', { id: 'undeclared', nodeElement: element(112, 104), force: true }],
    ['unknown', { id: 'unknown', nodeElement: element(10, 10), force: true }],
  ]);

  it('keeps the reports about resized, undeclared or unknown nodes', () => {
    expect(changedOnly(reports, lookup)).toEqual(['resized', 'undeclared', 'unknown']);
  });

  function fakeStore() {
    const measure = vi.fn<ReactFlowState['updateNodeInternals']>();
    let state = { updateNodeInternals: measure, nodeLookup: lookup } as ReturnType<MeasureStore['getState']>;
    const store: MeasureStore = {
      getState: () => state,
      setState: (partial) => void (state = { ...state, ...partial }),
    };
    return { store, measure };
  }

  it("hands React Flow's measurement only those, once installed (and installs once)", () => {
    const { store, measure } = fakeStore();
    measureChangesOnly(store);
    measureChangesOnly(store);
    const filter = store.getState().updateNodeInternals;
    expect(filter).not.toBe(measure);

    filter(new Map([['same', reports.get('same')!]]));
    expect(measure).not.toHaveBeenCalled();

    filter(reports);
    expect(measure).toHaveBeenCalledTimes(1);
    expect([...(measure.mock.calls[0]?.[0].keys() ?? [])]).toEqual(['resized', 'undeclared', 'unknown']);
  });

  it('passes an explicit request (useUpdateNodeInternals) through whole', () => {
    const { store, measure } = fakeStore();
    measureChangesOnly(store);
    const params = { triggerFitView: false };
    store.getState().updateNodeInternals(reports, params);
    expect(measure).toHaveBeenCalledWith(reports, params);
  });
});
