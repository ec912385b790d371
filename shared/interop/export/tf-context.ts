/** The Terraform configuration being written: resources, variables, data sources and names. */
import type { Resource } from '../../model/types';
import type { Body } from './hcl';
import { expr, topBlock } from './hcl';
import type { DesignIndex } from './plan';
import { Names } from './plan';

export class TfConfig {
  private readonly blocks: string[] = [];
  readonly variables = new Map<string, Body>();
  readonly data = new Map<string, Body>();
  readonly names = new Names((id) => {
    const clean = id.replace(/[^A-Za-z0-9_-]/g, '_');
    return /^[A-Za-z_]/.test(clean) ? clean : `r_${clean}`;
  });
  /** Terraform type of each design resource written (for references). */
  readonly typeOf = new Map<string, string>();
  readonly serviceGroups = new Map<string, string[]>();
  readonly groupListeners = new Map<string, string[]>();
  /** The one ECS cluster services run in, once a service needs it. */
  cluster: string | undefined;

  constructor(readonly index: DesignIndex) {}

  name(id: string): string {
    return this.names.of(id);
  }

  /** `aws_vpc.main.id`, for a design resource already written. */
  attr(id: string, attribute = 'id'): ReturnType<typeof expr> {
    return expr(`${this.typeOf.get(id) ?? 'aws_unknown'}.${this.name(id)}.${attribute}`);
  }

  variable(name: string, spec: Body): ReturnType<typeof expr> {
    if (!this.variables.has(name)) this.variables.set(name, spec);
    return expr(`var.${name}`);
  }

  dataSource(type: string, name: string, spec: Body): void {
    this.data.set(`${type}\u0000${name}`, spec);
  }

  /** Writes the resource made from a design resource, with its Name tag. */
  add(source: Resource, type: string, b: Body, options: { tags?: boolean } = {}): string {
    const name = this.name(source.id);
    this.typeOf.set(source.id, type);
    const tags = options.tags !== false && source.name ? { tags: { Name: source.name } } : {};
    this.blocks.push(topBlock(['resource', type, name], { ...b, ...tags }));
    return name;
  }

  /** Writes a resource the design has no resource for (association, rule, listener). */
  addExtra(wanted: string, type: string, b: Body): string {
    const name = this.names.fresh(wanted.replace(/[^A-Za-z0-9_-]/g, '_'));
    this.blocks.push(topBlock(['resource', type, name], b));
    return name;
  }

  get<T extends Resource['type']>(
    id: string | undefined,
    type: T,
  ): Extract<Resource, { type: T }> | undefined {
    const found = id ? this.index.byId.get(id) : undefined;
    return found?.type === type ? (found as Extract<Resource, { type: T }>) : undefined;
  }

  text(header: string): string {
    const variables = [...this.variables].map(([name, spec]) => topBlock(['variable', name], spec));
    const data = [...this.data].map(([key, spec]) => {
      const [type = '', name = ''] = key.split('\u0000');
      return topBlock(['data', type, name], spec);
    });
    return [header, ...variables, ...data, ...this.blocks].join('\n');
  }
}
