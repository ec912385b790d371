/**
 * The VPC peerings and transit gateway parts a traced flow goes through, for the canvas. A flow
 * between two VPCs is drawn as one line from end to end, so without this the peering or the
 * transit gateway it crosses would not look like part of the path, although the step list names
 * them. While a trace is shown, those shapes (and their light links to the VPCs or the gateway)
 * are marked as hops of the path for every step, not only when the cursor is on them.
 *
 * Like the deploy strip (renderer/deploy/canvasTasks.ts), this is session view state published by
 * the simulation panel to a small external store, never part of the document or its history.
 */
import { createValueStore, useValue } from '../store/valueStore';
import { vpcLinks } from '../../shared/diagram/link-edges';
import type { Design } from '../../shared/model/types';
import type { Simulation } from '../../shared/simulate/steps';

/** Hop actions of the network model that cross between VPCs (shared/network inter-vpc, tgw-leg). */
const CROSSING_ACTIONS = new Set(['peering', 'tgw']);

export interface TracedVia {
  /** Peerings, transit gateway attachments, route tables and gateways the path crosses. */
  shapes: ReadonlySet<string>;
  /** Ids of the canvas's light links (shared/diagram vpcLinks) from those shapes. */
  links: ReadonlySet<string>;
}

/**
 * What a traced flow crosses between VPCs: each peering or transit gateway hop's resource, the
 * gateway it names, and the links drawn from those shapes. Null when the path stays in one VPC.
 */
export function tracedVia(design: Design, sim: Simulation | null): TracedVia | null {
  if (!sim) return null;
  const shapes = new Set<string>();
  for (const step of sim.steps) {
    const hop = step.hop;
    if (!hop || !CROSSING_ACTIONS.has(hop.action)) continue;
    shapes.add(hop.resource);
    if (typeof hop.params.tgw === 'string') shapes.add(hop.params.tgw);
  }
  if (shapes.size === 0) return null;
  const links = new Set(vpcLinks(design).flatMap((link) => (shapes.has(link.from) ? [link.id] : [])));
  return { shapes, links };
}

const current = createValueStore<TracedVia | null>(null);

/** Called by the simulation panel whenever its trace changes, and with null when it closes. */
export function publishTracedVia(via: TracedVia | null): void {
  current.set(via);
}

/** Whether the shape or link with this id (resource id, or vpcLinks id) is crossed by the trace shown. */
export function isTracedVia(via: TracedVia | null, id: string): boolean {
  return !!via && (via.shapes.has(id) || via.links.has(id));
}

/** A boolean per shape, so a node re-renders only when its own mark changes. */
export function useTracedVia(id: string): boolean {
  return useValue(current, (via) => isTracedVia(via, id));
}
