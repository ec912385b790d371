/**
 * Named scenarios (Packet Tracer's "scenarios": sets of PDUs for one topology, one per test
 * condition), saved in the design as a top-level field that format version 1 leaves open:
 *
 *   "scenarios": [ { "id": "s1", "name": "Web tier", "flows": [ { "from", "to", "protocol", "port" } ] } ]
 *
 * `checkScenarios` is part of the design's schema: the loader (load.ts) runs it after the
 * references, so a bad scenario is reported with its JSON path like any other schema problem.
 * Simulation (shared/simulate/) plays the flows; this file only defines and checks what is saved.
 */
import type { DesignIssue } from './issues';
import { issue } from './issues';
import { ShapeChecker } from './shape';
import type { Design, Protocol } from './types';
import { PROTOCOLS } from './types';

/** One saved flow: a source and a destination resource, and optionally what is sent. */
export interface ScenarioFlow {
  from: string;
  to: string;
  protocol?: Protocol;
  port?: number;
  /** 6: traced over IPv6 (docs/file-format.md, "IPv6"); absent: IPv4. */
  ipVersion?: 4 | 6;
}

export interface Scenario {
  id: string;
  name: string;
  flows: ScenarioFlow[];
}

/** Checks the shape of `scenarios` and that every flow names resources of the design. */
export function checkScenarios(design: Pick<Design, 'resources'> & Record<string, unknown>): DesignIssue[] {
  const value = design.scenarios;
  const check = new ShapeChecker();
  if (value === undefined || !check.array(value, ['scenarios'])) return check.issues;
  const ids = new Set(design.resources.map((resource) => resource.id));
  const seen = new Map<string, string>();
  value.forEach((scenario, i) => {
    const path = ['scenarios', i];
    if (!check.object(scenario, path)) return;
    if (check.id(scenario.id, [...path, 'id'])) {
      const first = seen.get(scenario.id);
      if (first)
        check.issues.push(issue('ref.duplicateId', [...path, 'id'], { id: scenario.id, firstPath: first }));
      else seen.set(scenario.id, `$.scenarios[${i}].id`);
    }
    check.string(scenario.name, [...path, 'name']);
    if (!check.array(scenario.flows, [...path, 'flows'])) return;
    scenario.flows.forEach((flow, j) => {
      const flowPath = [...path, 'flows', j];
      if (!check.object(flow, flowPath)) return;
      for (const end of ['from', 'to'] as const) {
        const id = flow[end];
        if (check.string(id, [...flowPath, end]) && !ids.has(id)) {
          check.issues.push(issue('ref.unknown', [...flowPath, end], { field: end, id }));
        }
      }
      check.oneOf(flow.protocol, [...flowPath, 'protocol'], PROTOCOLS);
      check.number(flow.port, [...flowPath, 'port'], { min: 0, max: 65535, integer: true });
      if (flow.ipVersion !== undefined && flow.ipVersion !== 4 && flow.ipVersion !== 6)
        check.report('schema.enum', [...flowPath, 'ipVersion'], {
          found: String(flow.ipVersion),
          options: '4, 6',
        });
    });
  });
  return check.issues;
}

/** The design's scenarios, read leniently (a scenario that does not have the shape is skipped). */
export function scenariosOf(design: Design): Scenario[] {
  if (!Array.isArray(design.scenarios)) return [];
  const out: Scenario[] = [];
  for (const raw of design.scenarios as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue;
    const { id, name, flows } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || !Array.isArray(flows)) continue;
    out.push({ id, name, flows: flows.filter(isFlow).map(copyFlow) });
  }
  return out;
}

function isFlow(value: unknown): value is ScenarioFlow {
  if (typeof value !== 'object' || value === null) return false;
  const flow = value as Record<string, unknown>;
  return typeof flow.from === 'string' && typeof flow.to === 'string';
}

function copyFlow(flow: ScenarioFlow): ScenarioFlow {
  const out: ScenarioFlow = { from: flow.from, to: flow.to };
  if (typeof flow.protocol === 'string' && (PROTOCOLS as readonly string[]).includes(flow.protocol)) {
    out.protocol = flow.protocol as Protocol;
  }
  if (typeof flow.port === 'number') out.port = flow.port;
  if (flow.ipVersion === 6) out.ipVersion = 6;
  return out;
}

/** A design with `scenarios` replaced (an empty list removes the field, keeping files tidy). */
export function withScenarios(design: Design, scenarios: readonly Scenario[]): Design {
  const next: Design = { ...design };
  if (scenarios.length === 0) delete next.scenarios;
  else
    next.scenarios = scenarios.map((scenario) => ({
      id: scenario.id,
      name: scenario.name,
      flows: scenario.flows.map(({ from, to, protocol, port, ipVersion }) => ({
        from,
        to,
        protocol,
        port,
        ...(ipVersion === 6 ? { ipVersion } : {}),
      })),
    }));
  return next;
}
