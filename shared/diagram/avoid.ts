/**
 * Obstacle-avoiding orthogonal connection routing with libavoid (the Adaptagrams C++ router,
 * compiled to WebAssembly by the `libavoid-js` package, LGPL-2.1-or-later, loaded at run time as
 * a separate module). Every resource shape is an obstacle; each connection leaves and enters a
 * shape at the middle of one of its four sides (libavoid picks the side), and libavoid nudges
 * parallel segments apart so lines that share a corridor stay readable.
 *
 * The same function routes the canvas and the exports, so a diagram and its SVG/PDF/draw.io
 * export draw the same lines. Loading the WebAssembly module can fail (an old browser, a page
 * policy that forbids WebAssembly): `loadRouter` then resolves to undefined and callers draw
 * their fallback paths.
 */
import type { EdgeRoute, Point } from './routes';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A shape lines go around; connections start and end on the middle of one of its sides. */
export type Obstacle = Rect;

/** The part of libavoid's API used here (the package ships no usable types). */
interface AvoidObject {
  readonly __avoidObject?: never;
}
interface AvoidPolyLine {
  size(): number;
  get_ps(index: number): Point;
}
interface AvoidConnRef extends AvoidObject {
  displayRoute(): AvoidPolyLine;
}
interface AvoidRouter extends AvoidObject {
  setRoutingParameter(parameter: number, value: number): void;
  setRoutingOption(option: number, value: boolean): void;
  processTransaction(): boolean;
}
interface AvoidPin extends AvoidObject {
  setExclusive(exclusive: boolean): void;
}
export interface AvoidLibrary {
  Router: new (flags: number) => AvoidRouter;
  Point: new (x: number, y: number) => AvoidObject;
  Rectangle: new (topLeft: AvoidObject, bottomRight: AvoidObject) => AvoidObject;
  ShapeRef: new (router: AvoidRouter, polygon: AvoidObject) => AvoidObject;
  ShapeConnectionPin: new (
    shape: AvoidObject,
    classId: number,
    xOffset: number,
    yOffset: number,
    proportional: boolean,
    insideOffset: number,
    directions: number,
  ) => AvoidPin;
  ConnEnd: new (shape: AvoidObject, classId: number) => AvoidObject;
  ConnRef: new (router: AvoidRouter, source: AvoidObject, target: AvoidObject) => AvoidConnRef;
  destroy(object: AvoidObject): void;
  OrthogonalRouting: number;
  ConnDirUp: number;
  ConnDirDown: number;
  ConnDirLeft: number;
  ConnDirRight: number;
  segmentPenalty: number;
  crossingPenalty: number;
  shapeBufferDistance: number;
  idealNudgingDistance: number;
  nudgeOrthogonalSegmentsConnectedToShapes: number;
  nudgeSharedPathsWithCommonEndPoint: number;
}

interface AvoidModule {
  AvoidLib: { load(wasmLocation?: string): Promise<void>; getInstance(): AvoidLibrary };
}

let wasmLocation: string | undefined;
let loading: Promise<AvoidLibrary | undefined> | undefined;
let loadError: unknown;

/** Why the router could not be loaded (for a diagnostic), or undefined. */
export function routerLoadError(): unknown {
  return loadError;
}

/**
 * Where the browser fetches libavoid.wasm from (the app's bundler gives the asset's URL). Node
 * finds the file next to the package's own module and needs no call.
 */
export function setRouterWasmLocation(location: string): void {
  wasmLocation = location;
}

/** The router library, loaded once; undefined when WebAssembly cannot be loaded here. */
export function loadRouter(): Promise<AvoidLibrary | undefined> {
  loading ??= import('libavoid-js')
    .then(async (module: unknown) => {
      const { AvoidLib } = module as AvoidModule;
      await AvoidLib.load(wasmLocation);
      return AvoidLib.getInstance();
    })
    .catch((error: unknown) => {
      loadError = error;
      return undefined;
    });
  return loading;
}

export interface RouteRequest {
  id: string;
  /** Keys of the two end shapes in `obstacles`. */
  from: string;
  to: string;
}

/** Room kept between a line and a shape it passes, and between parallel lines. */
const SHAPE_BUFFER = 8;
const NUDGE = 10;
/**
 * Up to this many connections (and dead-letter links), a crossing costs as much as a long
 * detour: every bundled template and example routes without one. Beyond it crossings are free
 * (the penalty made a 100-resource design ~6× slower to route).
 */
export const MAX_CROSSING_AWARE = 40;
const CROSSING_PENALTY = 1000;
/** Pin class shared by the four side pins of every shape. */
const SIDE_PINS = 1;

/**
 * Routes connections around every obstacle (absolute rectangles keyed by shape) and every
 * `barrier` (a rectangle lines keep out of that no connection ends on, e.g. a subnet's header).
 * Connections whose end is not an obstacle are left out (the caller draws them its own way).
 * Routes carry the top-left of both ends so a renderer can tell when one has since moved
 * (`routeFits`).
 */
export function routeAround(
  avoid: AvoidLibrary,
  obstacles: ReadonlyMap<string, Obstacle>,
  connections: readonly RouteRequest[],
  barriers: readonly Rect[] = [],
): Record<string, EdgeRoute> {
  const router = new avoid.Router(avoid.OrthogonalRouting);
  try {
    router.setRoutingParameter(avoid.shapeBufferDistance, SHAPE_BUFFER);
    router.setRoutingParameter(avoid.idealNudgingDistance, NUDGE);
    // Bends cost more than length, so lines stay straight where they can.
    router.setRoutingParameter(avoid.segmentPenalty, 50);
    // Lines that cross are hard to follow; avoiding crossings costs time that grows fast with
    // the number of connections, so only a small diagram gets it.
    if (connections.length <= MAX_CROSSING_AWARE) {
      router.setRoutingParameter(avoid.crossingPenalty, CROSSING_PENALTY);
    }
    router.setRoutingOption(avoid.nudgeOrthogonalSegmentsConnectedToShapes, true);
    router.setRoutingOption(avoid.nudgeSharedPathsWithCommonEndPoint, true);
    const shapes = new Map<string, AvoidObject>();
    for (const [key, r] of obstacles) {
      const shape = new avoid.ShapeRef(
        router,
        new avoid.Rectangle(new avoid.Point(r.x, r.y), new avoid.Point(r.x + r.w, r.y + r.h)),
      );
      const sides: [number, number, number][] = [
        [0.5, 0, avoid.ConnDirUp],
        [0.5, 1, avoid.ConnDirDown],
        [0, 0.5, avoid.ConnDirLeft],
        [1, 0.5, avoid.ConnDirRight],
      ];
      for (const [x, y, direction] of sides) {
        new avoid.ShapeConnectionPin(shape, SIDE_PINS, x, y, true, 0, direction).setExclusive(false);
      }
      shapes.set(key, shape);
    }
    for (const r of barriers) {
      new avoid.ShapeRef(
        router,
        new avoid.Rectangle(new avoid.Point(r.x, r.y), new avoid.Point(r.x + r.w, r.y + r.h)),
      );
    }
    const connectors: { request: RouteRequest; ref: AvoidConnRef }[] = [];
    for (const request of connections) {
      const source = shapes.get(request.from);
      const target = shapes.get(request.to);
      if (!source || !target || request.from === request.to) continue;
      const ref = new avoid.ConnRef(
        router,
        new avoid.ConnEnd(source, SIDE_PINS),
        new avoid.ConnEnd(target, SIDE_PINS),
      );
      connectors.push({ request, ref });
    }
    router.processTransaction();
    const routes: Record<string, EdgeRoute> = {};
    for (const { request, ref } of connectors) {
      const line = ref.displayRoute();
      const points: Point[] = [];
      for (let i = 0; i < line.size(); i++) {
        const p = line.get_ps(i);
        points.push({ x: Math.round(p.x), y: Math.round(p.y) });
      }
      const from = obstacles.get(request.from) as Rect;
      const to = obstacles.get(request.to) as Rect;
      routes[request.id] = {
        points: withoutRepeats(points),
        from: { x: Math.round(from.x), y: Math.round(from.y) },
        to: { x: Math.round(to.x), y: Math.round(to.y) },
      };
    }
    return routes;
  } finally {
    // Deleting the router deletes every shape, pin and connector it owns.
    avoid.destroy(router);
  }
}

/** Drops consecutive duplicate points and middle points of straight runs. */
function withoutRepeats(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}
