/**
 * Attachments and chips derived from the previous document (shared/diagram/attachments.ts
 * attachmentsOf(design, previous), renderer/canvas/flowExtras.ts chipsOf(..., previous)) must
 * equal a derivation from scratch after any sequence of edits: from every bundled template and
 * example and a generated design, random edits of what attachments read (route table, NACL and
 * security group references, a table's main flag and routes, names, parents) are applied the way
 * the editor does (immer), and after every step both answers are compared, object by object.
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { attachmentsOf, looseAttachments } from '../../shared/diagram/attachments';
import type { Attachments } from '../../shared/diagram/attachments';
import { generateDesign } from '../../shared/model/generate';
import { parseDesign } from '../../shared/model/index';
import type { Design } from '../../shared/model/index';
import { chipsOf } from '../../renderer/canvas/flowExtras';
import { SEEDS } from './designs';
import { params, RUNS, TIMEOUT_MS } from './settings';

type Field = 'routeTable' | 'networkAcl' | 'securityGroups' | 'main' | 'routes' | 'name' | 'parent';

interface Edit {
  field: Field;
  /** The resource edited (modulo the count). */
  at: number;
  /** The id or value written (modulo the choices). */
  pick: number;
  /** How many resources the edit touches at once (an inspector edit is one; a paste is several). */
  count: number;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  field: fc.constantFrom<Field>(
    'routeTable',
    'routeTable',
    'networkAcl',
    'securityGroups',
    'securityGroups',
    'main',
    'routes',
    'name',
    'parent',
  ),
  at: fc.nat(),
  pick: fc.nat(),
  count: fc.constantFrom(1, 1, 1, 2, 5),
});

function apply(design: Design, { field, at, pick, count }: Edit): Design {
  return produce(design, (draft) => {
    const ids = draft.resources.map((r) => r.id);
    const choice = (k: number) => (pick % 5 === 0 ? undefined : ids[(pick + k * 13) % ids.length]);
    for (let k = 0; k < count; k++) {
      const resource = draft.resources[(at + k * 7) % draft.resources.length];
      if (!resource) return;
      const props = resource.props as Record<string, unknown>;
      if (field === 'routeTable' || field === 'networkAcl') props[field] = choice(k);
      else if (field === 'securityGroups')
        props.securityGroups = [choice(k), choice(k + 1), 42].filter((id) => id !== undefined);
      else if (field === 'main') props.main = !props.main;
      else if (field === 'routes') props.routes = [{ destination: '0.0.0.0/0', target: choice(k) ?? 'gone' }];
      else if (field === 'name') resource.name = `n${pick % 4}`;
      else resource.parent = choice(k);
    }
  });
}

/** The attachments with every resource they hold, by identity (toEqual would accept a stale copy). */
function sameAttachments(a: Map<string, Attachments>, b: Map<string, Attachments>): void {
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [id, entry] of a) {
    const other = b.get(id)!;
    expect(entry.routeTable).toBe(other.routeTable);
    expect(entry.networkAcl).toBe(other.networkAcl);
    expect(entry.securityGroups.length).toBe(other.securityGroups.length);
    entry.securityGroups.forEach((group, i) => expect(group).toBe(other.securityGroups[i]));
  }
}

/** The same document with a new resource list: nothing cached for it, so derived from scratch. */
const fresh = (design: Design): Design => ({ ...design, resources: [...design.resources] });

/** Applies the edits one by one, as the canvas asks: the previous document's answers first. */
function agrees(start: Design, edits: readonly Edit[]): void {
  let before = start;
  chipsOf(before, false, null);
  looseAttachments(before);
  for (const step of edits) {
    const after = apply(before, step);
    const loose = looseAttachments(after, before);
    const chips = chipsOf(after, false, null, before);
    sameAttachments(attachmentsOf(after, before), attachmentsOf(fresh(after)));
    expect(chips).toEqual(chipsOf(fresh(after), false, null));
    expect(loose).toEqual(looseAttachments(fresh(after)));
    before = after;
  }
}

function designOf(doc: Record<string, unknown>): Design {
  const loaded = parseDesign(JSON.stringify(doc));
  if (!loaded.ok) throw new Error('a bundled design does not load');
  return loaded.design;
}

const BUNDLED = SEEDS.map(({ doc }) => designOf(doc));

describe('attachments and chips derived from the previous document', () => {
  it(
    'equal a derivation from scratch after random edits of every bundled design',
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: BUNDLED.length - 1 }),
          fc.array(edit, { minLength: 1, maxLength: 8 }),
          (index, edits) => agrees(BUNDLED[index]!, edits),
        ),
        params(),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'equal a derivation from scratch after random edits of a generated design',
    () => {
      const generated = generateDesign(260);
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => agrees(generated, edits)),
        params(Math.max(5, Math.floor(RUNS / 10))),
      );
    },
    TIMEOUT_MS,
  );

  it('keeps the entries and chips of resources an edit left alone', () => {
    const before = generateDesign(260);
    const chipsBefore = chipsOf(before, false, null);
    const table = before.resources.find((r) => r.type === 'route-table')!;
    const after = produce(before, (draft) => {
      const edited = draft.resources.find((r) => r.id === table.id)!;
      edited.name = 'renamed';
    });
    const chipsAfter = chipsOf(after, false, null, before);
    const entries = attachmentsOf(after, before);
    let kept = 0;
    for (const [id, entry] of entries) {
      if (entry.routeTable?.id === table.id) {
        expect(chipsAfter.get(id)![0]!.label).toBe('renamed');
      } else if (!entry.securityGroups.some((group) => group.id === table.id)) {
        expect(entry).toBe(attachmentsOf(before).get(id));
        expect(chipsAfter.get(id)).toBe(chipsBefore.get(id));
        kept++;
      }
    }
    expect(kept).toBeGreaterThan(entries.size / 2);
  });
});
