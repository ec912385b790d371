/**
 * The structure of a diagram, independent of any renderer: which shapes are drawn inside which
 * container (home shapes and the replicas of multi-subnet resources), which resources are drawn
 * as attachments rather than nodes, and how a VPC's subnets form Availability Zone columns and
 * public/private rows. The auto layout, the canvas and the exports all read it.
 */
import { networkOf } from '../network/model';
import { placedSubnetIds, replicaLayoutKey, SUBNET_PLACED_TYPES } from '../model/placement';
import type { Design, Resource, ResourceOf } from '../model/types';
import { looseAttachments } from './attachments';
import { isAttachmentType } from './style';

export interface Shape {
  /** Layout key: the resource id for the home shape, `id@subnetId` for a replica. */
  key: string;
  resource: Resource;
  /** The container it is drawn in (undefined: top level). */
  container: string | undefined;
  replica: boolean;
}

/** Subnet id -> public, as the network engine decides; empty when the design does not model. */
export function publicSubnets(design: Design): Map<string, boolean> {
  const result = new Map<string, boolean>();
  try {
    const network = networkOf(design);
    for (const r of design.resources) if (r.type === 'subnet') result.set(r.id, network.isPublicSubnet(r.id));
  } catch {
    // A half-edited design is still drawn; its subnets are then simply "private".
    result.clear();
  }
  return result;
}

/**
 * Every shape a diagram draws, in document order. Attachments (route tables, NACLs, security
 * groups) only if asked, or when attached to nothing (there is no chip to show them on).
 */
export function shapesOf(design: Design, options: { attachments: boolean }): Shape[] {
  // Shapes depend on the resources only: a drag (a layout change) reuses the list.
  const cached = shapeCache.get(design.resources)?.[options.attachments ? 1 : 0];
  if (cached) return [...cached];
  const shapes = computeShapes(design, options);
  const entry = shapeCache.get(design.resources) ?? [undefined, undefined];
  entry[options.attachments ? 1 : 0] = shapes;
  shapeCache.set(design.resources, entry);
  return [...shapes];
}

const shapeCache = new WeakMap<Design['resources'], [Shape[] | undefined, Shape[] | undefined]>();

function computeShapes(design: Design, options: { attachments: boolean }): Shape[] {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const loose = options.attachments ? new Set<string>() : looseAttachments(design);
  const shapes: Shape[] = [];
  for (const resource of design.resources) {
    if (!options.attachments && isAttachmentType(resource.type) && !loose.has(resource.id)) continue;
    const parent = resource.parent && byId.has(resource.parent) ? resource.parent : undefined;
    shapes.push({ key: resource.id, resource, container: parent, replica: false });
    if (!SUBNET_PLACED_TYPES.has(resource.type)) continue;
    const parentType = parent ? byId.get(parent)?.type : undefined;
    for (const subnetId of placedSubnetIds(resource, parentType)) {
      if (subnetId === parent || byId.get(subnetId)?.type !== 'subnet') continue;
      shapes.push({
        key: replicaLayoutKey(resource.id, subnetId),
        resource,
        container: subnetId,
        replica: true,
      });
    }
  }
  return shapes;
}

export interface AzColumn {
  az: string;
  /** Subnets of this AZ, public rows first, then private, each in document order. */
  subnets: ResourceOf<'subnet'>[];
}

// Subnets per VPC, in document order, computed once per resources array (canvas frames call
// azColumns for every VPC on every drag frame).
const subnetIndex = new WeakMap<Design['resources'], Map<string, ResourceOf<'subnet'>[]>>();

function subnetsByVpc(design: Design): Map<string, ResourceOf<'subnet'>[]> {
  const hit = subnetIndex.get(design.resources);
  if (hit) return hit;
  const index = new Map<string, ResourceOf<'subnet'>[]>();
  for (const resource of design.resources) {
    if (resource.type !== 'subnet' || !resource.parent) continue;
    const list = index.get(resource.parent) ?? [];
    list.push(resource);
    index.set(resource.parent, list);
  }
  subnetIndex.set(design.resources, index);
  return index;
}

/** A VPC's subnets as AZ columns (sorted by AZ letter), each ordered public first. */
export function azColumns(design: Design, vpcId: string, isPublic: ReadonlyMap<string, boolean>): AzColumn[] {
  const byAz = new Map<string, ResourceOf<'subnet'>[]>();
  for (const resource of subnetsByVpc(design).get(vpcId) ?? []) {
    const az = String(resource.props.az ?? '');
    const list = byAz.get(az) ?? [];
    list.push(resource);
    byAz.set(az, list);
  }
  return [...byAz.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([az, subnets]) => ({
      az,
      subnets: [...subnets].sort((a, b) => Number(!isPublic.get(a.id)) - Number(!isPublic.get(b.id))),
    }));
}

/** Row key of a subnet in its AZ column: "public:0", "private:1"… (aligned across AZs). */
export function rowKeys(column: AzColumn, isPublic: ReadonlyMap<string, boolean>): string[] {
  const seen = { public: 0, private: 0 };
  return column.subnets.map((subnet) => {
    const kind = isPublic.get(subnet.id) ? 'public' : 'private';
    return `${kind}:${seen[kind]++}`;
  });
}

/** Id of the (non-resource) AZ group of a VPC, as the layout and the canvas name it. */
export function azGroupId(vpcId: string, az: string): string {
  return `az:${vpcId}:${az}`;
}
