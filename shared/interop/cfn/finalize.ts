/**
 * Last steps of an import: external placeholders get a CIDR block and an AZ so the
 * design is valid and services can be placed; gateways that were never attached are reported.
 */
import type { Cidr } from '../../network/cidr';
import { ipToString, overlaps, parseCidr } from '../../network/cidr';
import type { Resource } from '../../model/types';
import type { Mapper } from './mapper';

const EXTERNAL_VPC_CIDR = '10.0.0.0/16';

/** Removes resources that could not be placed; returns their ids. */
export function dropUnplaced(m: Mapper): string[] {
  const dropped: string[] = [];
  for (const resource of [...m.resources]) {
    if (resource.type === 'internet-gateway' && !resource.parent) {
      m.warn('interop.warn.igwNotAttached', { id: resource.id });
      m.resources.splice(m.resources.indexOf(resource), 1);
      m.byId.delete(resource.id);
      dropped.push(resource.id);
    }
  }
  return dropped;
}

function covering(cidrs: Cidr[]): string | undefined {
  if (cidrs.length === 0) return undefined;
  let prefix = Math.min(...cidrs.map((c) => c.prefix), 28);
  const first = cidrs[0]?.network ?? 0;
  const mask = (p: number) => (p === 0 ? 0 : (0xffffffff << (32 - p)) >>> 0);
  while (prefix > 8 && !cidrs.every((c) => (c.network & mask(prefix)) >>> 0 === (first & mask(prefix)) >>> 0))
    prefix--;
  return `${ipToString((first & mask(prefix)) >>> 0)}/${prefix}`;
}

function childrenOf(m: Mapper, vpc: string): Resource[] {
  return m.resources.filter((r) => r.parent === vpc);
}

export function completePlaceholders(m: Mapper): void {
  for (const placeholder of m.placeholders) {
    const resource = m.byId.get(placeholder.id);
    if (resource?.type !== 'vpc' || resource.props.cidr) continue;
    const inside = childrenOf(m, resource.id)
      .map((child) => (child.type === 'subnet' ? parseCidr(child.props.cidr) : undefined))
      .filter((c): c is Cidr => c !== undefined);
    resource.props.cidr = covering(inside) ?? EXTERNAL_VPC_CIDR;
  }
  const letters = ['a', 'b', 'c'];
  let n = 0;
  for (const placeholder of m.placeholders) {
    const subnet = m.get(placeholder.id, 'subnet');
    if (!subnet || subnet.props.cidr) continue;
    subnet.props.az = letters[n % letters.length] ?? 'a';
    subnet.props.cidr = freeBlock(m, subnet.parent ?? '') ?? '';
    n++;
  }
}

/** A /24 inside the VPC that no subnet uses, counted from the top of the block. */
function freeBlock(m: Mapper, vpcId: string): string | undefined {
  const vpc = m.get(vpcId, 'vpc');
  const block = vpc ? parseCidr(vpc.props.cidr) : undefined;
  if (!block || block.prefix > 24) return undefined;
  const taken = childrenOf(m, vpcId)
    .map((child) => (child.type === 'subnet' ? parseCidr(child.props.cidr) : undefined))
    .filter((c): c is Cidr => c !== undefined);
  const count = 2 ** (24 - block.prefix);
  for (let i = count - 1; i >= 0; i--) {
    const text = `${ipToString((block.network + i * 256) >>> 0)}/24`;
    const candidate = parseCidr(text);
    if (candidate && !taken.some((other) => overlaps(other, candidate))) return text;
  }
  return undefined;
}
