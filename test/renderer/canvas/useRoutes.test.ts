import { describe, expect, it } from 'vitest';
import { NO_ROUTES, nextRoutes } from '../../../renderer/canvas/useRoutes';

const route = { points: [], from: { x: 0, y: 0 }, to: { x: 10, y: 0 } };

describe('routes state', () => {
  it('keeps the state when an empty answer changes nothing drawn', () => {
    // A design above the worker's limit: the answer after every edit is empty.
    expect(nextRoutes(NO_ROUTES, [{ id: 'c1' }], {})).toBe(NO_ROUTES);
    // Routes of other (older) connections are not drawn: an empty answer draws the same, nothing.
    const routed = nextRoutes(NO_ROUTES, [{ id: 'c1' }], { c1: route });
    expect(nextRoutes(routed, [{ id: 'c2' }], {})).toBe(routed);
  });

  it('takes an answer with routes, and an empty one that replaces drawn routes', () => {
    const connections = [{ id: 'c1' }];
    const routed = nextRoutes(NO_ROUTES, connections, { c1: route });
    expect(routed).toEqual({ key: connections, routes: { c1: route } });
    // The same connections, no longer routed (the design grew past the limit): their routes go.
    const cleared = nextRoutes(routed, connections, {});
    expect(cleared.key).toBe(connections);
    expect(cleared.routes).toEqual({});
  });
});
