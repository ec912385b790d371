/**
 * Steps before resolving: parameter values (from --param, else defaults; id parameters of split
 * stacks become external placeholders), the AWS::LanguageExtensions `Fn::ForEach` expansion and
 * the dependency check that refuses templates whose resources reference each other in a cycle.
 */
import type { MessageKey, MessageParams } from '../../i18n/index';
import { InteropError } from '../messages';
import type { ExternalKind } from './values';
import { External, isRecord, textOf } from './values';

type Warn = (key: MessageKey, params: MessageParams, path?: readonly (string | number)[]) => void;

const EXTERNAL_PARAMETER_TYPES: Readonly<Record<string, ExternalKind>> = {
  'AWS::EC2::VPC::Id': 'vpc',
  'AWS::EC2::Subnet::Id': 'subnet',
  'AWS::EC2::SecurityGroup::Id': 'security-group',
};

function listKind(type: string): ExternalKind | undefined {
  const match = /^List<(.+)>$/.exec(type);
  return match ? EXTERNAL_PARAMETER_TYPES[match[1] ?? ''] : undefined;
}

/** Resolved parameter values, keyed by parameter name. */
export function parameterValues(
  definitions: Record<string, unknown>,
  /** --param values (text), or values a parent stack passes down (any resolved value). */
  given: Readonly<Record<string, unknown>>,
  warn: Warn,
): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const name of Object.keys(given)) {
    if (!(name in definitions)) warn('interop.warn.unusedParam', { name });
  }
  for (const [name, definition] of Object.entries(definitions)) {
    const def = isRecord(definition) ? definition : {};
    const type = typeof def.Type === 'string' ? def.Type : 'String';
    const path = ['Parameters', name];
    const passed = given[name];
    if (passed !== undefined && typeof passed !== 'string') {
      values.set(name, passed);
      continue;
    }
    const raw = passed ?? (def.Default === undefined ? undefined : (textOf(def.Default) ?? def.Default));
    const single = EXTERNAL_PARAMETER_TYPES[type];
    const many = listKind(type);
    if (single) {
      warn('interop.warn.externalParameter', { name, type }, path);
      values.set(name, new External(name, single));
    } else if (many) {
      const count = typeof raw === 'string' && raw !== '' ? raw.split(',').length : 2;
      warn('interop.warn.externalParameter', { name, type }, path);
      values.set(
        name,
        Array.from({ length: count }, (_, i) => new External(`${name}${i + 1}`, many)),
      );
    } else if (raw === undefined) {
      warn('interop.warn.missingParameter', { name }, path);
      values.set(name, new External(name, 'value'));
    } else if (type.startsWith('AWS::SSM::Parameter::Value')) {
      warn('interop.warn.ssmParameter', { name }, path);
      values.set(name, new External(name, 'value'));
    } else if (type === 'CommaDelimitedList' || type.startsWith('List<')) {
      values.set(
        name,
        Array.isArray(raw)
          ? raw
          : String(raw)
              .split(',')
              .map((item) => item.trim()),
      );
    } else {
      values.set(name, typeof raw === 'number' ? String(raw) : raw);
    }
  }
  return values;
}

const FOR_EACH = 'Fn::ForEach::';

/**
 * Expands `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: Body}]` in a section (the
 * AWS::LanguageExtensions transform). `${Identifier}` and `&{Identifier}` in keys and strings
 * and `Ref: Identifier` take each value of the collection; loops may nest.
 */
export function expandForEach(
  section: Record<string, unknown>,
  collection: (raw: unknown, path: readonly (string | number)[]) => unknown,
  path: readonly (string | number)[],
  warn: Warn,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) {
    if (!key.startsWith(FOR_EACH)) {
      out[key] = value;
      continue;
    }
    const [identifier, items, body] = Array.isArray(value) ? value : [];
    const values = collection(items, [...path, key, 1]);
    if (typeof identifier !== 'string' || !isRecord(body) || !Array.isArray(values)) {
      warn('interop.warn.badForEach', { name: key }, [...path, key]);
      continue;
    }
    for (const item of values) {
      const text = textOf(item) ?? '';
      const expanded: Record<string, unknown> = {};
      for (const [outKey, outBody] of Object.entries(body)) {
        expanded[substitute(outKey, identifier, text)] = replaceIdentifier(outBody, identifier, text);
      }
      Object.assign(out, expandForEach(expanded, collection, path, warn));
    }
  }
  return out;
}

function substitute(text: string, identifier: string, value: string): string {
  return text
    .split(`\${${identifier}}`)
    .join(value)
    .split(`&{${identifier}}`)
    .join(value.replace(/[^A-Za-z0-9]/g, ''));
}

function replaceIdentifier(raw: unknown, identifier: string, value: string): unknown {
  if (typeof raw === 'string') return substitute(raw, identifier, value);
  if (Array.isArray(raw)) return raw.map((item) => replaceIdentifier(item, identifier, value));
  if (!isRecord(raw)) return raw;
  if (Object.keys(raw).length === 1 && raw.Ref === identifier) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(raw))
    out[substitute(key, identifier, value)] = replaceIdentifier(item, identifier, value);
  return out;
}

/** Logical ids of resources that `raw` references through Ref, GetAtt or Sub. */
export function referencedIds(
  raw: unknown,
  resources: Record<string, unknown>,
  into = new Set<string>(),
): Set<string> {
  if (Array.isArray(raw)) {
    for (const item of raw) referencedIds(item, resources, into);
    return into;
  }
  if (!isRecord(raw)) return into;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'Ref' && typeof value === 'string' && value in resources) into.add(value);
    else if (key === 'Fn::GetAtt') {
      const id =
        typeof value === 'string' ? value.split('.')[0] : Array.isArray(value) ? value[0] : undefined;
      if (typeof id === 'string' && id in resources) into.add(id);
    } else if (key === 'Fn::Sub') {
      const text = typeof value === 'string' ? value : Array.isArray(value) ? value[0] : undefined;
      if (typeof text === 'string') {
        for (const match of text.matchAll(/\$\{([^}!][^}.]*)/g)) {
          const id = match[1] ?? '';
          if (id in resources) into.add(id);
        }
      }
      if (Array.isArray(value)) referencedIds(value[1], resources, into);
    } else referencedIds(value, resources, into);
  }
  return into;
}

/** Refuses a template whose resources depend on each other in a cycle, naming the cycle. */
export function checkCycles(
  resources: Record<string, unknown>,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): void {
  const deps = new Map<string, string[]>();
  for (const [id, resource] of Object.entries(resources)) {
    const found = referencedIds(isRecord(resource) ? resource.Properties : undefined, resources);
    const dependsOn = isRecord(resource) ? resource.DependsOn : undefined;
    for (const dep of Array.isArray(dependsOn) ? dependsOn : [dependsOn]) {
      if (typeof dep === 'string' && dep in resources) found.add(dep);
    }
    deps.set(id, [...found]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const dep of deps.get(id) ?? []) {
      if (state.get(dep) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(dep)), dep];
        const line = lineOf(['Resources', dep]);
        throw new InteropError({
          key: 'interop.error.refCycle',
          params: { cycle: cycle.join(' → ') },
          ...(line ? { line } : {}),
        });
      }
      if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of deps.keys()) if (!state.has(id)) visit(id);
}
