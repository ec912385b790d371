/**
 * Official AWS architecture icons (the aws-icons package), bundled as files with hashed URLs.
 * Only the icons the catalog names are listed, so the build copies ~20 SVGs rather than the
 * package's thousands; test/renderer/canvas/icons.test.ts fails when a catalog icon is missing here.
 * (import.meta.glob needs literal patterns, hence the explicit list.)
 */
import { CATALOG } from '../../shared/catalog/index';
import type { ResourceType } from '../../shared/model/types';

const PREFIX = '../../node_modules/aws-icons/icons/';

const urls = import.meta.glob<string>(
  [
    '../../node_modules/aws-icons/icons/architecture-group/Privatesubnet.svg',
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
    '../../node_modules/aws-icons/icons/architecture-group/Publicsubnet.svg',
    '../../node_modules/aws-icons/icons/resource/AmazonVPCPeeringConnection.svg',
    '../../node_modules/aws-icons/icons/architecture-service/AWSTransitGateway.svg',
    '../../node_modules/aws-icons/icons/resource/AWSTransitGatewayAttachment.svg',
  ],
  { eager: true, query: '?url', import: 'default' },
);

/** URL of an icon by its path inside the aws-icons package, e.g. "resource/Internet.svg". */
export function iconUrlOfPath(path: string): string | undefined {
  return urls[PREFIX + path];
}

export function iconUrl(type: ResourceType): string | undefined {
  return iconUrlOfPath(CATALOG[type].icon);
}

export const PUBLIC_SUBNET_ICON = 'architecture-group/Publicsubnet.svg';

/** Paths the bundle carries (for the completeness test). */
export function bundledIconPaths(): string[] {
  return Object.keys(urls).map((key) => key.slice(PREFIX.length));
}
