/**
 * The reply's way back between two VPCs: the destination subnet's table must route the source
 * back through the same peering or transit gateway (else PEER_NO_ROUTE).
 */
import { ipToString } from './cidr';
import type { End, Path } from './tracer';

/** The destination subnet's route back to the source must use the same peering or gateway. */
export function returnRoute(path: Path, src: End, dst: End, via: string): void {
  const to = dst.subnet;
  if (!to) return;
  path.nacl(to, 'outbound', src.ip, 'return');
  const back = path.model.routeFor(to.id, { ip: src.ip });
  const table = path.tableName(to);
  if (!back || back.target !== via) {
    path.block(
      'PEER_NO_ROUTE',
      table,
      back ? 'network.blocked.peerReturnElsewhere' : 'network.blocked.peerNoRoute',
      {
        resource: dst.id,
        table,
        subnet: to.id,
        destination: ipToString(src.ip),
        via,
        target: back?.target ?? '',
      },
      'network.fix.peerNoRoute',
      { table, destination: cidrOfSource(path, src), via },
    );
  }
  path.routeHop(to, back, 'return');
}

function cidrOfSource(path: Path, src: End): string {
  const vpc = src.subnet ? path.model.vpcOf(src.subnet.id) : undefined;
  return vpc?.props.cidr ?? ipToString(src.ip);
}
