/**
 * Defaults for a new subnet: the next free CIDR block inside its VPC, the next AZ (see zones.ts)
 * and a name a reader understands ("Subnet B"), so dropping three subnets never gives three
 * copies of 10.0.1.0/24 in AZ a.
 */
import type { Locale } from '../i18n/index';
import { t } from '../i18n/index';
import type { Design, Resource } from '../model/types';
import { ipToString, overlaps, parseCidr } from '../network/cidr';
import type { Cidr } from '../network/cidr';

/** Subnets of a VPC are /24 blocks when the VPC is large enough, else a quarter of the VPC. */
function subnetPrefix(vpc: Cidr): number {
  return vpc.prefix <= 22 ? 24 : Math.min(28, vpc.prefix + 2);
}

/**
 * The first block of the subnet size, in address order inside the VPC's CIDR, that overlaps
 * no subnet of that VPC. Undefined when the VPC's CIDR is unreadable or the VPC is full.
 */
export function nextFreeCidr(design: Design, vpcId: string): string | undefined {
  const vpc = design.resources.find((r) => r.id === vpcId);
  if (vpc?.type !== 'vpc') return undefined;
  const block = parseCidr(vpc.props.cidr);
  if (!block) return undefined;
  const taken: Cidr[] = [];
  for (const resource of design.resources) {
    if (resource.type !== 'subnet' || resource.parent !== vpcId) continue;
    const cidr = parseCidr(resource.props.cidr);
    if (cidr) taken.push(cidr);
  }
  const prefix = subnetPrefix(block);
  const step = 2 ** (32 - prefix);
  const count = 2 ** (prefix - block.prefix);
  for (let i = 0; i < count; i++) {
    const network = block.network + i * step;
    const candidate = parseCidr(`${ipToString(network)}/${prefix}`);
    if (candidate && !taken.some((cidr) => overlaps(cidr, candidate))) return candidate.canonical;
  }
  return undefined;
}

/** The route table a subnet uses: its own association, else its VPC's main table. */
export function routeTableOf(design: Design, subnet: Resource & { type: 'subnet' }): Resource | undefined {
  const own = subnet.props.routeTable;
  if (own) return design.resources.find((r) => r.id === own);
  return design.resources.find(
    (r) => r.type === 'route-table' && r.parent === subnet.parent && r.props.main === true,
  );
}

/** A subnet is public when its route table sends 0.0.0.0/0 to an internet gateway. */
export function isPublicSubnet(design: Design, subnet: Resource & { type: 'subnet' }): boolean {
  const table = routeTableOf(design, subnet);
  if (table?.type !== 'route-table') return false;
  return table.props.routes.some(
    (route) =>
      route.destination === '0.0.0.0/0' &&
      design.resources.some((r) => r.id === route.target && r.type === 'internet-gateway'),
  );
}

/**
 * "Public A" for a subnet that starts public, else "Subnet A" (a subnet without a route to the
 * internet is often made public a moment later, and "Private" would then be wrong); "… A 2"
 * when the name is taken in the VPC. The name is stored in the design, so it is written in the
 * language of the person creating the subnet (`locale`: the app's UI language, or the CLI's
 * `--lang`), from the message catalogue ("서브넷 A" in Korean).
 */
export function subnetName(
  design: Design,
  vpcId: string,
  az: string,
  isPublic: boolean,
  locale: Locale = 'en',
): string {
  const key = isPublic ? 'edit.default.publicSubnet' : 'edit.default.subnet';
  const base = t(locale, key, { az: az.toUpperCase() });
  const names = new Set(
    design.resources.filter((r) => r.type === 'subnet' && r.parent === vpcId).map((r) => r.name),
  );
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}
