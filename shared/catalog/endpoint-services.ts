/**
 * AWS services a VPC endpoint can name, as the short service name after
 * `com.amazonaws.<region>.` (https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html).
 * The list is open: the inspector offers these names, and the file format accepts any name of
 * the same shape, since AWS adds services every month. Every AWS service is billed at the same
 * interface-endpoint rate (per AZ-hour and per GB), so a name outside this list is priced at that
 * rate and flagged as an estimate.
 */
export const ENDPOINT_SERVICES: readonly string[] = [
  's3',
  'dynamodb',
  'sqs',
  'sns',
  'ecr.api',
  'ecr.dkr',
  'logs',
  'monitoring',
  'secretsmanager',
  'ssm',
  'ssmmessages',
  'ec2messages',
  'kms',
  'sts',
  'lambda',
  'events',
  'execute-api',
  'states',
  'ecs',
  'ecs-agent',
  'ecs-telemetry',
  'ec2',
  'elasticloadbalancing',
  'autoscaling',
  'rds',
  'rds-data',
  'kinesis-streams',
  'kinesis-firehose',
  'athena',
  'glue',
  'sagemaker.api',
  'sagemaker.runtime',
  'bedrock-runtime',
  'codebuild',
  'codecommit',
  'git-codecommit',
  'codepipeline',
  'cloudformation',
  'cloudtrail',
  'config',
  'elasticfilesystem',
  'xray',
  'appsync-api',
  'email-smtp',
];

/** The shape of an endpoint service name: lowercase words joined by dots and hyphens. */
export const ENDPOINT_SERVICE_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export function isKnownEndpointService(name: string): boolean {
  return ENDPOINT_SERVICES.includes(name);
}
