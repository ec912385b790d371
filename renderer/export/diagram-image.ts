/**
 * The diagram as an image, following React Flow's image-export recipe: the bounds of all nodes
 * (getNodesBounds), a viewport that frames them in an image of that size (getViewportForBounds),
 * and html-to-image on `.react-flow__viewport` with that transform. Only the viewport is
 * captured, so the minimap, controls and background dots (its siblings) never appear; handles,
 * resize controls and the selection are left out too.
 *
 * The nodes come from the DOM (each `.react-flow__node` carries its absolute position as a
 * transform and its measured size), which is what React Flow itself measured.
 */
import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
import type { Rect } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

export type ImageFormat = 'png' | 'svg';

export interface ImageOptions {
  format: ImageFormat;
  /** Device pixels per diagram pixel: 1 or 2 (PNG only; SVG is resolution-free). */
  scale?: number;
  /** Leave the background transparent instead of the canvas colour (PNG only). */
  transparent?: boolean;
}

export interface DiagramImage {
  /** data: URL (image/png;base64 or image/svg+xml). */
  dataUrl: string;
  /** Size in CSS pixels of the diagram; a PNG is width x scale pixels wide. */
  width: number;
  height: number;
}

/** White space around the diagram, in diagram pixels. */
export const IMAGE_MARGIN = 32;
/** Browsers refuse canvases much larger than this; big designs are scaled down to fit. */
export const MAX_IMAGE_SIDE = 8192;

/** Elements inside the viewport that are editing chrome, not part of the drawing. */
const CHROME = [
  'react-flow__handle',
  'react-flow__resize-control',
  'react-flow__nodesselection',
  'react-flow__selection',
  'react-flow__edgeupdater',
  'react-flow__node-toolbar',
];

export function isChrome(element: Element): boolean {
  return CHROME.some((name) => element.classList?.contains(name));
}

/** Flow-space rectangles of the rendered nodes. */
export function renderedNodes(
  root: ParentNode,
): { id: string; position: { x: number; y: number }; width: number; height: number }[] {
  return [...root.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return {
      id: element.dataset.id ?? '',
      position: { x: matrix.m41, y: matrix.m42 },
      width: element.offsetWidth,
      height: element.offsetHeight,
    };
  });
}

/** Image size and zoom for diagram bounds: 1:1 with a margin, shrunk only if very large. */
export function imageFrame(bounds: Rect, scale: number): { width: number; height: number; zoom: number } {
  const largest = Math.max(bounds.width, bounds.height) + 2 * IMAGE_MARGIN;
  const zoom = Math.min(1, MAX_IMAGE_SIDE / scale / largest);
  return {
    width: Math.ceil(bounds.width * zoom + 2 * IMAGE_MARGIN),
    height: Math.ceil(bounds.height * zoom + 2 * IMAGE_MARGIN),
    zoom,
  };
}

const SVG_PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
];

/**
 * html-to-image copies computed styles onto HTML elements but not onto SVG shapes, and React
 * Flow paints edges through CSS classes (stroke: var(--xy-edge-stroke)), which the standalone
 * image does not have: edges would come out invisible. So we write each shape's computed paint
 * into its style attribute for the capture, and put the original attributes back afterwards.
 */
export function inlineSvgPaint(root: Element): () => void {
  const shapes = root.querySelectorAll<SVGElement>(
    'svg path, svg line, svg polyline, svg polygon, svg circle, svg ellipse, svg rect, svg text',
  );
  const saved: [SVGElement, string | null][] = [];
  for (const shape of shapes) {
    const computed = getComputedStyle(shape);
    saved.push([shape, shape.getAttribute('style')]);
    for (const property of SVG_PAINT) {
      const value = computed.getPropertyValue(property);
      if (value) shape.style.setProperty(property, value);
    }
  }
  return () => {
    for (const [shape, style] of saved) {
      if (style === null) shape.removeAttribute('style');
      else shape.setAttribute('style', style);
    }
  };
}

function canvasBackground(flow: Element): string {
  const colour = getComputedStyle(flow).backgroundColor;
  return colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour) ? colour : '#ffffff';
}

/** Captures the diagram under `flow` (a `.react-flow` element); null when it has no nodes. */
export async function captureDiagram(flow: HTMLElement, options: ImageOptions): Promise<DiagramImage | null> {
  const viewport = flow.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) return null;
  const nodes = renderedNodes(flow).map((node) => ({
    id: node.id,
    position: node.position,
    data: {},
    width: node.width,
    height: node.height,
  }));
  if (nodes.length === 0) return null;
  const scale = options.format === 'png' ? (options.scale ?? 1) : 1;
  const bounds = getNodesBounds(nodes);
  const frame = imageFrame(bounds, scale);
  const view = getViewportForBounds(
    bounds,
    frame.width,
    frame.height,
    frame.zoom,
    frame.zoom,
    `${IMAGE_MARGIN}px`,
  );
  const common = {
    width: frame.width,
    height: frame.height,
    style: {
      width: `${frame.width}px`,
      height: `${frame.height}px`,
      transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`,
    },
    filter: (node: HTMLElement) => !(node instanceof Element && isChrome(node)),
  };
  const restore = inlineSvgPaint(viewport);
  try {
    const dataUrl =
      options.format === 'svg'
        ? await toSvg(viewport, { ...common, backgroundColor: canvasBackground(flow) })
        : await toPng(viewport, {
            ...common,
            pixelRatio: scale,
            ...(options.transparent ? {} : { backgroundColor: canvasBackground(flow) }),
          });
    return { dataUrl, width: frame.width, height: frame.height };
  } finally {
    restore();
  }
}
