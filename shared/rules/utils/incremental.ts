/**
 * Incremental validation: `createIncrementalRunner().run(design)` returns exactly what
 * `runRules(design)` returns, but keeps the connection traces of the previous call and re-traces
 * only the connections whose result may have changed. Tracing is one of the largest pieces of
 * the rules' work, and most edits (a rename, a port, a connection's data figures) leave almost
 * every trace as it was; an edit of the layout alone returns the previous findings outright.
 * Like every engine cache, it assumes a design object is never changed in place (immer).
 *
 * A trace reads the whole network: every resource except its display name, the design's
 * top-level fields except its name, description and layout, and of the other connections only
 * their ends (load balancer targets and clients, shared/network/walk.ts and nlb.ts), plus the
 * traced connection's own ends, kind, protocol, port and IP version. The "network fingerprint"
 * below is that text for everything but the traced connection. When it is unchanged, a
 * connection whose own record is unchanged gets its previous result; otherwise everything is
 * traced again. Anything not listed as ignored is part of the fingerprint, so a new field read
 * by the tracer is safe by default; if the tracer ever starts reading a resource name, a
 * connection's port from another connection, or the layout, this file must learn it.
 *
 * The results are handed to `traceAll(design, undefined, reuse)`, which memoises them for the
 * design object, so the rules themselves are unchanged: their own `traceAll(design)` gets them.
 */
import type { Connection, Design } from '../../model/types';
import type { TraceResult } from '../../network/index';
import { traceAll } from '../../network/index';
import { runRules } from '../index';
import type { Finding, Rule } from '../types';
import { RULES } from '../registry';

export interface IncrementalStats {
  /** Connections traced by this run. */
  traced: number;
  /** Connections whose previous trace was reused. */
  reused: number;
  /** True when only the layout changed, so the previous findings were returned as they were. */
  layoutOnly: boolean;
}

export interface IncrementalRunner {
  /** The findings of runRules(design), reusing traces from the previous call where safe. */
  run(design: Design): Finding[];
  /** What the last run() did. */
  readonly stats: IncrementalStats;
}

/** Top-level design fields that no trace reads (presentation and labels only). */
const IGNORED_DESIGN_FIELDS = new Set(['name', 'description', 'layout', 'resources', 'connections']);

/** Everything a trace can read, except the traced connection's own record. */
export function networkFingerprint(design: Design): string {
  const top: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(design)) {
    if (!IGNORED_DESIGN_FIELDS.has(key)) top[key] = value;
  }
  // One stringify of all resources, leaving out each resource's own `name` (not a prop called
  // name): a third of the cost of a stringify per resource on a 5,000-resource design.
  const resources = new Set<unknown>(design.resources);
  const text = JSON.stringify(design.resources, function (this: unknown, key, value: unknown) {
    return key === 'name' && resources.has(this) ? undefined : value;
  });
  // Other connections are read only for their ends, in order (load balancer targets, NLB clients).
  const ends = JSON.stringify(design.connections.map((c) => [c.from, c.to]));
  return `${JSON.stringify(top)}\n${text}\n${ends}`;
}

/** The fields of a connection its own trace reads (traceOne in shared/network/trace.ts). */
function recordOf(connection: Connection): string {
  const { from, to, kind, protocol, port, ipVersion } = connection;
  return JSON.stringify([from, to, kind, protocol, port, ipVersion]);
}

/**
 * Everything any rule reads: the whole design but its layout (no rule, trace or deploy plan
 * reads the layout; it is presentation only), built on the fingerprint so it costs little more.
 */
function contentKey(design: Design, fingerprint: string): string {
  const names = design.resources.map((r) => r.name);
  return JSON.stringify([design.name, design.description, names, design.connections]) + fingerprint;
}

interface Previous {
  fingerprint: string;
  content: string;
  findings: Finding[];
  /** Connection id → its record and trace result. */
  traces: Map<string, { record: string; result: TraceResult }>;
}

export function createIncrementalRunner(rules: readonly Rule[] = RULES): IncrementalRunner {
  let previous: Previous | undefined;
  const stats: IncrementalStats = { traced: 0, reused: 0, layoutOnly: false };
  return {
    stats,
    run(design) {
      const fingerprint = networkFingerprint(design);
      const content = contentKey(design, fingerprint);
      if (previous?.content === content) {
        Object.assign(stats, { traced: 0, reused: 0, layoutOnly: true });
        return [...previous.findings];
      }
      const known = previous?.fingerprint === fingerprint ? previous.traces : undefined;
      let asked = 0;
      let reused = 0;
      // The callback does not run when traceAll is already memoised for this design object.
      const results = traceAll(design, undefined, (connection) => {
        asked++;
        const before = known?.get(connection.id);
        if (!before || before.record !== recordOf(connection)) return undefined;
        reused++;
        return before.result;
      });
      const traces: Previous['traces'] = new Map();
      for (const connection of design.connections) {
        const result = results.get(connection.id);
        if (result) traces.set(connection.id, { record: recordOf(connection), result });
      }
      const findings = runRules(design, rules);
      previous = { fingerprint, content, findings, traces };
      Object.assign(stats, { traced: asked - reused, reused, layoutOnly: false });
      return [...findings];
    },
  };
}
