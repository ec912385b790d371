/**
 * Keep it so (issue 14): for random sequences of edits through the public store API (single
 * operations, raw recipes and gestures, including cancelled ones), undoing everything gives back
 * exactly the bytes the design was loaded with, and redoing everything gives exactly the bytes
 * after the last edit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../renderer/store/index';
import type { EditorStore } from '../../renderer/store/index';
import { deleteItems, duplicate, rename, setProp, setRegion } from '../../shared/edit/index';
import type { Design } from '../../shared/model/index';
import { parseDesign, serializeDesign } from '../../shared/model/index';
import { SEEDS } from './designs';
import { params, TIMEOUT_MS } from './settings';

type Step =
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'setProp'; at: number; key: string; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'region'; region: string }
  | { kind: 'recipe'; at: number; text: string }
  | { kind: 'gesture'; at: number; moves: number; cancel: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.string({ maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('setProp' as const),
    at: fc.nat(),
    key: fc.constantFrom('requestsPerMonth', 'storageGb', 'az', 'cidr', 'instanceType', 'desiredCount'),
    value: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('a', 'b', '10.0.9.0/24', 't3.small')),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('region' as const), region: fc.constantFrom('us-east-1', 'ap-northeast-2') }),
  fc.record({ kind: fc.constant('recipe' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('gesture' as const),
    at: fc.nat(),
    moves: fc.integer({ min: 1, max: 5 }),
    cancel: fc.boolean(),
  }),
);

function idAt(store: EditorStore, at: number): string | undefined {
  const resources = store.getState().design.resources;
  return resources.length ? resources[at % resources.length]?.id : undefined;
}

function run(store: EditorStore, s: Step): void {
  const id = 'at' in s ? idAt(store, s.at) : undefined;
  switch (s.kind) {
    case 'rename':
      if (id) store.perform(rename, { id, name: s.name });
      return;
    case 'setProp':
      if (id) store.perform(setProp, { id, key: s.key, value: s.value });
      return;
    case 'delete':
      if (id) store.perform(deleteItems, { ids: [id] });
      return;
    case 'duplicate':
      if (id) store.perform(duplicate, { ids: [id] });
      return;
    case 'region':
      store.perform(setRegion, { region: s.region });
      return;
    case 'recipe':
      store.apply({ key: 'ui.action.rename' }, (draft) => {
        draft.description = s.text;
        draft.connections.splice(s.at % (draft.connections.length + 1), 1);
      });
      return;
    case 'gesture':
      if (!id) return;
      store.beginGesture({ key: 'ui.action.move' });
      for (let i = 0; i < s.moves; i++) {
        store.apply({ key: 'ui.action.move' }, (draft) => {
          draft.layout ??= {};
          const box = draft.layout[id] ?? { x: 0, y: 0 };
          draft.layout[id] = { ...box, x: box.x + 10, y: box.y + i };
        });
      }
      if (s.cancel) store.cancelGesture();
      else store.endGesture();
  }
}

const loaded: Design[] = SEEDS.map(({ name, doc }) => {
  const result = parseDesign(JSON.stringify(doc));
  if (!result.ok) throw new Error(`${name} does not load`);
  return result.design;
});

describe('property: undo all, redo all', () => {
  it(
    'returns to the loaded bytes and back to the edited bytes',
    () => {
      let sequences = 0;
      let edits = 0;
      fc.assert(
        fc.property(
          fc.nat({ max: loaded.length - 1 }),
          fc.array(step, { minLength: 1, maxLength: 25 }),
          (index, steps) => {
            const store = createEditorStore(loaded[index]!);
            const before = serializeDesign(store.getState().design);
            for (const s of steps) run(store, s);
            const after = serializeDesign(store.getState().design);
            sequences++;
            let undone = 0;
            while (store.getState().canUndo) {
              store.undo();
              if (++undone > 1000) throw new Error('undo never ends');
            }
            expect(serializeDesign(store.getState().design)).toBe(before);
            expect(store.getState().dirty).toBe(false);
            let redone = 0;
            while (store.getState().canRedo) {
              store.redo();
              if (++redone > 1000) throw new Error('redo never ends');
            }
            expect(redone).toBe(undone);
            expect(serializeDesign(store.getState().design)).toBe(after);
            edits += undone;
          },
        ),
        params(),
      );
      if (process.env.SKYPLAN_PROPERTY_REPORT) {
        console.info(`undo-all: ${sequences} sequences, ${edits} history entries undone and redone`);
      }
    },
    TIMEOUT_MS,
  );
});
