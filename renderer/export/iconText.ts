/**
 * The official icons as SVG text, for the exports (the canvas uses their URLs: canvas/icons.ts).
 * Loaded on the first export only; the list matches shared/diagram/icons.ts diagramIconPaths()
 * (test/renderer/export/iconText.test.ts fails when a catalog icon is missing here).
 * (import.meta.glob needs literal patterns, hence the explicit list.)
 */
import type { IconSet } from '../../shared/diagram/icons';

const PREFIX = '../../node_modules/aws-icons/icons/';

const loaders = import.meta.glob<string>(
  [
    '../../node_modules/aws-icons/icons/architecture-group/Privatesubnet.svg',
    '../../node_modules/aws-icons/icons/architecture-group/Publicsubnet.svg',
    '../../node_modules/aws-icons/icons/architecture-group/VirtualprivatecloudVPC.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AWSFargate.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AWSLambda.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AmazonAPIGateway.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AmazonDynamoDB.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AmazonEC2.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AmazonEventBridge.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AmazonRDS.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AmazonSimpleNotificationService.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AmazonSimpleQueueService.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg',
    '../../node_modules/aws-icons/icons/resource/AmazonEC2ElasticIPAddress.svg',
    '../../node_modules/aws-icons/icons/resource/AmazonRoute53RouteTable.svg',
    '../../node_modules/aws-icons/icons/resource/AmazonVPCEndpoints.svg',
    '../../node_modules/aws-icons/icons/resource/AmazonVPCInternetGateway.svg',
    '../../node_modules/aws-icons/icons/resource/AmazonVPCNATGateway.svg',
    '../../node_modules/aws-icons/icons/resource/AmazonVPCNetworkAccessControlList.svg',
    '../../node_modules/aws-icons/icons/resource/ElasticLoadBalancingApplicationLoadBalancer.svg',
    '../../node_modules/aws-icons/icons/resource/ElasticLoadBalancingNetworkLoadBalancer.svg',
    '../../node_modules/aws-icons/icons/resource/Internet.svg',
    '../../node_modules/aws-icons/icons/resource/Shield.svg',
    '../../node_modules/aws-icons/icons/resource/AmazonVPCPeeringConnection.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AWSTransitGateway.svg',
    '../../node_modules/aws-icons/icons/resource/AWSTransitGatewayAttachment.svg',
  ],
  { query: '?raw', import: 'default' },
);

/** Paths this module can load (for the completeness test). */
export function exportIconPaths(): string[] {
  return Object.keys(loaders).map((key) => key.slice(PREFIX.length));
}

let cached: Promise<IconSet> | undefined;

export function loadIconSet(): Promise<IconSet> {
  cached ??= Promise.all(
    Object.entries(loaders).map(async ([key, load]) => [key.slice(PREFIX.length), await load()] as const),
  ).then((entries) => Object.fromEntries(entries));
  return cached;
}
