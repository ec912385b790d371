/**
 * The state of one import while resources are mapped: the design being built, the logical id →
 * Skyplan id table, the external placeholders, the notes for the import report, and facts that
 * one CloudFormation resource leaves for another (a listener's target group, a task definition).
 */
import type { MessageKey, MessageParams } from '../../i18n/index';
import type { Connection, ConnectionKind, Design, Protocol, Resource, ResourceType } from '../../model/types';
import { ID_PATTERN } from '../../model/types';
import type { InteropNote } from '../messages';
import type { ExternalKind } from './values';
import { External, isRecord, ResourceRef, textOf } from './values';

export interface Placeholder {
  id: string;
  type: ResourceType;
  label: string;
}

export interface MappedResource {
  /** The Skyplan id the resource gets (its logical id, sanitised). */
  id: string;
  logicalId: string;
  /** '' for the top template, the nested Stack's logical id otherwise. */
  stack: string;
  cfnType: string;
  props: Record<string, unknown>;
  /** Raw (unresolved) properties: some facts are references hidden inside strings. */
  raw: Record<string, unknown>;
  /** Where the resource starts in the template, for warnings. */
  line?: number;
  /** The `Metadata.Skyplan` block a Skyplan export writes (usage that has no CFN property). */
  skyplan?: Record<string, unknown>;
}

export interface TargetGroupFacts {
  port?: number;
  targets: string[];
}

export class Mapper {
  readonly resources: Resource[] = [];
  readonly connections: Connection[] = [];
  readonly notes: InteropNote[] = [];
  readonly placeholders: Placeholder[] = [];
  readonly renamed: { from: string; to: string }[] = [];
  /** `stack/logicalId` → Skyplan id. */
  private readonly ids = new Map<string, string>();
  private readonly used = new Set<string>();
  readonly byId = new Map<string, Resource>();
  /** Listener → target group links, target groups, task definitions, DB subnet groups, ... */
  readonly facts = {
    targetGroups: new Map<string, TargetGroupFacts>(),
    listenerGroups: [] as { alb: string; targetGroup: string; port: number }[],
    listeners: new Map<string, { alb: string; port: number }>(),
    serviceGroups: [] as { service: string; targetGroup: string; port: number | undefined }[],
    taskDefinitions: new Map<string, Record<string, unknown>>(),
    dbSubnetGroups: new Map<string, string[]>(),
    /** Logical ids folded into another resource (ECS cluster, DB subnet group, ...). */
    folded: new Set<string>(),
  };

  constructor(readonly design: Design) {}

  /** Reserves the Skyplan id for a logical id, sanitised to the id syntax and reported if changed. */
  claimId(stack: string, logicalId: string, preferred?: string): string {
    const key = `${stack}/${logicalId}`;
    const known = this.ids.get(key);
    if (known) return known;
    // A Skyplan export records the design id where CloudFormation's id syntax changed it.
    if (preferred && ID_PATTERN.test(preferred) && !this.used.has(preferred)) {
      this.ids.set(key, preferred);
      this.used.add(preferred);
      return preferred;
    }
    let id = logicalId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'resource';
    for (let n = 2; this.used.has(id); n++) id = `${id.slice(0, 60)}_${n}`;
    if (id !== logicalId || !ID_PATTERN.test(logicalId))
      this.renamed.push({ from: stack ? `${stack}/${logicalId}` : logicalId, to: id });
    this.ids.set(key, id);
    this.used.add(id);
    return id;
  }

  /** Logical ids of one stack, as a lookup object (for referencedIds). */
  logicalIds(stack: string): Record<string, true> {
    const out: Record<string, true> = {};
    for (const key of this.ids.keys())
      if (key.startsWith(`${stack}/`)) out[key.slice(stack.length + 1)] = true;
    return out;
  }

  idFor(stack: string, logicalId: string): string | undefined {
    return this.ids.get(`${stack}/${logicalId}`);
  }

  /** The template is a Skyplan export: its metadata, not conventions, says where things are drawn. */
  fromSkyplan = false;

  /** The nested template being read ('' for the top one): notes name it. */
  file = '';

  warn(key: MessageKey, params: MessageParams, line?: number): void {
    this.notes.push({ key, params, ...(line ? { line } : {}), ...(this.file ? { file: this.file } : {}) });
  }

  add(resource: Resource): void {
    this.resources.push(resource);
    this.byId.set(resource.id, resource);
  }

  /** The template's only VPC, for resources that leave theirs implicit (a default-VPC group). */
  defaultVpc(): string | undefined {
    const vpcs = this.resources.filter((r) => r.type === 'vpc');
    return vpcs.length === 1 ? vpcs[0]?.id : undefined;
  }

  get<T extends ResourceType>(id: string | undefined, type: T): Extract<Resource, { type: T }> | undefined {
    const found = id ? this.byId.get(id) : undefined;
    return found?.type === type ? (found as Extract<Resource, { type: T }>) : undefined;
  }

  /**
   * The Skyplan id a resolved value points at: a resource of this template, or an external
   * placeholder for an id the template receives (parameter, ImportValue) when `kind` allows one.
   */
  ref(value: unknown, kind?: ExternalKind): string | undefined {
    if (value instanceof ResourceRef) {
      const id = this.ids.get(`${value.stack}/${value.id}`);
      return id && this.byId.has(id) ? id : undefined;
    }
    if (value instanceof External && kind && kind !== 'value') return this.placeholder(value.label, kind);
    return undefined;
  }

  refs(value: unknown, kind?: ExternalKind): string[] {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const out: string[] = [];
    for (const item of list) {
      const id = this.ref(item, kind);
      if (id && !out.includes(id)) out.push(id);
    }
    return out;
  }

  private placeholder(label: string, kind: Exclude<ExternalKind, 'value'>): string {
    const existing = this.placeholders.find((p) => p.label === label && p.type === kind);
    if (existing) return existing.id;
    const id = this.claimId('<external>', label);
    const name = `${label} (external)`;
    if (kind === 'vpc') this.add({ id, type: 'vpc', name, props: { cidr: '' } });
    this.placeholders.push({ id, type: kind, label });
    // Subnets and groups need a VPC: the template's only one, else one external VPC for all.
    const parent = kind === 'vpc' ? undefined : (this.defaultVpc() ?? this.placeholder('ExternalVpc', 'vpc'));
    if (kind === 'subnet') this.add({ id, type: 'subnet', name, parent, props: { cidr: '', az: '' } });
    if (kind === 'security-group')
      this.add({ id, type: 'security-group', name, parent, props: { inbound: [] } });
    return id;
  }

  connect(
    from: string,
    to: string,
    extra: { kind?: ConnectionKind; protocol?: Protocol; port?: number } = {},
  ): void {
    const same = this.connections.find(
      (c) =>
        c.from === from &&
        c.to === to &&
        c.kind === extra.kind &&
        c.port === extra.port &&
        c.protocol === extra.protocol,
    );
    if (same || from === to) return;
    let n = this.connections.length + 1;
    while (this.connections.some((c) => c.id === `c${n}`)) n++;
    this.connections.push({ id: `c${n}`, from, to, ...extra });
  }
}

/** The `Name` tag of a resolved Tags list (CloudFormation's usual shape) or map (SSM/SAM style). */
export function nameTag(props: Record<string, unknown>): string | undefined {
  const tags = props.Tags;
  if (Array.isArray(tags)) {
    for (const tag of tags) if (isRecord(tag) && tag.Key === 'Name') return textOf(tag.Value);
  } else if (isRecord(tags)) {
    return textOf(tags.Name);
  }
  return undefined;
}

export function num(value: unknown): number | undefined {
  const text = textOf(value);
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function bool(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

export function str(value: unknown): string | undefined {
  return value instanceof External || value instanceof ResourceRef ? undefined : textOf(value);
}
