/**
 * Compares two designs the way a reviewer does: which resources and connections were added,
 * removed or changed (and which props), which findings are new or resolved, which reachability
 * verdicts changed (with the blocking code and reason), and how the monthly cost moved, in total
 * and per cost line. Resources and connections are matched by id.
 */
import { computeCost } from '../../cost/index';
import type { CostReport } from '../../cost/index';
import type { Locale } from '../../i18n/index';
import type { Connection, Design, Resource } from '../../model/types';
import { traceAll, traceToJson } from '../../network/index';
import type { TraceResult } from '../../network/index';
import type { Finding, FindingJson } from '../../rules/index';
import { findingToJson, runRules } from '../../rules/index';

export interface FieldChange {
  /** "props.desiredCount", "parent", "port". */
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  id: string;
  type?: string;
  changes: FieldChange[];
}

export interface Verdict {
  reachable: boolean;
  code?: string;
  reason?: string;
}

export interface VerdictChange {
  connection: string;
  from: string;
  to: string;
  /** Absent when the connection does not exist on that side. */
  before?: Verdict;
  after?: Verdict;
}

export interface CostLineChange {
  resource: string;
  line: string;
  before: number;
  after: number;
  delta: number;
}

export interface DesignDiff {
  a: string;
  b: string;
  resources: { added: Resource[]; removed: Resource[]; changed: ItemChange[] };
  connections: { added: Connection[]; removed: Connection[]; changed: ItemChange[] };
  findings: { added: FindingJson[]; resolved: FindingJson[] };
  reachability: VerdictChange[];
  /** Null when a design's region has no price table. */
  cost: { before: number; after: number; delta: number; lines: CostLineChange[] } | null;
  /** Errors B has that A did not: `skyplan diff` exits 1 when this is above zero. */
  newErrors: number;
}

/** JSON with object keys sorted: a design read from a file and one built in memory compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix = '',
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((key) => !same(before[key], after[key]))
    .map((key) => ({ field: `${prefix}${key}`, before: before[key], after: after[key] }));
}

function resourceChanges(a: Resource, b: Resource): FieldChange[] {
  const top = fieldChanges(
    { type: a.type, name: a.name, parent: a.parent },
    { type: b.type, name: b.name, parent: b.parent },
  );
  return [
    ...top,
    ...fieldChanges(a.props as Record<string, unknown>, b.props as Record<string, unknown>, 'props.'),
  ];
}

function compareById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  changes: (a: T, b: T) => FieldChange[],
): { added: T[]; removed: T[]; changed: ItemChange[] } {
  const old = new Map(before.map((item) => [item.id, item]));
  const next = new Map(after.map((item) => [item.id, item]));
  const changed: ItemChange[] = [];
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) continue;
    const found = changes(was, item);
    if (found.length > 0)
      changed.push({ id: item.id, ...('type' in item ? { type: String(item.type) } : {}), changes: found });
  }
  return {
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !next.has(item.id)),
    changed,
  };
}

function findingKey(finding: Finding): string {
  return canonical([finding.rule, finding.severity, finding.resources, finding.message, finding.params]);
}

function verdictOf(result: TraceResult | undefined, locale: Locale): Verdict | undefined {
  if (!result) return undefined;
  const json = traceToJson(result, locale);
  return json.blocked
    ? { reachable: false, code: json.blocked.code, reason: json.blocked.message }
    : { reachable: json.reachable };
}

function safeCost(design: Design): CostReport | undefined {
  try {
    return computeCost(design);
  } catch {
    return undefined;
  }
}

function costDiff(a: Design, b: Design): DesignDiff['cost'] {
  const before = safeCost(a);
  const after = safeCost(b);
  if (!before || !after) return null;
  const lines = new Map<string, CostLineChange>();
  const add = (report: CostReport, side: 'before' | 'after') => {
    for (const item of report.items) {
      for (const line of item.lines) {
        const key = `${item.resource}\u0000${line.id}`;
        const entry = lines.get(key) ?? {
          resource: item.resource,
          line: line.id,
          before: 0,
          after: 0,
          delta: 0,
        };
        entry[side] += line.monthly;
        lines.set(key, entry);
      }
    }
  };
  add(before, 'before');
  add(after, 'after');
  const changed = [...lines.values()]
    .map((line) => ({ ...line, delta: cents(line.after - line.before) }))
    .filter((line) => line.delta !== 0);
  return {
    before: before.monthlyTotal,
    after: after.monthlyTotal,
    delta: cents(after.monthlyTotal - before.monthlyTotal),
    lines: changed,
  };
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

export function diffDesigns(a: Design, b: Design, locale: Locale = 'en'): DesignDiff {
  const findingsA = runRules(a);
  const findingsB = runRules(b);
  const keysA = new Set(findingsA.map(findingKey));
  const keysB = new Set(findingsB.map(findingKey));
  const added = findingsB.filter((finding) => !keysA.has(findingKey(finding)));
  const resolved = findingsA.filter((finding) => !keysB.has(findingKey(finding)));

  const tracesA = traceAll(a);
  const tracesB = traceAll(b);
  const connectionsA = new Map(a.connections.map((c) => [c.id, c]));
  const reachability: VerdictChange[] = [];
  const ids = [...new Set([...a.connections.map((c) => c.id), ...b.connections.map((c) => c.id)])];
  for (const id of ids) {
    const before = verdictOf(tracesA.get(id), locale);
    const after = verdictOf(tracesB.get(id), locale);
    if (same(before, after)) continue;
    const connection = b.connections.find((c) => c.id === id) ?? connectionsA.get(id);
    if (!connection) continue;
    reachability.push({
      connection: id,
      from: connection.from,
      to: connection.to,
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
    });
  }

  return {
    a: a.name,
    b: b.name,
    resources: compareById(a.resources, b.resources, resourceChanges),
    connections: compareById(a.connections, b.connections, (x, y) =>
      fieldChanges(x as unknown as Record<string, unknown>, y as unknown as Record<string, unknown>),
    ),
    findings: {
      added: added.map((f) => findingToJson(f, locale)),
      resolved: resolved.map((f) => findingToJson(f, locale)),
    },
    reachability,
    cost: costDiff(a, b),
    newErrors: added.filter((finding) => finding.severity === 'error').length,
  };
}
