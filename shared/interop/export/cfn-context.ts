/**
 * The template being written by the CloudFormation exporter: resources, parameters and the
 * names they get. The per-type writers (cfn-network.ts, cfn-services.ts) add to it.
 */
import { MULTI_SUBNET_TYPES } from '../../model/placement';
import type { Resource } from '../../model/types';
import type { DesignIndex } from './plan';
import { Names, usageOf } from './plan';

export type Json = Record<string, unknown>;

export const ref = (name: string): Json => ({ Ref: name });
export const arn = (name: string): Json => ({ 'Fn::GetAtt': [name, 'Arn'] });
export const getAtt = (name: string, attr: string): Json => ({ 'Fn::GetAtt': [name, attr] });

export class CfnTemplate {
  readonly resources: Record<string, Json> = {};
  readonly parameters: Record<string, Json> = {};
  readonly names = new Names((id) => id.replace(/[^A-Za-z0-9]/g, '') || 'Resource');

  private readonly attachments = new Map<string, string>();
  /** Design id of an ECS service → target groups it registers with. */
  readonly serviceGroups = new Map<string, string[]>();
  /** Target group → listeners forwarding to it (the service waits for them). */
  readonly groupListeners = new Map<string, string[]>();

  constructor(readonly index: DesignIndex) {}

  /** Logical id of an internet gateway's VPC attachment (routes through it depend on it). */
  attachmentOf(igwId: string): string {
    let name = this.attachments.get(igwId);
    if (!name) {
      name = this.names.fresh(`${this.id(igwId)}Attachment`);
      this.attachments.set(igwId, name);
    }
    return name;
  }

  /** CloudFormation logical id of a design resource. */
  id(designId: string): string {
    return this.names.of(designId);
  }

  parameter(name: string, body: Json): Json {
    this.parameters[name] ??= body;
    return ref(name);
  }

  /**
   * Adds the resource made from `source` (its name tag, usage metadata and, when the logical id
   * had to change, the original id so import gives the design's ids back).
   */
  add(
    source: Resource,
    type: string,
    properties: Json,
    extra: { tags?: boolean; metadata?: Json; attributes?: Json } = {},
  ): string {
    const name = this.id(source.id);
    const skyplan: Json = { ...(extra.metadata ?? {}) };
    if (name !== source.id) skyplan.id = source.id;
    // Multi-subnet resources are drawn in a subnet or in the VPC; CloudFormation cannot say which.
    if (source.parent && MULTI_SUBNET_TYPES.has(source.type)) skyplan.parent = source.parent;
    if (source.name) skyplan.name = source.name;
    const usage = usageOf(source);
    if (usage) skyplan.usage = usage;
    const props = { ...properties };
    if (extra.tags !== false && source.name) props.Tags = [{ Key: 'Name', Value: tagText(source.name) }];
    this.resources[name] = {
      Type: type,
      ...(extra.attributes ?? {}),
      ...(Object.keys(props).length > 0 ? { Properties: props } : {}),
      ...(Object.keys(skyplan).length > 0 ? { Metadata: { Skyplan: skyplan } } : {}),
    };
    return name;
  }

  /**
   * Adds a resource the export needs but the design has no resource for (an association, a
   * listener). `implicit` ones are skipped by import, which rebuilds the fact from the design's
   * own resource.
   */
  addExtra(
    wanted: string,
    type: string,
    properties: Json,
    options: { implicit?: boolean; attributes?: Json } = {},
  ): string {
    const name = this.names.fresh(wanted.replace(/[^A-Za-z0-9]/g, ''));
    this.resources[name] = {
      Type: type,
      ...(options.attributes ?? {}),
      Properties: properties,
      ...(options.implicit ? { Metadata: { Skyplan: { implicit: true } } } : {}),
    };
    return name;
  }

  get<T extends Resource['type']>(
    id: string | undefined,
    type: T,
  ): Extract<Resource, { type: T }> | undefined {
    const found = id ? this.index.byId.get(id) : undefined;
    return found?.type === type ? (found as Extract<Resource, { type: T }>) : undefined;
  }
}

/** GroupDescription and similar fields accept a limited character set: keep it ASCII. */
export function asciiText(text: string | undefined, fallback: string): string {
  const clean = (text ?? '').replace(/[^ -~]/g, '').trim();
  return clean || fallback;
}

/** Tag values allow letters, digits, spaces and _.:/=+-@ only; the exact name stays in metadata. */
export function tagText(text: string): string {
  return text
    .replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 256);
}
