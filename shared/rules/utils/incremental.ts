/**
 * Incremental validation: `createIncrementalRunner().run(design)` returns exactly what
 * `runRules(design)` returns, but keeps the connection traces of the previous call and re-traces
 * only the connections whose result may have changed. Tracing is one of the largest pieces of
 * the rules' work, and most edits (a rename, a port, a connection's data figures) leave almost
 * every trace as it was; an edit of the layout alone returns the previous findings outright.
 * Like every engine cache, it assumes a design object is never changed in place (immer).
 *
 * A trace reads the network: resources (except their display names), the design's top-level
 * fields except its name, description and layout, of the other connections only their ends (load
 * balancer targets and clients, shared/network/walk.ts and nlb.ts), and the traced connection's
 * own ends, kind, protocol, port and IP version. When the top-level fields or any connection's
 * ends change, everything is traced again. Otherwise the resources that changed (compared as
 * text, so a structured clone compares like the original; each object is stringified once, so
 * after an edit only the objects it replaced are), or that moved in the list (addresses are
 * handed out in document order), pick the connections to re-trace:
 * those with an end in the trace scope of a changed resource (trace-scopes.ts: the resources a
 * trace can reach, grouped by VPC and joined by every id one resource names), or whose own
 * record changed. An edit inside one VPC thus re-traces that VPC's connections (and those of
 * VPCs joined to it by peering, transit gateways or references), not the whole design. If the
 * tracer ever starts reading a resource name, a connection's port from another connection, the
 * layout, or resources by a relation trace-scopes.ts does not know, this must learn it.
 *
 * The results are handed to `traceAll(design, undefined, reuse)`, which memoises them for the
 * design object, so the rules themselves are unchanged: their own `traceAll(design)` gets them.
 *
 * Rules that check resource by resource go further (RuleContext.reuse, shared/rules/README.md):
 * each owner whose trace scope holds no new object since the last run (changed, renamed, added,
 * removed, moved, or at a replaced connection) gets its previous findings back in place, so an
 * edit in one VPC re-runs, for instance, only that VPC's ECS deploy simulations.
 */
import type { Connection, Design, Resource } from '../../model/types';
import type { TraceResult } from '../../network/index';
import { traceAll } from '../../network/index';
import { runRule, sortFindings } from '../index';
import type { Finding, Rule } from '../types';
import { RULES } from '../registry';
import { designIndex } from './design-index';
import { stringsIn, traceScopes } from './trace-scopes';
import type { TraceScopes } from './trace-scopes';

export interface IncrementalStats {
  /** Connections traced by this run. */
  traced: number;
  /** Connections whose previous trace was reused. */
  reused: number;
  /** True when only the layout changed, so the previous findings were returned as they were. */
  layoutOnly: boolean;
  /** Owners (RuleContext.reuse) whose previous findings were kept, and those checked again. */
  ownersKept: number;
  ownersChecked: number;
}

export interface IncrementalRunner {
  /** The findings of runRules(design), reusing traces from the previous call where safe. */
  run(design: Design): Finding[];
  /** What the last run() did. */
  readonly stats: IncrementalStats;
  /**
   * Groups the last document run into trace scopes now, which the next run() after an edit
   * needs and would otherwise build first (about 5-13 ms at 1,000 resources, 15-30 ms at
   * 5,000). For idle time: the engine worker calls it after answering, before the next edit.
   */
  prepare(): void;
}

/** Top-level design fields that no trace reads (presentation and labels only). */
const IGNORED_DESIGN_FIELDS = new Set(['name', 'description', 'layout', 'resources', 'connections']);

/**
 * Texts of immutable objects, once per object: the editor never changes a resource or a
 * connection in place (immer gives an edited one a new object), and the engine worker's copy of
 * the document keeps the objects an edit left alone (renderer/engine/patch.ts), so after an edit
 * only what it touched is stringified. A document that shares no object with the previous one
 * (a structured clone) is compared as text all the same, just without the savings.
 */
function cachedText<T extends object>(
  cache: WeakMap<T, string>,
  value: T,
  text: (value: T) => string,
): string {
  let known = cache.get(value);
  if (known === undefined) {
    known = text(value);
    cache.set(value, known);
  }
  return known;
}

const readTexts = new WeakMap<Resource, string>();
const endsTexts = new WeakMap<Connection[], string>();
const connectionTexts = new WeakMap<Connection, string>();

/** A resource as a trace reads it: all but its display name. */
function readText(resource: Resource): string {
  return cachedText(readTexts, resource, ({ name: _name, ...read }) => JSON.stringify(read));
}

/**
 * What a trace can read besides resources and the traced connection's own record: the
 * design's top-level fields, and of the other connections only their ends, in order (load
 * balancer targets and NLB clients). A change here re-traces everything.
 */
function frameOf(design: Design): string {
  const top: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(design)) {
    if (!IGNORED_DESIGN_FIELDS.has(key)) top[key] = value;
  }
  const ends = cachedText(endsTexts, design.connections, (connections) =>
    JSON.stringify(connections.map((c) => [c.from, c.to])),
  );
  return `${JSON.stringify(top)}\n${ends}`;
}

/** Each resource as a trace reads it (all but its display name); null when ids repeat. */
function resourceTexts(design: Design): Map<string, string> | null {
  const texts = new Map<string, string>();
  for (const resource of design.resources) texts.set(resource.id, readText(resource));
  return texts.size === design.resources.length ? texts : null;
}

/** Everything a trace can read, except the traced connection's own record. */
export function networkFingerprint(design: Design): string {
  const texts = resourceTexts(design);
  return `${frameOf(design)}\n${texts ? [...texts.values()].join('\n') : JSON.stringify(design.resources)}`;
}

const recordTexts = new WeakMap<Connection, string>();

/** The fields of a connection its own trace reads (traceOne in shared/network/trace.ts). */
function recordOf(connection: Connection): string {
  return cachedText(recordTexts, connection, ({ from, to, kind, protocol, port, ipVersion }) =>
    JSON.stringify([from, to, kind, protocol, port, ipVersion]),
  );
}

/**
 * True when the rules could read anything different beyond the traces' inputs: names, the
 * description, whole connections. Asked only when no resource changed as a trace reads it, so
 * both designs have the same resource ids.
 */
function labelsDiffer(before: Design, now: Design): boolean {
  if (before.name !== now.name || before.description !== now.description) return true;
  // Same ids (no resource changed), but the order and the names are the rules' to read.
  const renamedOrMoved = now.resources.some((resource, i) => {
    const old = before.resources[i];
    return old !== resource && (old?.id !== resource.id || old.name !== resource.name);
  });
  if (renamedOrMoved) return true;
  if (before.connections === now.connections) return false;
  if (before.connections.length !== now.connections.length) return true;
  const text = (connection: Connection) =>
    cachedText(connectionTexts, connection, (value) => JSON.stringify(value));
  return now.connections.some((connection, i) => {
    const old = before.connections[i]!;
    return old !== connection && text(old) !== text(connection);
  });
}

/**
 * Ids of resources added, removed, changed (as a trace reads them) or moved in the list between
 * two runs. The order is read too: a subnet hands out its addresses in document order
 * (shared/network/model.ts), so a resource moved in the list shifts the addresses of those after
 * it. An id added or removed already counts (and re-traces its VPC); of the ids on both sides,
 * from the first position where their order parts, every one counts as changed.
 */
function changedIds(before: Map<string, string>, now: Map<string, string>): Set<string> {
  const changed = new Set<string>();
  for (const [id, text] of now) if (before.get(id) !== text) changed.add(id);
  for (const id of before.keys()) if (!now.has(id)) changed.add(id);
  const keptBefore = [...before.keys()].filter((id) => now.has(id));
  const keptNow = [...now.keys()].filter((id) => before.has(id));
  const parted = keptNow.findIndex((id, i) => keptBefore[i] !== id);
  if (parted >= 0) for (const id of keptNow.slice(parted)) changed.add(id);
  return changed;
}

/**
 * The ids changed between two documents (changedIds), or null when either repeats an id (then
 * nothing is compared). The editor's documents share every object an edit left alone (immer on
 * the page, patch.ts in the engine worker), so when both lists hold the same ids in the same
 * order only the objects that differ are compared, without a text map of every resource.
 * `uniqueBefore` says whether `before` had unique ids (known from its own run).
 */
function changedBetween(before: Design, now: Design, uniqueBefore: boolean): Set<string> | null {
  if (!uniqueBefore) return null;
  const [was, is] = [before.resources, now.resources];
  if (was.length === is.length) {
    const changed = new Set<string>();
    let aligned = true;
    for (let i = 0; i < is.length && aligned; i++) {
      const [old, resource] = [was[i]!, is[i]!];
      if (old === resource) continue;
      if (old.id !== resource.id) aligned = false;
      else if (readText(old) !== readText(resource)) changed.add(resource.id);
    }
    // Same ids in the same places: as unique as before.
    if (aligned) return changed;
  }
  const [textsBefore, textsNow] = [resourceTexts(before), resourceTexts(now)];
  return textsBefore && textsNow ? changedIds(textsBefore, textsNow) : null;
}

function uniqueIds(design: Design): boolean {
  return new Set(design.resources.map((resource) => resource.id)).size === design.resources.length;
}

/**
 * A rule's findings per owner (RuleContext.reuse), in the order the rule asked: one entry per
 * call, so a rule that visits an owner twice (two loops) gets each visit's findings back. Never
 * changed once recorded: owners without findings share one list (EMPTY_VISIT).
 */
type OwnerFindings = Map<string, readonly Finding[][]>;

interface Previous {
  design: Design;
  frame: string;
  /** No two resources share an id (otherwise the next run compares nothing). */
  unique: boolean;
  findings: Finding[];
  /** Connection id → its record and trace result. */
  traces: Map<string, { record: string; result: TraceResult }>;
  /** Rule id → its findings per owner, for rules that ask RuleContext.reuse. */
  owners: Map<string, OwnerFindings>;
}

/**
 * Runs one rule, handing it a `reuse` that gives back an owner's earlier findings when
 * `earlier(owner)` has them (false or undefined: check it again), and records what the rule
 * reported per owner this time, for the next run. A visit's findings are those reported from
 * its `reuse` call to the next one. This runs for every rule on every edit, so it records as it
 * goes and allocates nothing for an owner visited once without findings (most of them): at
 * 1,000 resources its bookkeeping was a quarter of the worker's allocation per edit, and what
 * the worker allocates decides how often its collector pauses an answer.
 */
function runWithReuse(
  rule: Rule,
  design: Design,
  earlier: ((owner: string) => readonly Finding[][] | false | undefined) | undefined,
): { found: Finding[]; byOwner: OwnerFindings; kept: number; checked: number } {
  const found: Finding[] = [];
  const byOwner: OwnerFindings = new Map();
  let [visits, kept] = [0, 0];
  // The visit being checked (null: none, or one given back): its owner and where its findings start.
  let open: string | null = null;
  let openStart = 0;
  const settle = (): void => {
    if (open !== null && found.length > openStart) {
      const lists = byOwner.get(open)!.slice();
      lists[lists.length - 1] = found.slice(openStart);
      byOwner.set(open, lists);
    }
    open = null;
  };
  const reuse = (owner: string): boolean => {
    settle();
    visits++;
    const lists = byOwner.get(owner);
    const before = earlier?.(owner);
    const again = before ? before[lists?.length ?? 0] : undefined;
    const own = again ?? NONE;
    byOwner.set(owner, lists ? [...lists, own] : own === NONE ? EMPTY_VISIT : [own]);
    if (!again) {
      open = owner;
      openStart = found.length;
      return false;
    }
    found.push(...again);
    kept++;
    return true;
  };
  runRule(rule, design, reuse, found);
  settle();
  return { found, byOwner, kept, checked: visits - kept };
}

/** Never added to: what an owner without findings keeps. */
const NONE: Finding[] = [];
/** One visit without findings, shared by every such owner (copied, never changed). */
const EMPTY_VISIT: readonly Finding[][] = [NONE];

const scopeCache = new WeakMap<Design, TraceScopes>();

/**
 * The trace scopes of `design`. An edit that adds or removes no resource, and whose replaced
 * resources keep their type and name nothing new outside their own group (nor move under a
 * parent outside it), makes no join the old groups do not already hold: they are the same or
 * coarser, and a coarser group only ever re-traces and re-checks more, so they serve (a route
 * table that loses or regains a route, a port, a setting). Anything else groups the design again.
 */
function scopesOf(design: Design, before?: Design): TraceScopes {
  let scopes = scopeCache.get(design);
  if (!scopes) {
    const earlier = before && scopeCache.get(before);
    scopes = earlier && joinsNoMore(before, design, earlier) ? earlier : traceScopes(design);
    scopeCache.set(design, scopes);
  }
  return scopes;
}

function joinsNoMore(before: Design, now: Design, groups: TraceScopes): boolean {
  if (before.resources.length !== now.resources.length) return false;
  // The previous document's index, which its rules built last run.
  const old = designIndex(before);
  // Past a few replaced resources (a document that shares no object with the last, such as a
  // structured clone), comparing what each names costs more than grouping again.
  let budget = Math.max(64, now.resources.length / 16);
  for (const resource of now.resources) {
    const was = old.get(resource.id);
    if (!was) return false;
    if (was === resource) continue;
    if (--budget < 0) return false;
    const group = groups.get(resource.id);
    const inGroup = (id: string | undefined) => id === undefined || groups.get(id) === group;
    if (was.type !== resource.type || (was.parent !== resource.parent && !inGroup(resource.parent)))
      return false;
    const named = new Set(stringsIn(was));
    for (const value of stringsIn(resource)) {
      if (!named.has(value) && old.get(value) !== undefined && !inGroup(value)) return false;
    }
  }
  return true;
}

/**
 * Which resources may read differently after `changed` resources changed: those in the trace
 * scope (trace-scopes.ts) of a changed resource, before or after the edit, and any id missing
 * on either side. A connection may trace differently when one of its ends is touched.
 */
function touchedBy(changed: Set<string>, before: Design, now: Design): (id: string) => boolean {
  if (changed.size === 0) return () => false;
  const [scopesBefore, scopesNow] = [scopesOf(before), scopesOf(now, before)];
  const hitBefore = new Set<string>();
  const hitNow = new Set<string>();
  for (const id of changed) {
    const a = scopesBefore.get(id);
    const b = scopesNow.get(id);
    if (a !== undefined) hitBefore.add(a);
    if (b !== undefined) hitNow.add(b);
  }
  return (id) => {
    const a = scopesBefore.get(id);
    const b = scopesNow.get(id);
    return a === undefined || b === undefined || hitBefore.has(a) || hitNow.has(b);
  };
}

/**
 * Ids whose objects differ between two runs, for the rules' reuse (RuleContext.reuse): the
 * resources changed as a trace reads them, plus any resource that is a new object (a rename:
 * rules print names), plus both ends of any connection that is new, gone or a new object.
 * A document that shares no object with the previous one (a structured clone) thus re-checks
 * every owner.
 */
function replacedIds(changed: Set<string>, before: Design, now: Design): Set<string> {
  const replaced = new Set(changed);
  const old = designIndex(before);
  // forEach, not for-of: once per edit, the loop allocated an iterator result per resource.
  now.resources.forEach((resource) => {
    if (old.get(resource.id) !== resource) replaced.add(resource.id);
  });
  if (before.connections !== now.connections) {
    // What is left of the old list after taking out every object the new one still holds is gone.
    const left = new Set(before.connections);
    for (const connection of now.connections) {
      if (!left.delete(connection)) replaced.add(connection.from).add(connection.to);
    }
    for (const connection of left) replaced.add(connection.from).add(connection.to);
  }
  return replaced;
}

export function createIncrementalRunner(rules: readonly Rule[] = RULES): IncrementalRunner {
  let previous: Previous | undefined;
  const stats: IncrementalStats = {
    traced: 0,
    reused: 0,
    layoutOnly: false,
    ownersKept: 0,
    ownersChecked: 0,
  };
  return {
    stats,
    run(design) {
      const frame = frameOf(design);
      const sameFrame = previous?.frame === frame ? previous : undefined;
      const changed = sameFrame ? changedBetween(sameFrame.design, design, sameFrame.unique) : null;
      const comparable = changed ? sameFrame : undefined;
      const unique = sameFrame && changed ? true : uniqueIds(design);
      if (comparable && changed?.size === 0 && !labelsDiffer(comparable.design, design)) {
        Object.assign(stats, { traced: 0, reused: 0, layoutOnly: true, ownersKept: 0, ownersChecked: 0 });
        return [...comparable.findings];
      }
      const touched = comparable && changed ? touchedBy(changed, comparable.design, design) : undefined;
      let asked = 0;
      let reused = 0;
      // The callback does not run when traceAll is already memoised for this design object.
      const results = traceAll(design, undefined, (connection) => {
        asked++;
        const before = comparable?.traces.get(connection.id);
        if (
          !before ||
          !touched ||
          touched(connection.from) ||
          touched(connection.to) ||
          before.record !== recordOf(connection)
        ) {
          return undefined;
        }
        reused++;
        return before.result;
      });
      const traces: Previous['traces'] = new Map();
      for (const connection of design.connections) {
        const result = results.get(connection.id);
        if (!result) continue;
        // A trace given back keeps its entry: no new object per connection on every edit.
        const kept = comparable?.traces.get(connection.id);
        const record = recordOf(connection);
        traces.set(
          connection.id,
          kept?.result === result && kept.record === record ? kept : { record, result },
        );
      }
      const recheck =
        comparable && changed
          ? touchedBy(replacedIds(changed, comparable.design, design), comparable.design, design)
          : undefined;
      const owners = new Map<string, OwnerFindings>();
      let [ownersKept, ownersChecked] = [0, 0];
      const findings = sortFindings(
        rules.flatMap((rule) => {
          const before = recheck && comparable?.owners.get(rule.meta.id);
          const { found, byOwner, kept, checked } = runWithReuse(
            rule,
            design,
            before ? (owner) => !recheck(owner) && before.get(owner) : undefined,
          );
          owners.set(rule.meta.id, byOwner);
          ownersKept += kept;
          ownersChecked += checked;
          return found;
        }),
      );
      previous = { design, frame, unique, findings, traces, owners };
      Object.assign(stats, { traced: asked - reused, reused, layoutOnly: false, ownersKept, ownersChecked });
      return [...findings];
    },
    prepare() {
      if (previous) scopesOf(previous.design);
    },
  };
}
