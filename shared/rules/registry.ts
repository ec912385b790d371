/**
 * Every rule, sorted by id. Adding a rule touches its own file, its test and this list; the
 * parity test fails with a pointer to the missing piece when one of the three is forgotten.
 */
import adminPortsOpenToWorld from './admin-ports-open-to-world';
import albInternetFacingPublicSubnets from './alb-internet-facing-public-subnets';
import albListenerProtocol from './alb-listener-protocol';
import albMultiAz from './alb-multi-az';
import albSubnetSize from './alb-subnet-size';
import apiGatewayEndpointType from './api-gateway-endpoint-type';
import asyncLambdaDeadLetter from './async-lambda-dead-letter';
import awsServiceThroughNat from './aws-service-through-nat';
import cidrPrefixSize from './cidr-prefix-size';
import connectionReachable from './connection-reachable';
import databaseInternetReachable from './database-internet-reachable';
import deadLetterQueueType from './dead-letter-queue-type';
import ecsDeployBlocked from './ecs-deploy-blocked';
import ecsPublicIpLaunchType from './ecs-public-ip-launch-type';
import elasticIpAssociation from './elastic-ip-association';
import elasticIpUnattached from './elastic-ip-unattached';
import endpointWithoutAssociation from './endpoint-without-association';
import fanOutThroughSns from './fan-out-through-sns';
import fargateImagePull from './fargate-image-pull';
import fargateTaskSize from './fargate-task-size';
import gatewayEndpointService from './gateway-endpoint-service';
import interfaceEndpointDnsConflict from './interface-endpoint-dns-conflict';
import interfaceEndpointPrivateDns from './interface-endpoint-private-dns';
import interfaceEndpointSubnetPerAz from './interface-endpoint-subnet-per-az';
import internetGatewayAttached from './internet-gateway-attached';
import ipv6RouteTarget from './ipv6-route-target';
import lambdaInPublicSubnet from './lambda-in-public-subnet';
import lambdaLimits from './lambda-limits';
import lambdaThrottling from './lambda-throttling';
import lambdaTimeoutApiGateway from './lambda-timeout-api-gateway';
import naclDuplicateRuleNumber from './nacl-duplicate-rule-number';
import naclEphemeralReturn from './nacl-ephemeral-return';
import natGatewayInPublicSubnet from './nat-gateway-in-public-subnet';
import natGatewayPerAz from './nat-gateway-per-az';
import natGatewayUnused from './nat-gateway-unused';
import natInstanceSourceDestCheck from './nat-instance-source-dest-check';
import nlbCrossZoneTargets from './nlb-cross-zone-targets';
import nlbListenerProtocol from './nlb-listener-protocol';
import noOverlappingSubnets from './no-overlapping-subnets';
import publicIpInPrivateSubnet from './public-ip-in-private-subnet';
import queueDeadLetter from './queue-dead-letter';
import rdsNotPublic from './rds-not-public';
import rdsPortRange from './rds-port-range';
import rdsSubnetGroupAzs from './rds-subnet-group-azs';
import routeTableDuplicateDestination from './route-table-duplicate-destination';
import routeTableUnassociated from './route-table-unassociated';
import routeTargetSameVpc from './route-target-same-vpc';
import securityGroupPrefixList from './security-group-prefix-list';
import securityGroupSameVpc from './security-group-same-vpc';
import securityGroupUnused from './security-group-unused';
import securityGroupsPerInterface from './security-groups-per-interface';
import singleAzService from './single-az-service';
import singleInternetGateway from './single-internet-gateway';
import singleMainRouteTable from './single-main-route-table';
import snsFifoSubscribers from './sns-fifo-subscribers';
import snsStandardToFifoQueue from './sns-standard-to-fifo-queue';
import sqsVisibilityTimeout from './sqs-visibility-timeout';
import subnetAzInRegion from './subnet-az-in-region';
import subnetCapacity from './subnet-capacity';
import subnetCidrInVpc from './subnet-cidr-in-vpc';
import subnetIpv6InVpc from './subnet-ipv6-in-vpc';
import subnetsSameVpc from './subnets-same-vpc';
import transitGatewayAssociation from './transit-gateway-association';
import transitGatewayAttachmentSubnets from './transit-gateway-attachment-subnets';
import vpcPeeringCidrOverlap from './vpc-peering-cidr-overlap';
import vpcPeeringRoutes from './vpc-peering-routes';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  adminPortsOpenToWorld,
  albInternetFacingPublicSubnets,
  albListenerProtocol,
  albMultiAz,
  albSubnetSize,
  apiGatewayEndpointType,
  asyncLambdaDeadLetter,
  awsServiceThroughNat,
  cidrPrefixSize,
  connectionReachable,
  databaseInternetReachable,
  deadLetterQueueType,
  ecsDeployBlocked,
  ecsPublicIpLaunchType,
  elasticIpAssociation,
  elasticIpUnattached,
  endpointWithoutAssociation,
  fanOutThroughSns,
  fargateImagePull,
  fargateTaskSize,
  gatewayEndpointService,
  interfaceEndpointDnsConflict,
  interfaceEndpointPrivateDns,
  interfaceEndpointSubnetPerAz,
  internetGatewayAttached,
  ipv6RouteTarget,
  lambdaInPublicSubnet,
  lambdaLimits,
  lambdaThrottling,
  lambdaTimeoutApiGateway,
  naclDuplicateRuleNumber,
  naclEphemeralReturn,
  natGatewayInPublicSubnet,
  natGatewayPerAz,
  natGatewayUnused,
  natInstanceSourceDestCheck,
  nlbCrossZoneTargets,
  nlbListenerProtocol,
  noOverlappingSubnets,
  publicIpInPrivateSubnet,
  queueDeadLetter,
  rdsNotPublic,
  rdsPortRange,
  rdsSubnetGroupAzs,
  routeTableDuplicateDestination,
  routeTableUnassociated,
  routeTargetSameVpc,
  securityGroupPrefixList,
  securityGroupSameVpc,
  securityGroupUnused,
  securityGroupsPerInterface,
  singleAzService,
  singleInternetGateway,
  singleMainRouteTable,
  snsFifoSubscribers,
  snsStandardToFifoQueue,
  sqsVisibilityTimeout,
  subnetAzInRegion,
  subnetCapacity,
  subnetCidrInVpc,
  subnetIpv6InVpc,
  subnetsSameVpc,
  transitGatewayAssociation,
  transitGatewayAttachmentSubnets,
  vpcPeeringCidrOverlap,
  vpcPeeringRoutes,
];
