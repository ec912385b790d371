/**
 * Automatic layout for designs that arrive without one (hand-written or generated files).
 * ELK's layered algorithm lays out each container's children left to right, nesting
 * respected; boxes come back relative to the parent, which is what `layout` stores.
 * Existing boxes are kept; only missing ones are filled in, and containers that gained
 * laid-out children grow to fit them.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Design, LayoutBox } from '../model/types';
import { defaultSize, isContainer } from './geometry';

const CONTAINER_PADDING = '[top=56,left=24,bottom=24,right=24]';

/** Resources without a layout box. */
export function missingLayout(design: Design): string[] {
  return design.resources.filter((r) => !design.layout?.[r.id]).map((r) => r.id);
}

export async function computeLayout(design: Design): Promise<Record<string, LayoutBox>> {
  const byParent = new Map<string | undefined, string[]>();
  const ids = new Set(design.resources.map((r) => r.id));
  const typeOf = new Map(design.resources.map((r) => [r.id, r.type]));
  for (const resource of design.resources) {
    const parent = resource.parent && ids.has(resource.parent) ? resource.parent : undefined;
    const list = byParent.get(parent) ?? [];
    list.push(resource.id);
    byParent.set(parent, list);
  }

  const build = (id: string): ElkNode => {
    const type = typeOf.get(id);
    const children = byParent.get(id) ?? [];
    if (type && isContainer(type)) {
      const empty = defaultSize(type);
      return {
        id,
        children: children.map(build),
        layoutOptions: {
          'elk.padding': CONTAINER_PADDING,
          'elk.algorithm': 'layered',
          'elk.direction': 'RIGHT',
          'elk.spacing.nodeNode': '32',
          'elk.layered.spacing.nodeNodeBetweenLayers': '48',
        },
        // An empty container keeps its default size.
        ...(children.length === 0 ? { width: empty.w, height: empty.h } : {}),
      };
    }
    const size = type ? defaultSize(type) : { w: 96, h: 88 };
    return { id, width: size.w, height: size.h };
  };

  // Connections are left out of ELK: across nested containers they make layered layout
  // slow on large designs, and containment already gives the picture its structure.
  const edges: ElkExtendedEdge[] = [];
  const graph: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '64',
      'elk.layered.spacing.nodeNodeBetweenLayers': '96',
    },
    children: (byParent.get(undefined) ?? []).map(build),
    edges,
  };
  // ELK is 1.5 MB: loaded only when a design actually needs laying out.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const result = await elk.layout(graph);
  const boxes: Record<string, LayoutBox> = {};
  const collect = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const type = typeOf.get(child.id);
      const box: LayoutBox = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
      if (type && isContainer(type)) {
        box.w = Math.round(child.width ?? defaultSize(type).w);
        box.h = Math.round(child.height ?? defaultSize(type).h);
      }
      boxes[child.id] = box;
      collect(child);
    }
  };
  collect(result);
  return boxes;
}

/**
 * Merges a computed layout into a document's layout: missing boxes are added; containers
 * with newly placed children grow to the computed size if that is larger.
 */
export function mergeLayout(design: Design, computed: Record<string, LayoutBox>, draft: Design): void {
  draft.layout ??= {};
  const missing = new Set(missingLayout(design));
  const grown = new Set<string>();
  for (const resource of design.resources) {
    if (missing.has(resource.id) && resource.parent) grown.add(resource.parent);
  }
  for (const [id, box] of Object.entries(computed)) {
    const existing = draft.layout[id];
    if (!existing) {
      draft.layout[id] = box;
    } else if (grown.has(id) && box.w !== undefined && box.h !== undefined) {
      existing.w = Math.max(existing.w ?? 0, box.w);
      existing.h = Math.max(existing.h ?? 0, box.h);
    }
  }
}
