/**
 * Bare React Flow with the same nodes, nesting, edges and layout as the bench design: default
 * node types, no store, no findings. Our overhead is the app's figure minus this page's.
 */
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { parentsFirst } from '../canvas/flow';
import { sizeOf } from '../../shared/diagram/geometry';
import { benchDesign } from './design';
import type { BenchWindow } from './design';

const bench = window as unknown as BenchWindow;
const root = document.getElementById('root');
if (!root) throw new Error('bench-bare.html has no #root');
root.style.height = '100vh';

void benchDesign().then((design) => {
  const nodes: Node[] = parentsFirst(design).map((resource) => {
    const box = design.layout?.[resource.id] ?? { x: 0, y: 0 };
    const { w, h } = sizeOf(resource, box);
    const node: Node = {
      id: resource.id,
      position: { x: box.x, y: box.y },
      data: { label: resource.name ?? resource.id },
      style: { width: w, height: h },
    };
    if (resource.parent) node.parentId = resource.parent;
    return node;
  });
  const edges: Edge[] = design.connections.map((c) => ({
    id: c.id,
    source: c.from,
    target: c.to,
    label: c.port,
  }));
  createRoot(root).render(
    <ReactFlowProvider>
      <div style={{ width: '100vw', height: '100vh' }}>
        <ReactFlow
          defaultNodes={nodes}
          defaultEdges={edges}
          onlyRenderVisibleElements
          fitView
          minZoom={0.03}
        />
      </div>
    </ReactFlowProvider>,
  );
  bench.benchReady = true;
});
