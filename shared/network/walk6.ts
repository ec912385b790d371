/**
 * One placement pair over IPv6 (`ipVersion: 6`). The internet and interfaces in one VPC talk
 * over IPv6 legs (segments6.ts); AWS services and other VPCs are still reached over IPv4 in
 * this model, so those pairs return false and the IPv4 walk takes them.
 */
import { ip6ToString } from './cidr6';
import { INTERNET_IP6 } from './ipv6';
import { internalOnly } from './leg-blocks';
import { egress6, end6Of, ingress6, INTERNET_END6, intraVpc6, sourceHop6 } from './segments6';
import type { Protocol, Resource } from '../model/types';
import type { Path } from './tracer';
import type { NetworkModel, Placement } from './types';

/** What walk6 needs of walk.ts's Flow (kept structural: walk.ts imports this file). */
interface Flow6 {
  model: NetworkModel;
  src: Resource;
  dst: Resource;
  srcRole: string;
  dstRole: string;
  protocol: Protocol;
}

export function walk6(
  path: Path,
  flow: Flow6,
  from: Placement | null,
  to: Placement | null,
  internalLb: boolean,
  /** The request reaches the destination's interface in this placement (walk.ts's `arrive`). */
  arriveAt: (placement: Placement) => void,
): boolean {
  const { model, src, dst } = flow;
  if (flow.srcRole === 'internet' && to) {
    path.hop(src.id, 'source', 'network.hop.sourceInternet', { ip: ip6ToString(INTERNET_IP6) });
    if (internalLb) internalOnly(path, dst.id);
    const dstEnd = end6Of(path, dst.id, to);
    ingress6(path, { id: src.id, ...INTERNET_END6 }, dstEnd);
    arriveAt(to);
    return true;
  }
  if (!from) return false;
  if (flow.dstRole === 'internet') {
    const srcEnd = end6Of(path, src.id, from);
    sourceHop6(path, srcEnd);
    egress6(path, srcEnd, dst.id);
    path.hop(dst.id, 'deliver', 'network.hop.deliver', {
      resource: dst.id,
      protocol: flow.protocol,
      ports: path.ports,
    });
    return true;
  }
  if (!to || flow.dstRole !== 'eni') return false;
  const srcVpc = model.vpcOf(from.subnet.id);
  if (!srcVpc || srcVpc !== model.vpcOf(to.subnet.id)) return false;
  const srcEnd = end6Of(path, src.id, from);
  const dstEnd = end6Of(path, dst.id, to);
  sourceHop6(path, srcEnd);
  intraVpc6(path, srcEnd, dstEnd);
  arriveAt(to);
  return true;
}
