/**
 * What the simulation and failure panels show, as pure functions of the design: the traced
 * flow as steps, and the failure report with its priced alternative. The panels keep only the
 * cursor and the picks; everything else is derived here (and unit-testable without React).
 */
import type { Locale } from '../../shared/i18n/index';
import { t } from '../../shared/i18n/index';
import type { Design, Resource } from '../../shared/model/types';
import { trace, traceAll, traceConnection } from '../../shared/network/index';
import type { FailureReport } from '../../shared/simulate/failures';
import { compareFailure, isEmptyFailure } from '../../shared/simulate/failures';
import type { NatPerAzAlternative } from '../../shared/simulate/resilience';
import { natPerAzAlternative } from '../../shared/simulate/resilience';
import type { Flow, Simulation } from '../../shared/simulate/steps';
import { buildSimulation } from '../../shared/simulate/steps';
import type { FailedSet } from '../../shared/simulate/trace-shape';
import { PLUMBING } from '../../shared/edit/index';
import { costOf } from '../engine/cost';
import { memoOnContent } from '../engine/memo';

/**
 * The resources a custom flow may start from or go to: not the plumbing a connection can never
 * end at (the editor's list), nor a NAT gateway, which forwards requests but never starts or
 * answers one. Tracing "from a route table" has no meaning; the trace still passes through these
 * as hops.
 */
export function trafficEnds(design: Design): Resource[] {
  return design.resources.filter((r) => !PLUMBING.has(r.type) && r.type !== 'nat-gateway');
}

export function labelOf(design: Design, id: string): string {
  const resource = design.resources.find((r) => r.id === id);
  if (resource) return resource.name && resource.name !== id ? `${resource.name} (${id})` : id;
  const connection = design.connections.find((c) => c.id === id);
  if (!connection) return id;
  // A connection reads as its ends: "c2 (App server B → Internet)".
  const end = (endId: string): string => design.resources.find((r) => r.id === endId)?.name ?? endId;
  return `${connection.name ?? id} (${end(connection.from)} → ${end(connection.to)})`;
}

export function flowText(design: Design, flow: Flow, locale: Locale): string {
  const proto = flow.protocol ?? 'tcp';
  return t(locale, 'simulate.flow', {
    from: labelOf(design, flow.from),
    to: labelOf(design, flow.to),
    flow: `${flow.port === undefined ? proto : `${proto}/${flow.port}`}${flow.ipVersion === 6 ? ' IPv6' : ''}`,
  });
}

/** A connection's flow traces like the connection (its kind decides service hops). */
function computeSimulation(design: Design, flow: Flow, failed: FailedSet): Simulation | null {
  const failure = isEmptyFailure(failed) ? undefined : { failed };
  // A connection carries its own ipVersion; a free-form or scenario flow says it here.
  const options = flow.ipVersion === 6 && !flow.connection ? { ...failure, ipVersion: 6 as const } : failure;
  const connection = flow.connection ? design.connections.find((c) => c.id === flow.connection) : undefined;
  if (flow.connection && !connection) return null;
  if (!design.resources.some((r) => r.id === flow.from) || !design.resources.some((r) => r.id === flow.to)) {
    return null;
  }
  const result = connection
    ? traceConnection(design, connection, options)
    : trace(design, flow.from, flow.to, flow.protocol ?? 'tcp', flow.port, options);
  return buildSimulation(result, flow);
}

export const simulateFlow = memoOnContent(computeSimulation, (flow: Flow, failed: FailedSet) =>
  JSON.stringify([
    flow.from,
    flow.to,
    flow.protocol,
    flow.port,
    flow.ipVersion,
    flow.connection,
    failed.azs,
    failed.resources,
  ]),
);

export interface PricedAlternative {
  alternative: NatPerAzAlternative;
  /** Broken connections that work in the alternative under the same failure. */
  survives: number;
  before: number | null;
  after: number | null;
}

export interface FailureView {
  report: FailureReport;
  alternative: PricedAlternative | null;
}

/** The design's monthly total in the region (shared with the Cost panel's cache); null when unpriced. */
function monthly(design: Design, region: string): number | null {
  const result = costOf(design, region);
  return result.ok ? result.report.monthlyTotal : null;
}

/**
 * Every connection traced with and without the failure. When something broke, the priced
 * alternative is one NAT gateway per AZ (the fix AWS recommends for the classic failure: one NAT
 * gateway in AZ a takes down AZ b's egress), traced under the same failure and priced in
 * the region being viewed.
 */
function computeFailureView(design: Design, failed: FailedSet, region: string): FailureView | null {
  if (isEmptyFailure(failed)) return null;
  const report = compareFailure(design, failed, traceAll(design), traceAll(design, { failed }));
  if (report.broken.length === 0) return { report, alternative: null };
  const alternative = natPerAzAlternative(design);
  if (!alternative) return { report, alternative: null };
  const after = traceAll(alternative.design, { failed });
  const survives = report.broken.filter((id) => after.get(id)?.reachable).length;
  return {
    report,
    alternative: {
      alternative,
      survives,
      before: monthly(design, region),
      after: monthly(alternative.design, region),
    },
  };
}

export const failureView = memoOnContent(
  computeFailureView,
  (failed: FailedSet, region: string) => `${failed.azs.join(',')}|${failed.resources.join(',')}|${region}`,
);

/** AZ letters used by the design's subnets, sorted. */
export function zonesOfDesign(design: Design): string[] {
  const zones = new Set<string>();
  for (const resource of design.resources) if (resource.type === 'subnet') zones.add(resource.props.az);
  return [...zones].sort();
}

/** Resources worth failing one by one: everything placed in a VPC except containers and rules. */
export function failableResources(design: Design): Resource[] {
  const skip = new Set(['vpc', 'subnet', 'route-table', 'security-group', 'network-acl', 'internet']);
  return design.resources.filter((r) => !skip.has(r.type));
}
