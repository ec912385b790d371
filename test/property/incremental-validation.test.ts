/**
 * Incremental validation (shared/rules/utils/incremental.ts) must give exactly the findings of a full
 * runRules after any sequence of edits: from every bundled template and example and a generated
 * design, random edits (renames, routes, security group rules, ports, deletions, moves between
 * subnets, usage figures, layout, references retargeted across VPCs, deleted connections) are
 * applied the way the editor does (immer, new objects for what changed), and after every step
 * the incremental answer is compared with a fresh full run.
 */
import fc from 'fast-check';
import { current, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../shared/model/generate';
import { parseDesign } from '../../shared/model/index';
import type { Design, Resource } from '../../shared/model/index';
import { runRules } from '../../shared/rules/index';
import { createIncrementalRunner } from '../../shared/rules/utils/incremental';
import { applyDesignPatch, diffDesign } from '../../renderer/engine/patch';
import { SEEDS } from './designs';
import { params, RUNS, TIMEOUT_MS } from './settings';

type Edit =
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'route'; at: number; pick: number; field: 'target' | 'destination' }
  | { kind: 'sgRemove'; at: number; pick: number }
  | { kind: 'sgAdd'; at: number; pick: number; port: string }
  | { kind: 'port'; at: number; port: number | undefined }
  | { kind: 'addConnection'; at: number; pick: number; port: number }
  | { kind: 'delete'; at: number }
  | { kind: 'move'; at: number; pick: number }
  | { kind: 'usage'; at: number; gb: number }
  | { kind: 'layout'; at: number; x: number }
  | { kind: 'retarget'; at: number; pick: number }
  | { kind: 'sgPeer'; at: number; pick: number }
  | { kind: 'deleteConnection'; at: number }
  | { kind: 'copy'; at: number; pick: number }
  | { kind: 'reorder'; at: number }
  | { kind: 'region'; pick: number }
  | { kind: 'tune'; at: number; pick: number }
  | { kind: 'subnets'; at: number; pick: number }
  | { kind: 'cidr'; at: number; pick: number };

const at = fc.nat();
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), at, name: fc.string({ maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('route' as const),
    at,
    pick: fc.nat(),
    field: fc.constantFrom('target' as const, 'destination' as const),
  }),
  fc.record({ kind: fc.constant('sgRemove' as const), at, pick: fc.nat() }),
  fc.record({
    kind: fc.constant('sgAdd' as const),
    at,
    pick: fc.nat(),
    port: fc.constantFrom('22', '80', '443', '3306', '5432', '8080', '0-65535'),
  }),
  fc.record({
    kind: fc.constant('port' as const),
    at,
    port: fc.constantFrom(undefined, 22, 80, 443, 3306, 5432, 8080),
  }),
  fc.record({
    kind: fc.constant('addConnection' as const),
    at,
    pick: fc.nat(),
    port: fc.constantFrom(80, 443, 5432),
  }),
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('move' as const), at, pick: fc.nat() }),
  fc.record({ kind: fc.constant('usage' as const), at, gb: fc.integer({ min: 0, max: 5000 }) }),
  fc.record({ kind: fc.constant('layout' as const), at, x: fc.integer({ min: 0, max: 4000 }) }),
  // References across VPCs are what join trace scopes (shared/rules/utils/trace-scopes.ts).
  fc.record({ kind: fc.constant('retarget' as const), at, pick: fc.nat() }),
  fc.record({ kind: fc.constant('sgPeer' as const), at, pick: fc.nat() }),
  fc.record({ kind: fc.constant('deleteConnection' as const), at }),
  // Lists whose order changes and top-level fields: what a design patch (renderer/engine/patch.ts) must carry.
  fc.record({ kind: fc.constant('copy' as const), at, pick: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), at }),
  fc.record({ kind: fc.constant('region' as const), pick: fc.nat() }),
  // What the per-owner rules read (RuleContext.reuse): deploy settings, placement, subnet sizes.
  fc.record({ kind: fc.constant('tune' as const), at, pick: fc.nat() }),
  fc.record({ kind: fc.constant('subnets' as const), at, pick: fc.nat() }),
  fc.record({ kind: fc.constant('cidr' as const), at, pick: fc.nat() }),
);

/** Settings the deploy engine and the availability rules read, with values worth trying. */
const TUNABLE: readonly [string, readonly unknown[]][] = [
  ['desiredCount', [0, 1, 2, 6, 40]],
  ['autoScalingMax', [undefined, 4, 60, 300]],
  ['maximumPercent', [100, 150, 200]],
  ['minimumHealthyPercent', [0, 50, 100]],
  ['launchType', ['fargate', 'ec2']],
  ['assignPublicIp', [true, false]],
  ['multiAz', [true, false]],
  ['imageSource', ['ecr', 'public']],
];

function nth<T>(items: readonly T[], index: number): T | undefined {
  return items.length ? items[index % items.length] : undefined;
}

function ofType(design: Design, type: string): Resource[] {
  return design.resources.filter((resource) => resource.type === type);
}

/** Props are typed per resource type; the edits write them generically, as a file could. */
function propsOf(resource: Resource): Record<string, unknown> {
  return resource.props as Record<string, unknown>;
}

function apply(design: Design, e: Edit): Design {
  return produce(design, (draft) => {
    const ids = draft.resources.map((r) => r.id);
    switch (e.kind) {
      case 'rename': {
        const resource = nth(draft.resources, e.at);
        if (resource) resource.name = e.name;
        return;
      }
      case 'route': {
        const table = nth(ofType(draft, 'route-table'), e.at);
        const list = table && propsOf(table).routes;
        const route = Array.isArray(list)
          ? (nth(list, e.pick) as Record<string, unknown> | undefined)
          : undefined;
        if (!route) return;
        if (e.field === 'target') route.target = nth(ids, e.pick * 7 + 3);
        else route.destination = nth(['0.0.0.0/0', '10.0.0.0/8', '10.0.1.0/24', '172.16.0.0/12'], e.pick);
        return;
      }
      case 'sgRemove': {
        const group = nth(ofType(draft, 'security-group'), e.at);
        const inbound = group && propsOf(group).inbound;
        if (Array.isArray(inbound) && inbound.length) inbound.splice(e.pick % inbound.length, 1);
        return;
      }
      case 'sgAdd': {
        const groups = ofType(draft, 'security-group');
        const group = nth(groups, e.at);
        if (!group) return;
        const peer = e.pick % 3 === 0 ? '0.0.0.0/0' : (nth(groups, e.pick)?.id ?? '10.0.0.0/8');
        const props = propsOf(group);
        const inbound = Array.isArray(props.inbound) ? props.inbound : [];
        props.inbound = [...inbound, { protocol: 'tcp', ports: e.port, peer }];
        return;
      }
      case 'port': {
        const connection = nth(draft.connections, e.at);
        if (connection) connection.port = e.port;
        return;
      }
      case 'addConnection': {
        const from = nth(ids, e.at);
        const to = nth(ids, e.pick);
        if (from && to && from !== to) {
          draft.connections.push({
            id: `c-added-${draft.connections.length}-${e.at}`,
            from,
            to,
            port: e.port,
          });
        }
        return;
      }
      case 'delete': {
        const id = nth(ids, e.at);
        draft.resources = draft.resources.filter((r) => r.id !== id);
        draft.connections = draft.connections.filter((c) => c.from !== id && c.to !== id);
        return;
      }
      case 'move': {
        const placed = draft.resources.filter((r) => ofType(draft, 'subnet').some((s) => s.id === r.parent));
        const resource = nth(placed, e.at);
        const subnet = nth(ofType(draft, 'subnet'), e.pick);
        if (resource && subnet) resource.parent = subnet.id;
        return;
      }
      case 'usage': {
        const connection = nth(draft.connections, e.at);
        if (connection) connection.dataGbPerMonth = e.gb;
        return;
      }
      case 'layout': {
        const id = nth(ids, e.at);
        if (!id) return;
        draft.layout ??= {};
        draft.layout[id] = { x: e.x, y: e.x / 2 };
        return;
      }
      case 'retarget': {
        // Any prop naming a resource (a route target, a peer VPC, an attachment's gateway, an
        // endpoint's subnet) now names another one, maybe in another VPC.
        const resource = nth(draft.resources, e.at);
        if (!resource) return;
        const props = propsOf(resource);
        const naming = Object.keys(props).filter((key) => ids.includes(props[key] as string));
        const key = nth(naming, e.pick);
        if (key) props[key] = nth(ids, e.pick * 3 + 1);
        return;
      }
      case 'sgPeer': {
        const groups = ofType(draft, 'security-group');
        const inbound = propsOf(nth(groups, e.at) ?? ({ props: {} } as Resource)).inbound;
        const rule = Array.isArray(inbound) ? (nth(inbound, e.pick) as Record<string, unknown>) : undefined;
        const peer = nth(groups, e.pick * 5 + 2)?.id;
        if (rule && peer) rule.peer = peer;
        return;
      }
      case 'deleteConnection': {
        const connection = nth(draft.connections, e.at);
        if (connection) draft.connections = draft.connections.filter((c) => c !== connection);
        return;
      }
      case 'copy': {
        // A pasted copy, inserted in the middle of the list.
        const resource = nth(draft.resources, e.at);
        if (!resource) return;
        const copy = { ...structuredClone(current(resource)), id: `copy-${draft.resources.length}-${e.at}` };
        draft.resources.splice(e.pick % (draft.resources.length + 1), 0, copy);
        return;
      }
      case 'reorder': {
        const index = draft.resources.length ? e.at % draft.resources.length : -1;
        const [moved] = index >= 0 ? draft.resources.splice(index, 1) : [];
        if (moved) draft.resources.push(moved);
        return;
      }
      case 'tune': {
        const resource = nth(draft.resources, e.at);
        const [key, values] = nth(TUNABLE, e.pick) ?? TUNABLE[0]!;
        if (resource && ['ecs-service', 'rds-instance', 'lambda-function'].includes(resource.type)) {
          propsOf(resource)[key] = nth(values, Math.floor(e.pick / TUNABLE.length));
        }
        return;
      }
      case 'subnets': {
        // A placement list gains or swaps a subnet, maybe one of another VPC.
        const placed = draft.resources.filter((r) => Array.isArray(propsOf(r).subnets));
        const resource = nth(placed, e.at);
        const subnet = nth(ofType(draft, 'subnet'), e.pick);
        if (!resource || !subnet) return;
        const list = propsOf(resource).subnets as string[];
        if (e.pick % 2 === 0 && list.length) list[e.pick % list.length] = subnet.id;
        else list.push(subnet.id);
        return;
      }
      case 'cidr': {
        const subnet = nth(ofType(draft, 'subnet'), e.at);
        const cidr = subnet ? propsOf(subnet).cidr : undefined;
        if (!subnet || typeof cidr !== 'string') return;
        const [address] = cidr.split('/');
        propsOf(subnet).cidr = `${address}/${nth([24, 26, 27, 28], e.pick)}`;
        return;
      }
      case 'region': {
        draft.region = nth(['us-east-1', 'ap-northeast-2', 'eu-west-1'], e.pick) ?? 'us-east-1';
        return;
      }
    }
  });
}

function designOf(doc: Record<string, unknown>): Design {
  const loaded = parseDesign(JSON.stringify(doc));
  if (!loaded.ok) throw new Error('a bundled design does not load');
  return loaded.design;
}

const BUNDLED = SEEDS.map(({ name, doc }) => ({ name, design: designOf(doc) }));

/** Applies the edits one by one, checking the incremental answer against a full run each time. */
function agrees(start: Design, edits: Edit[]): void {
  // One runner sees the editor's designs (unchanged parts are the same objects); one sees a
  // structured clone of each (no object is shared between runs); one sees what the engine
  // worker sees: its copy of the first document, then each edit's patch, structured-cloned
  // across the thread boundary and applied to the copy (renderer/engine/patch.ts).
  const shared = createIncrementalRunner();
  const cloned = createIncrementalRunner();
  const patched = createIncrementalRunner();
  let design = start;
  let sent: Design | undefined;
  let copy: Design | undefined;
  for (const e of [undefined, ...edits]) {
    if (e) design = apply(design, e);
    const patch = sent && diffDesign(sent, design);
    copy = patch && copy ? applyDesignPatch(copy, structuredClone(patch)) : structuredClone(design);
    sent = design;
    expect(copy).toEqual(design);
    // A structured clone has none of the design's caches: the full run starts from nothing.
    const full = runRules(structuredClone(design));
    expect(shared.run(design)).toEqual(full);
    expect(cloned.run(structuredClone(design))).toEqual(full);
    expect(patched.run(copy)).toEqual(full);
  }
}

describe('property: incremental validation equals a full run', () => {
  it(
    'bundled templates and examples under random edit sequences',
    () => {
      expect(BUNDLED.length).toBeGreaterThan(3);
      fc.assert(
        fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, edits) => {
          agrees(BUNDLED[which % BUNDLED.length]!.design, edits);
        }),
        params(),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a generated design of several VPCs under random edit sequences',
    () => {
      // Three VPCs: an edit in one must re-trace what it can reach there and nothing else.
      const generated = generateDesign(260);
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => agrees(generated, edits)),
        params(Math.max(5, Math.floor(RUNS / 10))),
      );
    },
    TIMEOUT_MS,
  );
});
