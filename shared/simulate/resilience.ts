/**
 * The more resilient alternative that failure mode prices: one NAT gateway per AZ. A NAT
 * gateway lives in one AZ, so private subnets of other AZs that route through it lose egress
 * when that AZ fails (docs/domain.md §8; AWS recommends a NAT gateway per AZ). This builds the design
 * with that fix applied, so the panel can trace it under the same failure (does it survive?)
 * and price it against the current design (what does it cost?).
 */
import type { Design, Resource, ResourceOf } from '../model/index';
import { networkOf } from '../network/index';

export interface NatPerAzAlternative {
  design: Design;
  /** Ids of the NAT gateways, Elastic IPs and route tables that were added. */
  added: string[];
  /** The AZs that got their own NAT gateway. */
  zones: string[];
}

type Subnet = ResourceOf<'subnet'>;
type RouteTable = ResourceOf<'route-table'>;

function uniqueId(taken: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function tableOf(subnet: Subnet, tables: readonly RouteTable[]): RouteTable | undefined {
  if (subnet.props.routeTable) return tables.find((table) => table.id === subnet.props.routeTable);
  return tables.find((table) => table.parent === subnet.parent && table.props.main === true);
}

function defaultTarget(table: RouteTable | undefined): string | undefined {
  return table?.props.routes.find((route) => route.destination === '0.0.0.0/0')?.target;
}

/**
 * Null when no private subnet depends on a NAT gateway of another AZ (nothing to fix), or when
 * the AZ that needs a NAT has no public subnet to hold one.
 */
export function natPerAzAlternative(design: Design): NatPerAzAlternative | null {
  const byId = new Map<string, Resource>(design.resources.map((resource) => [resource.id, resource]));
  const subnets = design.resources.filter((r): r is Subnet => r.type === 'subnet');
  const tables = design.resources.filter((r): r is RouteTable => r.type === 'route-table');
  const azOf = (id: string | undefined): string | undefined => {
    const parent = id ? byId.get(id)?.parent : undefined;
    const subnet = parent ? byId.get(parent) : undefined;
    return subnet?.type === 'subnet' ? subnet.props.az : undefined;
  };
  // The network model's one notion of "public" (any route to the VPC's internet gateway).
  const network = networkOf(design);
  const isPublic = (subnet: Subnet): boolean => network.isPublicSubnet(subnet.id);

  const taken = new Set([...byId.keys(), ...design.connections.map((c) => c.id)]);
  const resources: Resource[] = design.resources.map(
    (resource) => ({ ...resource, props: { ...resource.props } }) as Resource,
  );
  const copyOf = new Map(resources.map((resource) => [resource.id, resource]));
  const natForZone = new Map<string, string>();
  for (const resource of design.resources) {
    const az = azOf(resource.id);
    if (
      resource.type === 'nat-gateway' &&
      az &&
      !natForZone.has(`${resource.parent ? byId.get(resource.parent)?.parent : ''}:${az}`)
    ) {
      natForZone.set(`${byId.get(resource.parent ?? '')?.parent ?? ''}:${az}`, resource.id);
    }
  }
  const newTables = new Map<string, string>();
  const added: string[] = [];
  const zones = new Set<string>();
  const servedZones = new Map<string, Set<string>>();

  for (const subnet of subnets) {
    const table = tableOf(subnet, tables);
    const natId = defaultTarget(table);
    const nat = natId ? byId.get(natId) : undefined;
    if (!table || nat?.type !== 'nat-gateway') continue;
    const natZone = azOf(nat.id);
    const zone = subnet.props.az;
    if (!servedZones.has(nat.id)) servedZones.set(nat.id, new Set(natZone ? [natZone] : []));
    if (natZone === zone) continue;
    const vpc = subnet.parent ?? '';
    let localNat = natForZone.get(`${vpc}:${zone}`);
    if (!localNat) {
      const publicSubnet = subnets.find((s) => s.parent === vpc && s.props.az === zone && isPublic(s));
      if (!publicSubnet) return null;
      localNat = uniqueId(taken, `nat-${zone}`);
      const natProps: ResourceOf<'nat-gateway'>['props'] = { ...nat.props };
      delete natProps.dataProcessedGbPerMonth;
      if (nat.props.elasticIp) {
        const eip = uniqueId(taken, `eip-${zone}`);
        resources.push({
          id: eip,
          type: 'elastic-ip',
          name: `NAT ${zone.toUpperCase()} EIP`,
          props: { attachedTo: localNat },
        });
        natProps.elasticIp = eip;
        added.push(eip);
      }
      resources.push({
        id: localNat,
        type: 'nat-gateway',
        name: `NAT ${zone.toUpperCase()}`,
        parent: publicSubnet.id,
        props: natProps,
      });
      natForZone.set(`${vpc}:${zone}`, localNat);
      added.push(localNat);
      zones.add(zone);
    }
    servedZones.get(nat.id)?.add(zone);
    const tableKey = `${table.id}:${zone}`;
    let tableId = newTables.get(tableKey);
    if (!tableId) {
      tableId = uniqueId(taken, `${table.id}-${zone}`);
      const routes = table.props.routes.map((route) =>
        route.target === nat.id ? { ...route, target: localNat } : { ...route },
      );
      resources.push({
        id: tableId,
        type: 'route-table',
        name: `${table.name ?? table.id} (${zone.toUpperCase()})`,
        parent: table.parent,
        props: { routes },
      });
      newTables.set(tableKey, tableId);
      added.push(tableId);
    }
    const subnetCopy = copyOf.get(subnet.id) as Subnet;
    subnetCopy.props = { ...subnetCopy.props, routeTable: tableId };
    // Gateway endpoints attached to the old table must follow the subnet to its new table.
    for (const endpoint of resources) {
      if (endpoint.type !== 'vpc-endpoint' || !endpoint.props.routeTables?.includes(table.id)) continue;
      if (!endpoint.props.routeTables.includes(tableId))
        endpoint.props = { ...endpoint.props, routeTables: [...endpoint.props.routeTables, tableId] };
    }
  }
  if (added.length === 0) return null;
  // The traffic is the same, only spread over more gateways: split each shared NAT's data evenly.
  for (const [natId, served] of servedZones) {
    const nat = copyOf.get(natId);
    const data = nat?.type === 'nat-gateway' ? nat.props.dataProcessedGbPerMonth : undefined;
    if (!nat || nat.type !== 'nat-gateway' || data === undefined || served.size < 2) continue;
    const share = Math.round((data / served.size) * 100) / 100;
    nat.props = { ...nat.props, dataProcessedGbPerMonth: share };
    for (const zone of served) {
      const local = natForZone.get(`${byId.get(nat.parent ?? '')?.parent ?? ''}:${zone}`);
      const copy = local ? (copyOf.get(local) ?? resources.find((r) => r.id === local)) : undefined;
      if (copy?.type === 'nat-gateway' && copy.id !== natId)
        copy.props = { ...copy.props, dataProcessedGbPerMonth: share };
    }
  }
  return { design: { ...design, resources }, added, zones: [...zones].sort() };
}
