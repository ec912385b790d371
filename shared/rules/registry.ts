/**
 * Every rule, sorted by id. Adding a rule touches its own file, its test and this list; the
 * parity test fails with a pointer to the missing piece when one of the three is forgotten.
 */
import adminPortsOpenToWorld from './admin-ports-open-to-world';
import albInternetFacingPublicSubnets from './alb-internet-facing-public-subnets';
import albMultiAz from './alb-multi-az';
import asyncLambdaDeadLetter from './async-lambda-dead-letter';
import awsServiceThroughNat from './aws-service-through-nat';
import cidrPrefixSize from './cidr-prefix-size';
import connectionReachable from './connection-reachable';
import databaseInternetReachable from './database-internet-reachable';
import deadLetterQueueType from './dead-letter-queue-type';
import elasticIpUnattached from './elastic-ip-unattached';
import endpointWithoutAssociation from './endpoint-without-association';
import fanOutThroughSns from './fan-out-through-sns';
import fargateImagePull from './fargate-image-pull';
import gatewayEndpointService from './gateway-endpoint-service';
import interfaceEndpointPrivateDns from './interface-endpoint-private-dns';
import internetGatewayAttached from './internet-gateway-attached';
import lambdaInPublicSubnet from './lambda-in-public-subnet';
import lambdaLimits from './lambda-limits';
import lambdaTimeoutApiGateway from './lambda-timeout-api-gateway';
import naclDuplicateRuleNumber from './nacl-duplicate-rule-number';
import naclEphemeralReturn from './nacl-ephemeral-return';
import natGatewayInPublicSubnet from './nat-gateway-in-public-subnet';
import natGatewayPerAz from './nat-gateway-per-az';
import natGatewayUnused from './nat-gateway-unused';
import noOverlappingSubnets from './no-overlapping-subnets';
import publicIpInPrivateSubnet from './public-ip-in-private-subnet';
import queueDeadLetter from './queue-dead-letter';
import rdsNotPublic from './rds-not-public';
import routeTableDuplicateDestination from './route-table-duplicate-destination';
import routeTableUnassociated from './route-table-unassociated';
import routeTargetSameVpc from './route-target-same-vpc';
import securityGroupSameVpc from './security-group-same-vpc';
import securityGroupUnused from './security-group-unused';
import singleAzService from './single-az-service';
import singleInternetGateway from './single-internet-gateway';
import singleMainRouteTable from './single-main-route-table';
import snsStandardToFifoQueue from './sns-standard-to-fifo-queue';
import sqsVisibilityTimeout from './sqs-visibility-timeout';
import subnetCapacity from './subnet-capacity';
import subnetCidrInVpc from './subnet-cidr-in-vpc';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  adminPortsOpenToWorld,
  albInternetFacingPublicSubnets,
  albMultiAz,
  asyncLambdaDeadLetter,
  awsServiceThroughNat,
  cidrPrefixSize,
  connectionReachable,
  databaseInternetReachable,
  deadLetterQueueType,
  elasticIpUnattached,
  endpointWithoutAssociation,
  fanOutThroughSns,
  fargateImagePull,
  gatewayEndpointService,
  interfaceEndpointPrivateDns,
  internetGatewayAttached,
  lambdaInPublicSubnet,
  lambdaLimits,
  lambdaTimeoutApiGateway,
  naclDuplicateRuleNumber,
  naclEphemeralReturn,
  natGatewayInPublicSubnet,
  natGatewayPerAz,
  natGatewayUnused,
  noOverlappingSubnets,
  publicIpInPrivateSubnet,
  queueDeadLetter,
  rdsNotPublic,
  routeTableDuplicateDestination,
  routeTableUnassociated,
  routeTargetSameVpc,
  securityGroupSameVpc,
  securityGroupUnused,
  singleAzService,
  singleInternetGateway,
  singleMainRouteTable,
  snsStandardToFifoQueue,
  sqsVisibilityTimeout,
  subnetCapacity,
  subnetCidrInVpc,
];
