/**
 * The network engine's messages carry resource ids in their parameters (an id is the stable
 * handle a trace keeps); people read names. `nameParams` swaps every id for the resource's name
 * before a message is shown; the id stays visible in the inspector and in the JSON fields that
 * carry ids (`resource`, `code`).
 *
 * One case is not a name: a subnet with no route table of its own uses its VPC's main route
 * table, and a design need not draw that table. The engine then reports the subnet's own id as
 * the table; it reads "the main route table of VPC x". That phrase depends on the language, so
 * `nameParams` leaves a marker (`{key}:argument`, a message with one `{value}` placeholder)
 * that `resolveParams` turns into words in the locale shown (rules and lessons translate later
 * than they name).
 */
import type { Locale, MessageKey, MessageParams } from '../i18n/index';
import { isMessageKey, t } from '../i18n/index';
import type { Design, Resource } from '../model/types';

/** Parameters that hold one resource id. */
const ID_PARAMS = new Set([
  'resource',
  'target',
  'subnet',
  'nacl',
  'group',
  'igw',
  'eigw',
  'nat',
  'endpoint',
  'vpc',
  'otherVpc',
  'source',
  'suggestion',
  'eip',
  // Multi-VPC paths: peering connections, transit gateways, their attachments and tables.
  'peering',
  'attachment',
  'tgw',
  'tgwTable',
  'peerVpc',
  'targetVpc',
  'via',
]);
/** Parameters that hold ids joined by ", ". */
const LIST_PARAMS = new Set(['groups', 'targets']);
/** Parameters that may read "id (address)", an id, or a CIDR. */
const LABELLED_PARAMS = new Set(['peer', 'address']);

const MARKER = /^\{([\w.-]+)\}:(.*)$/s;

interface Names {
  byId: Map<string, Resource>;
  connections: Map<string, string>;
}

const cache = new WeakMap<Design, Names>();

function namesOf(design: Design): Names {
  let names = cache.get(design);
  if (!names) {
    names = {
      byId: new Map(design.resources.map((resource) => [resource.id, resource])),
      connections: new Map(
        design.connections.map((connection) => [connection.id, connection.name ?? connection.id]),
      ),
    };
    cache.set(design, names);
  }
  return names;
}

/** A resource's (or connection's) name, or the value itself when it is not an id of the design. */
export function nameOf(design: Design, id: string): string {
  const names = namesOf(design);
  const resource = names.byId.get(id);
  if (resource) return resource.name?.trim() ? resource.name : id;
  return names.connections.get(id) ?? id;
}

function tableName(design: Design, id: string): string {
  const resource = namesOf(design).byId.get(id);
  if (resource?.type === 'subnet') {
    const vpc = resource.parent ? nameOf(design, resource.parent) : '';
    return `{names.mainTableOf}:${vpc}`;
  }
  return nameOf(design, id);
}

function nameValue(design: Design, name: string, value: string): string {
  if (name === 'table') return tableName(design, value);
  if (ID_PARAMS.has(name)) return nameOf(design, value);
  if (LIST_PARAMS.has(name)) {
    return value
      .split(', ')
      .map((part) => nameOf(design, part))
      .join(', ');
  }
  if (LABELLED_PARAMS.has(name)) {
    const labelled = /^(\S+) \((.+)\)$/.exec(value);
    if (labelled?.[1] && labelled[2]) return `${nameOf(design, labelled[1])} (${labelled[2]})`;
    return nameOf(design, value);
  }
  return value;
}

/** The same parameters with resource ids replaced by names (language-neutral; see resolveParams). */
export function nameParams(design: Design, params: MessageParams): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'string' ? nameValue(design, name, value) : value;
  }
  return out;
}

/** Turns the markers nameParams leaves into words in one language; other values pass through. */
export function resolveParams(locale: Locale, params: MessageParams): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    const marker = typeof value === 'string' ? MARKER.exec(value) : null;
    const key = marker?.[1];
    out[name] = key && isMessageKey(key) ? t(locale, key, { value: marker[2] ?? '' }) : value;
  }
  return out;
}

/** A network message in one language, naming resources by their names. */
export function namedText(design: Design, locale: Locale, key: MessageKey, params: MessageParams): string {
  return t(locale, key, resolveParams(locale, nameParams(design, params)));
}

interface Shaped {
  hops: readonly { params: MessageParams }[];
  blocked: { params: MessageParams; fixParams?: MessageParams } | null;
}

/**
 * A trace whose messages name resources (ids stay in the `resource` fields). With a locale the
 * parameters are final text (for traceToJson); without, they keep markers for later translation.
 */
export function nameTrace<T extends Shaped>(design: Design, trace: T, locale?: Locale): T {
  const named = (params: MessageParams) =>
    locale ? resolveParams(locale, nameParams(design, params)) : nameParams(design, params);
  const blocked = trace.blocked;
  return {
    ...trace,
    hops: trace.hops.map((hop) => ({ ...hop, params: named(hop.params) })),
    blocked: blocked
      ? {
          ...blocked,
          params: named(blocked.params),
          ...(blocked.fixParams ? { fixParams: named(blocked.fixParams) } : {}),
        }
      : null,
  };
}
