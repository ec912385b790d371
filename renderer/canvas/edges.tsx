/**
 * Connection edges. A connection is drawn along its route (the libavoid router's, computed on
 * the current layout by useRoutes.ts: orthogonal, around every shape, its label placed clear)
 * while both its ends sit where they were when it was routed; otherwise (mid-drag) it floats: it leaves each node on the side facing the other end, as an
 * orthogonal step path with its label in the middle segment. One arrowhead at the receiving
 * end (markers below, coloured by theme); asynchronous kinds are dashed (CSS).
 */
import { BaseEdge, getSmoothStepPath, Position, useStore } from '@xyflow/react';
import type { EdgeProps, EdgeTypes, ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import type { ReactNode } from 'react';
import { midpointOfLongest, routeFits } from '../../shared/diagram/routes';
import type { EdgeRoute, Point } from '../../shared/diagram/routes';
import { FONTS } from '../../shared/diagram/style';
import { useT } from '../i18n';
import { useTracedVia } from '../simulation/tracedVia';
import type { ConnectionFlowEdge } from './flow';
import { connectionLabel } from './flow';
import { useLinkRoute } from './useRoutes';
import { useLowDetail } from './detail';
import { EdgeLabel } from './EdgeLabel';
import type { EdgeEnds } from './edgeEnds';
import { endBoxes, endsOf, sameEnds } from './edgeEnds';

/** SVG path through orthogonal points, corners rounded (drawing only: the route is the router's). */
export function roundedPath(points: readonly Point[], radius = 6): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    const r = Math.min(
      radius,
      Math.hypot(p.x - prev.x, p.y - prev.y) / 2,
      Math.hypot(next.x - p.x, next.y - p.y) / 2,
    );
    const inX = p.x - Math.sign(p.x - prev.x) * r;
    const inY = p.y - Math.sign(p.y - prev.y) * r;
    const outX = p.x + Math.sign(next.x - p.x) * r;
    const outY = p.y + Math.sign(next.y - p.y) * r;
    d += ` L ${inX} ${inY} Q ${p.x} ${p.y} ${outX} ${outY}`;
  }
  return d;
}

interface Anchors {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  sourcePosition: Position;
  targetPosition: Position;
}

type Box = { x: number; y: number; w: number; h: number };

/**
 * Floating anchors: the middle of each node's side that faces the other node, with two rules
 * that keep lines off the neighbours of a subnet grid (`lanes`: the subnet box of each end):
 * - ends in subnets of different AZ columns face each other sideways, so the line turns in
 *   the gutter between the columns;
 * - an end in a subnet whose other end is outside any subnet, beyond its column and not in its
 *   row, leaves from its bottom, so the line runs in the gutter under its row.
 */
export function floatingAnchors(
  source: Box,
  target: Box,
  lanes: { source?: Box; target?: Box } = {},
): Anchors {
  const apart = (a: Box, b: Box) => a.x + a.w <= b.x || b.x + b.w <= a.x;
  if (lanes.source && lanes.target && apart(lanes.source, lanes.target)) {
    return sideAnchors(source, target);
  }
  const anchors = facingAnchors(source, target);
  const sameRow = source.y < target.y + target.h && target.y < source.y + source.h;
  if (sameRow) return anchors;
  const beyond = (lane: Box | undefined, otherLane: Box | undefined, other: Box) =>
    !!lane && !otherLane && (other.x + other.w / 2 < lane.x || other.x + other.w / 2 > lane.x + lane.w);
  if (beyond(lanes.source, lanes.target, target)) {
    anchors.sx = source.x + source.w / 2;
    anchors.sy = source.y + source.h;
    anchors.sourcePosition = Position.Bottom;
  }
  if (beyond(lanes.target, lanes.source, source)) {
    anchors.tx = target.x + target.w / 2;
    anchors.ty = target.y + target.h;
    anchors.targetPosition = Position.Bottom;
  }
  return anchors;
}

/** Left/right anchors: the sides of the two nodes that face each other horizontally. */
function sideAnchors(source: Box, target: Box): Anchors {
  const right = target.x + target.w / 2 >= source.x + source.w / 2;
  return {
    sx: right ? source.x + source.w : source.x,
    sy: source.y + source.h / 2,
    tx: right ? target.x : target.x + target.w,
    ty: target.y + target.h / 2,
    sourcePosition: right ? Position.Right : Position.Left,
    targetPosition: right ? Position.Left : Position.Right,
  };
}

function facingAnchors(source: Box, target: Box): Anchors {
  const sc = { x: source.x + source.w / 2, y: source.y + source.h / 2 };
  const tc = { x: target.x + target.w / 2, y: target.y + target.h / 2 };
  const dx = tc.x - sc.x;
  const dy = tc.y - sc.y;
  // Compare the gaps between the boxes, not the centres: side by side wins when they overlap vertically.
  const horizontalGap = Math.abs(dx) - (source.w + target.w) / 2;
  const verticalGap = Math.abs(dy) - (source.h + target.h) / 2;
  if (horizontalGap >= verticalGap) return sideAnchors(source, target);
  const down = dy >= 0;
  return {
    sx: sc.x,
    sy: down ? source.y + source.h : source.y,
    tx: tc.x,
    ty: down ? target.y : target.y + target.h,
    sourcePosition: down ? Position.Bottom : Position.Top,
    targetPosition: down ? Position.Top : Position.Bottom,
  };
}

/** An edge's ends, from React Flow's store through one subscription (edgeEnds.ts). */
function useEnds(source: string, target: string): EdgeEnds | undefined {
  const select = useCallback((s: ReactFlowState) => endsOf(s.nodeLookup, source, target), [source, target]);
  return useStore(select, sameEnds);
}

/** The drawing of an edge between `ends`: along its route while that fits them, else floating. */
export function edgePath(ends: EdgeEnds, elk: EdgeRoute | undefined): DrawnEdge {
  const { from, to, lanes } = endBoxes(ends);
  if (elk && routeFits(elk, from, to) && elk.points.length >= 2) {
    const label = elk.label
      ? { x: elk.label.x + elk.label.w / 2, y: elk.label.y + elk.label.h / 2 }
      : midpointOfLongest(elk.points);
    return { path: roundedPath(elk.points), label, routed: true };
  }
  const a = floatingAnchors(from, to, lanes);
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: a.sx,
    sourceY: a.sy,
    targetX: a.tx,
    targetY: a.ty,
    sourcePosition: a.sourcePosition,
    targetPosition: a.targetPosition,
    borderRadius: 8,
  });
  return { path, label: { x: labelX, y: labelY }, routed: false };
}

interface DrawnEdge {
  path: string;
  label: Point;
  routed: boolean;
}

function usePath(props: EdgeProps, elk: EdgeRoute | undefined): DrawnEdge | undefined {
  const ends = useEnds(props.source, props.target);
  // `ends` keeps its identity while every box stays the same (sameEnds).
  return useMemo(() => (ends ? edgePath(ends, elk) : undefined), [ends, elk]);
}

const LABEL_STYLE = { fill: 'var(--edge-label)', fontSize: FONTS.edgeLabel };
const LABEL_BG_STYLE = { fill: 'var(--edge-label-bg)' };
const LABEL_PADDING: [number, number] = [4, 2];

/** A drawn line and, when it has one, its label at `at` (corner `radius`: connections round more). */
function withLabel(line: ReactNode, at: Point, label: string | undefined, radius: number) {
  return (
    <>
      {line}
      {label ? (
        <EdgeLabel
          x={at.x}
          y={at.y}
          label={label}
          padding={LABEL_PADDING}
          radius={radius}
          labelStyle={LABEL_STYLE}
          bgStyle={LABEL_BG_STYLE}
        />
      ) : null}
    </>
  );
}

export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<ConnectionFlowEdge>) {
  const drawn = usePath(props, props.data?.route);
  const connection = props.data?.connection;
  const t = useT();
  const low = useLowDetail();
  if (!drawn) return null;
  // Zoomed far out a label, an arrowhead and a 16 px hit area are each under two pixels: a bare line.
  if (low)
    return (
      <BaseEdge
        id={props.id}
        path={drawn.path}
        className={drawn.routed ? 'routed lod' : 'floating lod'}
        interactionWidth={0}
      />
    );
  // A service connection's kind is a word the reader's language has ("트리거"); ports stay as written.
  const kind = connection?.kind ?? 'network';
  const label = !connection
    ? undefined
    : kind === 'network'
      ? connectionLabel(connection)
      : t(`ui.kind.${kind}`).toLowerCase();
  // The label is drawn by EdgeLabel (no SVG transform per label: see EdgeLabel.tsx).
  const line = (
    <BaseEdge
      id={props.id}
      path={drawn.path}
      markerEnd={props.markerEnd}
      interactionWidth={16}
      className={drawn.routed ? 'routed' : 'floating'}
    />
  );
  return withLabel(line, drawn.label, label, 3);
});

/** A network-details link (subnet → route table, route → target, resource → security group). */
export const DetailEdge = memo(function DetailEdge(props: EdgeProps) {
  const t = useT();
  // A dead-letter link is routed with the connections (useRoutes.ts); the other links float.
  const kind = (props.data as { kind?: string } | undefined)?.kind;
  const route = useLinkRoute(kind === 'dead-letter' ? props.id : undefined);
  const drawn = usePath(props, route);
  // A peering's or transit gateway part's link that the traced flow crosses (simulation/tracedVia.ts).
  const via = useTracedVia(props.id);
  const low = useLowDetail();
  if (!drawn) return null;
  if (low)
    return (
      <BaseEdge
        id={props.id}
        path={drawn.path}
        className={[via ? 'sim-via-link' : '', route && drawn.routed ? 'routed' : '', 'lod']
          .filter(Boolean)
          .join(' ')}
        interactionWidth={0}
      />
    );
  const destination = (props.data as { destination?: string } | undefined)?.destination;
  // A dead-letter link goes unlabelled on the canvas: it ends on a queue named for the job.
  const label = destination ? t('diagram.link.route', { destination }) : undefined;
  const line = (
    <BaseEdge
      id={props.id}
      path={drawn.path}
      className={via ? 'sim-via-link' : route && drawn.routed ? 'routed' : undefined}
      markerEnd={props.markerEnd}
    />
  );
  return withLabel(line, drawn.label, label, 2);
});

/** Arrowheads, referenced by id from every edge (`markerEnd`); colours follow the theme's CSS. */
export function EdgeMarkers() {
  return (
    <svg className="edge-markers" aria-hidden="true">
      <defs>
        <marker
          id="skyplan-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="9"
          markerHeight="9"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="edge-arrow" />
        </marker>
        <marker
          id="skyplan-arrow-detail"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="edge-arrow-detail" />
        </marker>
      </defs>
    </svg>
  );
}

export const edgeTypes: EdgeTypes = { connection: ConnectionEdge, detail: DetailEdge };
