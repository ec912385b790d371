/**
 * From a network interface inside a VPC to an AWS service's regional endpoint: a gateway
 * endpoint's prefix-list route, an interface endpoint found by private DNS, or out through NAT
 * or the internet gateway. With none of these the service is unreachable.
 */
import type { Resource } from '../model/types';
import { ipToString } from './cidr';
import { idsOf } from './read';
import type { End, Path } from './tracer';
import { egressToPublic, intraVpc, serviceUnreachable } from './segments';
import { SERVICE_IP } from './services';
import { failed, failIfDown } from './leg-blocks';
import type { Placement } from './types';

export function toService(path: Path, src: End, dst: Resource, service: string): void {
  const subnet = src.subnet;
  if (!subnet) return;
  const access = path.model.serviceAccess(subnet.id, service);
  const privateApi = dst.type === 'api-gateway' && dst.props.endpointType === 'private';
  if (privateApi && access.via !== 'interface-endpoint') {
    path.block(
      'INTERNAL_ONLY',
      dst.id,
      'network.blocked.privateApi',
      { resource: dst.id },
      'network.fix.privateApi',
    );
  }
  switch (access.via) {
    case 'gateway-endpoint': {
      const route = access.route;
      const endpoint = access.resource ?? '';
      if (!route) break;
      path.sgEgress(
        src,
        { id: dst.id, ip: SERVICE_IP, subnet: null, groups: [], suggest: `pl-${service}`, service },
        `${service} (${ipToString(SERVICE_IP)})`,
      );
      path.nacl(subnet, 'outbound', SERVICE_IP, 'forward');
      path.routeHop(subnet, route, 'forward');
      path.onReturn(() => path.nacl(subnet, 'inbound', SERVICE_IP, 'return'));
      failIfDown(path, endpoint);
      path.hop(endpoint, 'endpoint', 'network.hop.gatewayEndpoint', { endpoint, service });
      path.onReturn(() =>
        path.back(endpoint, 'endpoint', 'network.hop.gatewayEndpointReturn', { endpoint, service }),
      );
      break;
    }
    case 'interface-endpoint':
      throughInterfaceEndpoint(path, src, service);
      break;
    case 'nat':
    case 'internet-gateway':
      egressToPublic(path, src, SERVICE_IP, service, service);
      break;
    case 'none':
      // A route that leads nowhere useful (a blackhole, a bad target) is reported precisely.
      if (path.model.routeFor(subnet.id, { service }))
        egressToPublic(path, src, SERVICE_IP, service, service);
      else serviceUnreachable(path, subnet, service);
  }
  path.hop(dst.id, 'deliver', 'network.hop.serviceDeliver', { service, resource: dst.id });
}

function throughInterfaceEndpoint(path: Path, src: End, service: string): void {
  const subnet = src.subnet;
  const vpc = subnet ? path.model.vpcOf(subnet.id) : undefined;
  if (!subnet || !vpc) return;
  const endpoints = path.model
    .interfaceEndpointsFor(vpc.id, service)
    .filter((e) => e.props.privateDns !== false && idsOf(e.props.subnets).length > 0);
  // Private DNS answers with the endpoint's addresses in zones that are up; prefer the caller's AZ.
  let chosen: { id: string; placement: Placement } | undefined;
  for (const endpoint of endpoints) {
    if (path.failure.isDown(endpoint.id)) continue;
    const alive = path.model.placementsOf(endpoint.id).filter((p) => !path.failure.subnetDown(p.subnet));
    const placement = alive.find((p) => p.subnet.props.az === subnet.props.az) ?? alive[0];
    if (placement && (!chosen || placement.subnet.props.az === subnet.props.az)) {
      chosen = { id: endpoint.id, placement };
    }
  }
  const first = endpoints[0];
  if (!chosen) {
    if (!first || path.failure.isDown(first.id)) failed(path, first?.id ?? service);
    const azs = path.model.azsOf(first.id);
    path.block(
      'AZ_FAILED',
      first.id,
      'network.blocked.azFailed',
      { resource: first.id, azs: azs.join(', ') },
      'network.fix.azFailed',
      { resource: first.id },
    );
  }
  const { id, placement } = chosen;
  const endpoint: End = {
    id,
    ip: placement.ip,
    subnet: placement.subnet,
    groups: path.model.securityGroupsOf(id),
    suggest: path.model.securityGroupsOf(id)[0] ?? placement.subnet.props.cidr,
  };
  path.hop(id, 'endpoint', 'network.hop.interfaceEndpoint', {
    service,
    endpoint: id,
    ip: ipToString(placement.ip),
    subnet: placement.subnet.id,
  });
  intraVpc(path, src, endpoint);
  path.hop(id, 'endpoint', 'network.hop.endpointHandsOver', { endpoint: id, service });
}
