/**
 * The selection-only path of the flow mapper (flow.ts). A click changes nothing but the
 * selection, yet a full mapping walks the whole document (shapes, chips, AZ groups, link edges):
 * tens of milliseconds at 1,000 resources. The patcher instead indexes, once per document
 * state, which shapes depend on which selectable id (the shape's own resource and the
 * attachments drawn as chips on it) and where every node and edge sits in the arrays, so a
 * selection change rebuilds only the nodes and edges whose flag flipped. Every other item stays
 * the identical object, in the same place, so React Flow and the node components skip it.
 */
import type { EdgeEntry, FlowModel, NodeEntry } from './flowTypes';

export interface SelectionPatcher {
  /**
   * The model for the selection `after` (the previous one was `before`). `renode` and `reedge`
   * give an entry for the new selection: the same entry when nothing it shows changed.
   */
  patch(
    before: ReadonlySet<string>,
    after: ReadonlySet<string>,
    renode: (entry: NodeEntry) => NodeEntry,
    reedge: (entry: EdgeEntry) => EdgeEntry,
  ): FlowModel;
}

/** The ids in exactly one of the two sets. */
export function flippedIds(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const flipped: string[] = [];
  for (const id of before) if (!after.has(id)) flipped.push(id);
  for (const id of after) if (!before.has(id)) flipped.push(id);
  return flipped;
}

export function createSelectionPatcher(
  nodeCache: Map<string, NodeEntry>,
  edgeCache: Map<string, EdgeEntry>,
  model: FlowModel,
): SelectionPatcher {
  // Selectable id -> node keys that show it (the home shape, its replicas, shapes with its chip).
  const dependents = new Map<string, string[]>();
  const add = (id: string, key: string) => {
    const keys = dependents.get(id);
    if (keys) keys.push(key);
    else dependents.set(id, [key]);
  };
  for (const [key, entry] of nodeCache) {
    add(entry.inputs.resource.id, key);
    for (const chip of entry.chips) add(chip.id, key);
  }
  const nodeAt = new Map(model.nodes.map((node, i) => [node.id, i]));
  const edgeAt = new Map(model.edges.map((edge, i) => [edge.id, i]));
  let current = model;

  return {
    patch(before, after, renode, reedge) {
      let nodes: FlowModel['nodes'] | null = null;
      let edges: FlowModel['edges'] | null = null;
      for (const id of flippedIds(before, after)) {
        for (const key of dependents.get(id) ?? []) {
          const entry = nodeCache.get(key);
          const at = nodeAt.get(key);
          if (!entry || at === undefined) continue;
          const next = renode(entry);
          if (next === entry) continue;
          nodeCache.set(key, next);
          nodes ??= current.nodes.slice();
          nodes[at] = next.node;
        }
        const entry = edgeCache.get(id);
        const at = edgeAt.get(id);
        if (!entry || at === undefined) continue;
        const next = reedge(entry);
        if (next === entry) continue;
        edgeCache.set(id, next);
        edges ??= current.edges.slice();
        edges[at] = next.edge;
      }
      if (!nodes && !edges) return current;
      const nextEdges = edges ?? current.edges;
      current = {
        nodes: nodes ?? current.nodes,
        edges: nextEdges,
        details: current.details,
        allEdges: edges
          ? current.details.length
            ? [...nextEdges, ...current.details]
            : nextEdges
          : current.allEdges,
      };
      return current;
    },
  };
}
