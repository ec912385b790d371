/**
 * Every layer of checking that can run, in one pass (`skyplan validate`). The loader
 * (`parseDesign`) stops at the first layer with issues, because the app must never open half a
 * design. A person fixing a file wants to see everything at once: a schema error in one
 * resource and a broken reference in another, and what the rules say about the rest.
 *
 * How it salvages: resources and connections whose own shape is wrong are set aside, and the
 * references are checked on what is left. An item whose reference is broken is set aside too
 * (and so is anything that hangs off something set aside, silently: its only problem is the
 * other item's). What remains is a well-formed design the rules can read. Issues keep the
 * paths of the original file. A document-level problem (no resources list, a bad region, an
 * unknown version) stops at the layer that found it, as the loader does.
 */
import type { DesignIssue } from './issues';
import { checkDesignValue, locate, parseDesign } from './load';
import type { JsonPath } from './json';
import { readJson } from './json';
import { DEFAULT_PLAN, migrate } from './migrate';
import { checkReferences } from './references';
import { checkSchema } from './schema';
import { isObject } from './shape';
import type { Design } from './types';

export interface LayeredCheck {
  /** Every issue found by the schema and reference layers, in the original file's paths. */
  issues: DesignIssue[];
  /** The part of the design that loaded cleanly (null when nothing could be salvaged). */
  design: Design | null;
  /** Resource and connection ids left out of `design` because of their own or a parent's issue. */
  setAside: string[];
}

type Section = 'resources' | 'connections';

interface Kept {
  items: Record<string, unknown>[];
  /** Index in the kept list -> index in the original file. */
  original: number[];
}

function itemOf(path: JsonPath): { section: Section; index: number } | null {
  const [section, index] = path;
  if ((section === 'resources' || section === 'connections') && typeof index === 'number') {
    return { section, index };
  }
  return null;
}

function keep(list: unknown[], drop: ReadonlySet<number>, original?: number[]): Kept {
  const kept: Kept = { items: [], original: [] };
  list.forEach((item, i) => {
    if (drop.has(i)) return;
    kept.items.push(item as Record<string, unknown>);
    kept.original.push(original ? (original[i] ?? i) : i);
  });
  return kept;
}

/** Rewrites a path in the kept lists back to the file's own index. */
function toOriginal(found: DesignIssue, kept: Record<Section, Kept>): DesignIssue {
  const item = itemOf(found.path);
  if (!item) return found;
  const index = kept[item.section].original[item.index] ?? item.index;
  return { ...found, path: [item.section, index, ...found.path.slice(2)] };
}

function idOf(item: unknown): string | null {
  return isObject(item) && typeof item.id === 'string' ? item.id : null;
}

/** The layers from text: JSON, version, schema, references; see the file comment. */
export function checkLayers(text: string): LayeredCheck {
  const loaded = parseDesign(text);
  if (loaded.ok) return { issues: [], design: loaded.design, setAside: [] };
  const read = readJson(text);
  const fallback: LayeredCheck = { issues: loaded.issues, design: null, setAside: [] };
  if (!read.ok || !isObject(read.value) || read.value.format !== 'skyplan') return fallback;
  const migrated = migrate(read.value, DEFAULT_PLAN);
  if (!migrated.ok) return fallback;
  const doc = migrated.doc;
  if (!Array.isArray(doc.resources) || !Array.isArray(doc.connections)) return fallback;

  // Layer 1, schema: issues inside one item set that item aside; any other stops here.
  const schemaIssues = checkSchema(doc);
  const dropped: Record<Section, Set<number>> = { resources: new Set(), connections: new Set() };
  for (const found of schemaIssues) {
    const item = itemOf(found.path);
    if (!item) return fallback;
    dropped[item.section].add(item.index);
  }
  const setAside = new Set<string>();
  const issues: DesignIssue[] = [...schemaIssues];
  let kept: Record<Section, Kept> = {
    resources: keep(doc.resources, dropped.resources),
    connections: keep(doc.connections, dropped.connections),
  };
  const remember = (indices: Iterable<number>, list: unknown[]) => {
    for (const i of indices) {
      const id = idOf(list[i]);
      if (id) setAside.add(id);
    }
  };
  remember(dropped.resources, doc.resources);
  remember(dropped.connections, doc.connections);

  // Layer 2, references, until nothing more is set aside. A reference to an item already set
  // aside is that item's problem, not a second one to report.
  for (let round = 0; round < 100; round++) {
    // A resource may leave out `props` (or write null) and mean {}, as the loader reads it.
    const resources = kept.resources.items.map((r) => (isObject(r.props) ? r : { ...r, props: {} }));
    const candidate = { ...doc, resources, connections: kept.connections.items };
    const found = checkReferences(candidate as unknown as Design);
    if (found.length === 0) break;
    const drop: Record<Section, Set<number>> = { resources: new Set(), connections: new Set() };
    for (const one of found) {
      const item = itemOf(one.path);
      const target = one.params.id;
      const consequence =
        typeof target === 'string' && setAside.has(target) && one.code !== 'ref.duplicateId';
      if (!consequence) issues.push(toOriginal(one, kept));
      if (item) drop[item.section].add(item.index);
    }
    if (drop.resources.size === 0 && drop.connections.size === 0) {
      return { ...fallback, issues: locate(text, issues) };
    }
    remember(drop.resources, kept.resources.items);
    remember(drop.connections, kept.connections.items);
    kept = {
      resources: keep(kept.resources.items, drop.resources, kept.resources.original),
      connections: keep(kept.connections.items, drop.connections, kept.connections.original),
    };
  }

  // What is left must load as a design on its own (scenarios, props filled in); else no rules.
  const rest = checkDesignValue({
    ...doc,
    resources: kept.resources.items,
    connections: kept.connections.items,
  });
  return {
    issues: locate(text, issues),
    design: rest.ok ? rest.design : null,
    setAside: [...setAside],
  };
}
