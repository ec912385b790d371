/** Which cost function prices which resource type. Adding a type: a file here and one case. */
import type { Resource } from '../../model/types';
import type { PricingContext } from '../context';
import type { CostLine } from '../types';
import { priceAlb } from './alb';
import { priceApiGateway } from './api-gateway';
import { priceEc2Instance } from './ec2-instance';
import { priceEcsService } from './ecs-service';
import { priceElasticIp } from './elastic-ip';
import { isFreeType, priceFree } from './free';
import { priceLambdaFunction } from './lambda-function';
import { priceLambdaProvisioned } from './lambda-provisioned';
import { priceDeploySurge } from './deploy-surge';
import { priceScalingRange } from './ecs-scaling';
import { priceEventBridgeBus, priceSnsTopic, priceSqsQueue } from './messaging';
import { priceTransitGatewayAttachment, priceTransitGatewayFree, priceVpcPeering } from './multi-vpc';
import { priceNatGateway } from './nat-gateway';
import { priceNlb } from './nlb';
import { priceRdsInstance } from './rds-instance';
import { priceDynamoDbTable, priceS3Bucket } from './storage';
import { priceInterAz, priceInternetEgress } from './transfer';
import { priceVpcEndpoint } from './vpc-endpoint';

/** The resource's own lines (undefined for the `internet` pseudo-resource, which AWS does not bill). */
export function priceOwn(resource: Resource, ctx: PricingContext): CostLine[] | undefined {
  if (isFreeType(resource.type)) return priceFree(resource, ctx);
  switch (resource.type) {
    case 'internet':
      return undefined;
    case 'nat-gateway':
      return priceNatGateway(resource, ctx);
    case 'elastic-ip':
      return priceElasticIp(resource, ctx);
    case 'vpc-endpoint':
      return priceVpcEndpoint(resource, ctx);
    case 'alb':
      return priceAlb(resource, ctx);
    case 'nlb':
      return priceNlb(resource, ctx);
    case 'ecs-service':
      return [
        ...priceEcsService(resource, ctx),
        ...priceDeploySurge(resource, ctx),
        ...priceScalingRange(resource, ctx),
      ];
    case 'ec2-instance':
      return priceEc2Instance(resource, ctx);
    case 'lambda-function':
      return [...priceLambdaFunction(resource, ctx), ...priceLambdaProvisioned(resource, ctx)];
    case 'rds-instance':
      return priceRdsInstance(resource, ctx);
    case 's3-bucket':
      return priceS3Bucket(resource, ctx);
    case 'dynamodb-table':
      return priceDynamoDbTable(resource, ctx);
    case 'sqs-queue':
      return priceSqsQueue(resource, ctx);
    case 'sns-topic':
      return priceSnsTopic(resource, ctx);
    case 'api-gateway':
      return priceApiGateway(resource, ctx);
    case 'eventbridge-bus':
      return priceEventBridgeBus(resource, ctx);
    case 'vpc-peering':
      return priceVpcPeering(resource, ctx);
    case 'transit-gateway-attachment':
      return priceTransitGatewayAttachment(resource, ctx);
    case 'transit-gateway':
    case 'transit-gateway-route-table':
      return priceTransitGatewayFree(resource, ctx);
    default:
      // Free types were handled above; a new type without a case fails the registry test.
      return [];
  }
}

/** All lines of a resource: its own, then the data transfer it causes. */
export function priceResource(resource: Resource, ctx: PricingContext): CostLine[] | undefined {
  const lines = priceOwn(resource, ctx);
  if (lines === undefined) return undefined;
  // Appended in place: every cost function returns a fresh array.
  priceInternetEgress(resource, ctx, lines);
  priceInterAz(resource, ctx, lines);
  return lines;
}
