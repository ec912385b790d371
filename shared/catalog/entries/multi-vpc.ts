/**
 * Connecting VPCs: peering connections and transit gateways (with their attachments and route
 * tables). Peering and transit gateways live at the top level, between the VPCs they join; a
 * transit gateway attachment sits in its VPC and places one interface in each subnet it lists.
 */
import type { CatalogEntry, FieldSpec } from '../types';

/** The gateway an attachment or route table belongs to. */
const TRANSIT_GATEWAY_FIELD: FieldSpec = {
  key: 'transitGateway',
  kind: 'ref',
  group: 'settings',
  required: true,
  refTypes: ['transit-gateway'],
  // Filled in with the design's first gateway when dropped (shared/edit/link-defaults.ts).
  initial: '',
};

export const multiVpc: readonly CatalogEntry[] = [
  {
    type: 'vpc-peering',
    category: 'networking',
    allowedParents: ['none'],
    container: false,
    icon: 'resource/AmazonVPCPeeringConnection.svg',
    idPrefix: 'pcx',
    fields: [
      { key: 'requesterVpc', kind: 'ref', group: 'settings', required: true, refTypes: ['vpc'], initial: '' },
      { key: 'accepterVpc', kind: 'ref', group: 'settings', required: true, refTypes: ['vpc'], initial: '' },
      {
        key: 'crossAzGbPerMonth',
        kind: 'number',
        group: 'usage',
        min: 0,
        max: 1e9,
        default: 0,
        unit: 'gbPerMonth',
      },
      {
        key: 'interRegionGbPerMonth',
        kind: 'number',
        group: 'usage',
        min: 0,
        max: 1e9,
        default: 0,
        unit: 'gbPerMonth',
      },
    ],
  },
  {
    type: 'transit-gateway',
    category: 'networking',
    allowedParents: ['none'],
    container: false,
    icon: 'architecture-service/AWSTransitGateway.svg',
    idPrefix: 'tgw',
    fields: [],
  },
  {
    type: 'transit-gateway-attachment',
    category: 'networking',
    allowedParents: ['vpc', 'subnet'],
    container: false,
    icon: 'resource/AWSTransitGatewayAttachment.svg',
    idPrefix: 'tgwa',
    fields: [
      TRANSIT_GATEWAY_FIELD,
      { key: 'subnets', kind: 'refs', group: 'settings', required: true, refTypes: ['subnet'], initial: [] },
      {
        key: 'dataProcessedGbPerMonth',
        kind: 'number',
        group: 'usage',
        min: 0,
        max: 1e9,
        default: 10,
        unit: 'gbPerMonth',
      },
    ],
  },
  {
    type: 'transit-gateway-route-table',
    category: 'networking',
    allowedParents: ['none'],
    container: false,
    icon: 'resource/AmazonRoute53RouteTable.svg',
    idPrefix: 'tgwrt',
    fields: [
      TRANSIT_GATEWAY_FIELD,
      {
        key: 'associations',
        kind: 'refs',
        group: 'settings',
        refTypes: ['transit-gateway-attachment'],
        default: [],
      },
      {
        key: 'propagations',
        kind: 'refs',
        group: 'settings',
        refTypes: ['transit-gateway-attachment'],
        default: [],
      },
      // A static route targets an attachment, or "blackhole" to drop the traffic.
      {
        key: 'routes',
        kind: 'routes',
        group: 'settings',
        refTypes: ['transit-gateway-attachment'],
        default: [],
      },
    ],
  },
];
