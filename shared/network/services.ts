/**
 * AWS services as network destinations. Managed resources (buckets, tables, queues, topics,
 * APIs, buses) have no address in any VPC: a caller inside a VPC reaches their regional endpoint
 * through a gateway endpoint, an interface endpoint, a NAT gateway or an internet gateway.
 */
import type { Resource, ResourceType } from '../model/types';
import { parseIp } from './cidr';

/** The endpoint service name of each managed resource type (what a vpc-endpoint's `service` names). */
export const SERVICE_OF_TYPE: Partial<Record<ResourceType, string>> = {
  's3-bucket': 's3',
  'dynamodb-table': 'dynamodb',
  'sqs-queue': 'sqs',
  'sns-topic': 'sns',
  'api-gateway': 'execute-api',
  'eventbridge-bus': 'events',
  'lambda-function': 'lambda',
};

/** AWS offers gateway endpoints for these two services only (docs/domain.md section 2). */
export const GATEWAY_SERVICES: ReadonlySet<string> = new Set(['s3', 'dynamodb']);

/**
 * Representative public addresses, so that CIDR rules can be checked against something real.
 * 203.0.113.10 is a documentation address (RFC 5737) standing for "someone on the internet";
 * 52.94.0.10 stands for an AWS regional service endpoint (inside Amazon's public ranges).
 */
export const INTERNET_IP = parseIp('203.0.113.10') ?? 0;
export const SERVICE_IP = parseIp('52.94.0.10') ?? 0;

export const MANAGED_TYPES: ReadonlySet<ResourceType> = new Set([
  's3-bucket',
  'dynamodb-table',
  'sqs-queue',
  'sns-topic',
  'api-gateway',
  'eventbridge-bus',
]);

/**
 * The service a resource stands for as a destination, or undefined when it is a network
 * resource with its own address. A Lambda function is always reached through the Lambda API,
 * even when attached to a VPC (its ENIs only carry its own outbound traffic).
 */
export function serviceOf(resource: Resource): string | undefined {
  return SERVICE_OF_TYPE[resource.type];
}
