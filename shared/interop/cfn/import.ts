/**
 * CloudFormation template → Skyplan design. Parse (YAML short forms or JSON), expand
 * Fn::ForEach, check for reference cycles, evaluate conditions, resolve intrinsics, map each
 * resource type, infer connections, then lay the design out with the canvas' auto-layout.
 * Everything that is not imported is listed in the report; nothing is dropped silently.
 */
import { computeLayout } from '../../diagram/layout';
import { normalizePlacement } from '../../edit/subnets';
import type { MessageKey, MessageParams } from '../../i18n/index';
import type { Design } from '../../model/types';
import { CURRENT_VERSION, FORMAT } from '../../model/types';
import { InteropError } from '../messages';
import type { InteropNote } from '../messages';
import { applyUsage } from './handlers';
import type { Handler } from './handlers';
import { inferConnections } from './infer';
import { Resolver } from './intrinsics';
import { NETWORK_HANDLERS } from './map-network';
import { MULTI_VPC_HANDLERS } from './map-multi-vpc';
import { inlineRules } from './rules';
import { MESSAGING_HANDLERS } from './map-messaging';
import { SERVICE_HANDLERS } from './map-services';
import type { MappedResource, Placeholder } from './mapper';
import { Mapper } from './mapper';
import { completePlaceholders, dropUnplaced } from './finalize';
import { metadataConnections, metadataInternet, skyplanMetadata, transformsOf } from './metadata';
import type { ParsedTemplate } from './parse';
import { parseTemplate } from './parse';
import { checkCycles, expandForEach, parameterValues } from './prepare';
import { isRecord, textOf } from './values';

export const HANDLERS: Readonly<Record<string, Handler>> = {
  ...NETWORK_HANDLERS,
  ...SERVICE_HANDLERS,
  ...MESSAGING_HANDLERS,
  ...MULTI_VPC_HANDLERS,
};

export interface ImportOptions {
  /** --param KEY=VALUE pairs. */
  params?: Readonly<Record<string, string>>;
  region?: string;
  /** The template's file name: the design and stack name when the template has none. */
  fileName?: string;
  /** Text of a nested stack's template at a local path (as written in TemplateURL), if readable. */
  readNested?(path: string): string | undefined;
}

export interface ImportReport {
  /** Resources in the template (after conditions and Fn::ForEach). */
  total: number;
  imported: number;
  unmapped: { id: string; type: string }[];
  skipped: { id: string; condition: string }[];
  renamed: { from: string; to: string }[];
  placeholders: Placeholder[];
  notes: InteropNote[];
}

export interface ImportResult {
  design: Design;
  report: ImportReport;
}

interface StackState {
  total: number;
  imported: number;
  unmapped: { id: string; type: string }[];
  skipped: { id: string; condition: string }[];
}

const MAX_NESTING = 5;

function importStack(
  m: Mapper,
  parsed: ParsedTemplate,
  stack: string,
  given: Readonly<Record<string, unknown>>,
  options: ImportOptions,
  state: StackState,
  depth: number,
): Record<string, unknown> {
  const template = parsed.value;
  const where = (path: readonly (string | number)[]): number | undefined => parsed.lineOf(path);
  const warn = (key: MessageKey, params: MessageParams, path?: readonly (string | number)[]): void =>
    m.warn(key, params, path ? where(path) : undefined);
  m.notes.push(...parsed.warnings.map((note) => (m.file ? { ...note, file: m.file } : note)));
  for (const transform of transformsOf(template)) {
    if (transform === 'AWS::LanguageExtensions') continue;
    warn(
      transform.startsWith('AWS::Serverless') ? 'interop.warn.samTransform' : 'interop.warn.unknownTransform',
      { transform },
      ['Transform'],
    );
  }
  const params = parameterValues(isRecord(template.Parameters) ? template.Parameters : {}, given, warn);
  const outputsOfStacks = new Map<string, Record<string, unknown>>();
  let resources = isRecord(template.Resources) ? template.Resources : {};
  const resolver: Resolver = new Resolver({
    region: m.design.region,
    stackName: stack || (options.fileName ?? 'stack').replace(/\.[^.]*$/, ''),
    stack,
    params,
    mappings: isRecord(template.Mappings) ? template.Mappings : {},
    conditionDefs: isRecord(template.Conditions) ? template.Conditions : {},
    get resources() {
      return resources;
    },
    warn,
    lineOf: where,
    stackOutput: (id, name) => outputsOfStacks.get(id)?.[name],
  });
  resources = expandForEach(resources, (raw, path) => resolver.resolve(raw, path), ['Resources'], warn);
  checkCycles(resources, where);

  const mapped: MappedResource[] = [];
  for (const [logicalId, body] of Object.entries(resources)) {
    const resource = isRecord(body) ? body : {};
    const cfnType = String(resource.Type ?? '');
    const path = ['Resources', logicalId];
    if (
      typeof resource.Condition === 'string' &&
      !resolver.condition(resource.Condition, [...path, 'Condition'])
    ) {
      state.skipped.push({ id: logicalId, condition: resource.Condition });
      continue;
    }
    state.total++;
    const skyplan =
      isRecord(resource.Metadata) && isRecord(resource.Metadata.Skyplan)
        ? resource.Metadata.Skyplan
        : undefined;
    const id = m.claimId(stack, logicalId, typeof skyplan?.id === 'string' ? skyplan.id : undefined);
    const raw = isRecord(resource.Properties) ? resource.Properties : {};
    const line = where(path);
    if (skyplan?.implicit === true) {
      // Written by a Skyplan export for a fact the design keeps elsewhere (an implicit NAT
      // address, a main route table association, a task definition): nothing to rebuild.
      state.imported++;
      continue;
    }
    if (cfnType === 'AWS::CloudFormation::Stack') {
      const outputs = importNested(m, resolver, logicalId, raw, options, state, depth, line);
      if (outputs) {
        outputsOfStacks.set(logicalId, outputs);
        state.imported++;
      } else state.unmapped.push({ id: logicalId, type: cfnType });
      continue;
    }
    mapped.push({
      id,
      logicalId,
      stack,
      cfnType,
      raw,
      props: resolver.resolve(raw, [...path, 'Properties']) as Record<string, unknown>,
      ...(line ? { line } : {}),
      ...(skyplan ? { skyplan } : {}),
    });
  }
  runHandlers(m, mapped, state);
  const outputs: Record<string, unknown> = {};
  for (const [name, output] of Object.entries(isRecord(template.Outputs) ? template.Outputs : {})) {
    if (isRecord(output)) outputs[name] = resolver.resolve(output.Value, ['Outputs', name, 'Value']);
  }
  return outputs;
}

function runHandlers(m: Mapper, mapped: readonly MappedResource[], state: StackState): void {
  const ok = new Set<MappedResource>();
  const failed = new Set<MappedResource>();
  for (const phase of [1, 2, 3, 4, 5] as const) {
    if (phase === 3) for (const r of mapped) if (r.cfnType === 'AWS::EC2::SecurityGroup') inlineRules(m, r);
    for (const r of mapped) {
      const handler = HANDLERS[r.cfnType];
      if (!handler || handler.phase !== phase) continue;
      if (handler.map(m, r) === false) failed.add(r);
      else ok.add(r);
    }
  }
  for (const r of mapped) {
    const handler = HANDLERS[r.cfnType];
    if (!handler) {
      state.unmapped.push({ id: r.logicalId, type: r.cfnType });
      m.warn('interop.warn.unmappedType', { id: r.logicalId, type: r.cfnType }, r.line);
    } else if (failed.has(r)) {
      state.unmapped.push({ id: r.logicalId, type: r.cfnType });
      m.warn('interop.warn.notPlaced', { id: r.logicalId, type: r.cfnType }, r.line);
    } else {
      state.imported++;
      applyUsage(m, r);
      handler.link?.(m, r);
    }
  }
}

function importNested(
  m: Mapper,
  resolver: Resolver,
  logicalId: string,
  raw: Record<string, unknown>,
  options: ImportOptions,
  state: StackState,
  depth: number,
  line: number | undefined,
): Record<string, unknown> | undefined {
  const url =
    textOf(resolver.resolve(raw.TemplateURL, ['Resources', logicalId, 'Properties', 'TemplateURL'])) ?? '';
  const local = url !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  const text = local && depth < MAX_NESTING ? options.readNested?.(url) : undefined;
  if (text === undefined) {
    m.warn(
      local ? 'interop.warn.nestedUnreadable' : 'interop.warn.nestedRemote',
      { id: logicalId, url },
      line,
    );
    return undefined;
  }
  const parsed = parseTemplate(text);
  if (!parsed.ok) {
    throw new InteropError({ ...parsed.error, params: { ...parsed.error.params, file: url } });
  }
  const given = resolver.resolve(raw.Parameters ?? {}, ['Resources', logicalId, 'Properties', 'Parameters']);
  m.warn('interop.warn.nestedImported', { id: logicalId, url }, line);
  const parentFile = m.file;
  m.file = url;
  try {
    return importStack(
      m,
      parsed.template,
      logicalId,
      isRecord(given) ? given : {},
      options,
      state,
      depth + 1,
    );
  } finally {
    m.file = parentFile;
  }
}

/** Imports a template; throws InteropError (with a line) when the text cannot be imported. */
export async function importCloudFormation(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseTemplate(text);
  if (!parsed.ok) throw new InteropError(parsed.error);
  const template = parsed.template.value;
  const skyplan = skyplanMetadata(template) ?? {};
  const region = options.region ?? (typeof skyplan.region === 'string' ? skyplan.region : 'us-east-1');
  const description = typeof template.Description === 'string' ? template.Description : undefined;
  const name =
    typeof skyplan.name === 'string'
      ? skyplan.name
      : (options.fileName ?? 'Imported stack').replace(/\.(ya?ml|json|template)$/i, '');
  const design: Design = {
    format: FORMAT,
    version: CURRENT_VERSION,
    name,
    region,
    ...(description ? { description } : {}),
    ...(isRecord(skyplan.assumptions) ? { assumptions: skyplan.assumptions } : {}),
    resources: [],
    connections: [],
  };
  const m = new Mapper(design);
  m.fromSkyplan = skyplanMetadata(template) !== undefined;
  const state: StackState = { total: 0, imported: 0, unmapped: [], skipped: [] };
  importStack(m, parsed.template, '', options.params ?? {}, options, state, 0);
  for (const id of dropUnplaced(m)) {
    state.imported--;
    state.unmapped.push({ id, type: 'AWS::EC2::InternetGateway' });
  }
  completePlaceholders(m);
  if (Array.isArray(skyplan.internet)) metadataInternet(m, skyplan.internet);
  if (!metadataConnections(m, skyplan.connections)) inferConnections(m);
  if (m.placeholders.length > 0) m.warn('interop.warn.placeholders', { count: m.placeholders.length });
  design.resources = m.resources;
  design.connections = m.connections;
  // The canvas' placement form (multi-subnet resources drawn in a subnet, with replicas), so the
  // design opens in the app exactly as imported.
  normalizePlacement(design);
  design.layout = await computeLayout(design);
  return {
    design,
    report: {
      total: state.total,
      imported: state.imported,
      unmapped: state.unmapped,
      skipped: state.skipped,
      renamed: m.renamed.filter((r) => !r.from.startsWith('<external>')),
      placeholders: m.placeholders,
      notes: m.notes,
    },
  };
}
