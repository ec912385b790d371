/**
 * The operations `skyplan edit` offers, each a thin adapter from command-line words to one
 * operation of the headless editor (shared/edit/): the same code the canvas and the inspector
 * run, so a refusal reads exactly as it does in the app.
 */
import { absolutePosition } from '../../shared/diagram/geometry';
import type { Message, Operation } from '../../shared/edit/index';
import {
  addResource,
  associate,
  connect,
  deleteItems,
  disassociate,
  extendToSubnet,
  findResource,
  freeSlot,
  placeRefusal,
  rename,
  reparent,
  runOperation,
  setProp,
} from '../../shared/edit/index';
import type { Locale, MessageKey } from '../../shared/i18n/index';
import type { Design, ResourceType } from '../../shared/model/index';
import { RESOURCE_TYPES } from '../../shared/model/index';
import { CliError } from '../context';

/** What an operation did: the new design and a sentence, or a refusal (design unchanged). */
export type EditOutcome =
  { ok: true; design: Design; done: Message; value?: unknown } | { ok: false; refusal: Message };

export interface EditInput {
  design: Design;
  args: string[];
  /** --in CONTAINER (add) and --name NAME (add). */
  into?: string;
  name?: string;
  /** --lang: the language default names (a new subnet's "Subnet A") are written in. */
  locale?: Locale;
}

export interface EditOp {
  /** The word after FILE: "add", "connect", ... */
  word: string;
  /** Positional words after the operation word, for the usage line and the count check. */
  params: readonly string[];
  /** The last parameter may repeat (delete ID...). */
  variadic?: boolean;
  run(input: EditInput): EditOutcome;
}

function refused(refusal: Message): EditOutcome {
  return { ok: false, refusal };
}

/** Runs `op` and describes success with `done`, computed on the design before the change. */
function simple<A, R>(
  design: Design,
  op: Operation<A, R>,
  args: A,
  done: Message = op.label(args, design),
): EditOutcome {
  const { design: next, result } = runOperation(design, op, args);
  if (!result.ok) return refused(result.refusal);
  return { ok: true, design: next, done, value: result.value };
}

function resourceType(word: string): ResourceType {
  if ((RESOURCE_TYPES as readonly string[]).includes(word)) return word as ResourceType;
  throw new CliError('cli.edit.badType', { found: word, types: RESOURCE_TYPES.join(', ') });
}

function add({ design, args, into, name, locale }: EditInput): EditOutcome {
  const type = resourceType(args[0] ?? '');
  const container = into === undefined ? undefined : findResource(design, into);
  if (into !== undefined && !container) return refused({ key: 'edit.refused.unknown', params: { id: into } });
  const selection = into === undefined ? [] : [into];
  const added = runOperation(design, addResource, { type, selection, locale });
  if (!added.result.ok) return refused(added.result.refusal);
  const id = added.result.value;
  const placed = findResource(added.design, id);
  // The app puts a keyboard-added shape in the nearest container that allows it; on the
  // command line "--in X" means X, so landing anywhere else is a refusal.
  if (container && placed?.parent !== container.id) {
    const refusal = placeRefusal(type, container.type);
    return refused(
      refusal.ok ? { key: 'edit.refused.unknown', params: { id: into ?? '' } } : refusal.refusal,
    );
  }
  let next = added.design;
  if (name !== undefined) next = runOperation(next, rename, { id, name }).design;
  const where = placed?.parent ?? '-';
  return { ok: true, design: next, done: { key: 'cli.edit.added', params: { id, where } }, value: id };
}

/** Moves a resource into another container, at a free spot there. */
function move({ design, args }: EditInput): EditOutcome {
  const [id = '', parent = ''] = args;
  const resource = findResource(design, id);
  const container = findResource(design, parent);
  if (!resource) return refused({ key: 'edit.refused.unknown', params: { id } });
  if (!container) return refused({ key: 'edit.refused.unknown', params: { id: parent } });
  const origin = absolutePosition(design, container.id);
  const slot = freeSlot(design, container.id, resource.type, id);
  const at = { x: origin.x + slot.x, y: origin.y + slot.y };
  return simple(
    design,
    reparent,
    { id, parent, at },
    { key: 'ui.action.reparent', params: { target: parent } },
  );
}

/** "8080" is a number, "[\"a\",\"b\"]" a list, "null" removes the prop, anything else is text. */
export function parseValue(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value === null ? undefined : value;
  } catch {
    return text;
  }
}

function message(key: MessageKey, params: Record<string, string>): Message {
  return { key, params };
}

export const EDIT_OPS: readonly EditOp[] = [
  { word: 'add', params: ['TYPE'], run: add },
  {
    word: 'connect',
    params: ['FROM', 'TO'],
    run: ({ design, args: [from = '', to = ''] }) => simple(design, connect, { from, to }),
  },
  {
    word: 'associate',
    params: ['FROM', 'TO'],
    run: ({ design, args: [from = '', to = ''] }) => simple(design, associate, { from, to }),
  },
  {
    word: 'disassociate',
    params: ['FROM', 'TO'],
    run: ({ design, args: [from = '', to = ''] }) => simple(design, disassociate, { from, to }),
  },
  { word: 'move', params: ['ID', 'CONTAINER'], run: move },
  {
    word: 'extend',
    params: ['ID', 'SUBNET'],
    run: ({ design, args: [id = '', subnet = ''] }) => simple(design, extendToSubnet, { id, subnet }),
  },
  {
    word: 'set',
    params: ['ID', 'KEY', 'VALUE'],
    run: ({ design, args: [id = '', key = '', value = ''] }) =>
      simple(
        design,
        setProp,
        { id, key, value: parseValue(value) },
        message('cli.edit.set', { id, key, value }),
      ),
  },
  {
    word: 'rename',
    params: ['ID', 'NAME'],
    run: ({ design, args: [id = '', name = ''] }) =>
      simple(design, rename, { id, name }, message('cli.edit.renamed', { id, name })),
  },
  {
    word: 'delete',
    params: ['ID'],
    variadic: true,
    run: ({ design, args }) => {
      const unknown = args.find(
        (id) => !findResource(design, id) && !design.connections.some((c) => c.id === id),
      );
      if (unknown !== undefined) return refused({ key: 'edit.refused.unknown', params: { id: unknown } });
      return simple(
        design,
        deleteItems,
        { ids: args },
        message('cli.edit.deleted', { ids: args.join(', ') }),
      );
    },
  },
];

export function findEditOp(word: string): EditOp | undefined {
  return EDIT_OPS.find((op) => op.word === word);
}

/** "add TYPE", "delete ID..." for usage lines. */
export function opUsage(op: EditOp): string {
  return [op.word, ...op.params].join(' ') + (op.variadic ? '...' : '');
}
