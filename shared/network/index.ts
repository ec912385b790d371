/**
 * The network engine: the questions rules, cost hints, simulation and lessons ask about a design
 * (routes, public addressing, security groups, network ACLs, service access) and trace(), which
 * walks a request hop by hop, forward and back, and explains where and why it is dropped.
 *
 * networkOf() is memoised per design object, and traceAll() per design and failure options:
 * immer gives a new design object on every edit, so caches never go stale.
 */
export * from './types';
export * from './cidr';
export { networkOf } from './model';
export { trace, traceConnection, traceAll, defaultPort } from './trace';
export type { ReuseTrace } from './trace';
export { traceToJson } from './json';
export { MAX_HOPS, RA_CODES } from './tracer';
export { GATEWAY_SERVICES, INTERNET_IP, SERVICE_IP, SERVICE_OF_TYPE, serviceOf } from './services';
export { parsePorts, portText } from './ports';
export { EPHEMERAL_PRESETS } from './ephemeral';
export type { EphemeralPreset } from './ephemeral';
export { isPrefixListPeer, prefixListService } from './prefix-lists';
export { ALB_LISTENER_PROTOCOLS } from './walk';
export { BLACKHOLE, linksOf, vpcCidrsOverlap } from './links';
export type { TgwRoute, VpcLinks } from './links';
