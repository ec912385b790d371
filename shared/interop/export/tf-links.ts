/** Terraform resources that exist only because two resources are connected (see cfn-links.ts). */
import type { Connection, Resource } from '../../model/types';
import type { Body } from './hcl';
import { expr } from './hcl';
import type { TfConfig } from './tf-context';

function permission(tf: TfConfig, fn: string, principal: string, source: ReturnType<typeof expr>): void {
  tf.addExtra(`${tf.name(fn)}_permission`, 'aws_lambda_permission', {
    action: 'lambda:InvokeFunction',
    function_name: tf.attr(fn, 'function_name'),
    principal,
    source_arn: source,
  });
}

export function writeTfConnection(tf: TfConfig, c: Connection, restMethods: Map<string, number>): void {
  const from = tf.index.byId.get(c.from);
  const to = tf.index.byId.get(c.to);
  if (!from || !to) return;
  const pair = `${tf.name(from.id)}_to_${tf.name(to.id)}`;
  if (
    c.kind === 'subscribe' &&
    from.type === 'sns-topic' &&
    (to.type === 'sqs-queue' || to.type === 'lambda-function')
  ) {
    tf.addExtra(pair, 'aws_sns_topic_subscription', {
      topic_arn: tf.attr(from.id, 'arn'),
      protocol: to.type === 'sqs-queue' ? 'sqs' : 'lambda',
      endpoint: tf.attr(to.id, 'arn'),
    });
    if (to.type === 'lambda-function') permission(tf, to.id, 'sns.amazonaws.com', tf.attr(from.id, 'arn'));
    if (to.type === 'sqs-queue') {
      // The queue must let the topic send to it.
      const queueArn = tf.attr(to.id, 'arn').text;
      const topicArn = tf.attr(from.id, 'arn').text;
      tf.addExtra(`${pair}_policy`, 'aws_sqs_queue_policy', {
        queue_url: tf.attr(to.id, 'url'),
        policy: expr(
          `jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage", Resource = ${queueArn}, Condition = { ArnEquals = { "aws:SourceArn" = ${topicArn} } } }] })`,
        ),
      });
    }
  } else if (c.kind === 'trigger' && from.type === 'sqs-queue' && to.type === 'lambda-function') {
    tf.addExtra(pair, 'aws_lambda_event_source_mapping', {
      event_source_arn: tf.attr(from.id, 'arn'),
      function_name: tf.attr(to.id, 'arn'),
      batch_size: 10,
    });
  } else if (
    c.kind === 'trigger' &&
    from.type === 'eventbridge-bus' &&
    ['lambda-function', 'sqs-queue', 'sns-topic'].includes(to.type)
  ) {
    const rule = tf.addExtra(pair, 'aws_cloudwatch_event_rule', {
      event_bus_name: tf.attr(from.id, 'name'),
      event_pattern: expr('jsonencode({ source = [{ prefix = "" }] })'),
    });
    tf.addExtra(`${pair}_target`, 'aws_cloudwatch_event_target', {
      rule: expr(`aws_cloudwatch_event_rule.${rule}.name`),
      event_bus_name: tf.attr(from.id, 'name'),
      arn: tf.attr(to.id, 'arn'),
    });
    if (to.type === 'lambda-function')
      permission(tf, to.id, 'events.amazonaws.com', expr(`aws_cloudwatch_event_rule.${rule}.arn`));
  } else if (c.kind === 'invoke' && from.type === 'api-gateway' && to.type === 'lambda-function') {
    writeIntegration(tf, from, to, pair, restMethods);
  }
}

function writeIntegration(
  tf: TfConfig,
  api: Extract<Resource, { type: 'api-gateway' }>,
  fn: Resource,
  pair: string,
  restMethods: Map<string, number>,
): void {
  const timeout = (api.props.integrationTimeoutSec ?? 29) * 1000;
  if (api.props.apiType === 'rest') {
    const count = restMethods.get(api.id) ?? 0;
    restMethods.set(api.id, count + 1);
    const resource: Body['x'] =
      count === 0
        ? tf.attr(api.id, 'root_resource_id')
        : expr(
            `aws_api_gateway_resource.${tf.addExtra(`${pair}_path`, 'aws_api_gateway_resource', { rest_api_id: tf.attr(api.id), parent_id: tf.attr(api.id, 'root_resource_id'), path_part: tf.name(fn.id).toLowerCase() })}.id`,
          );
    const method = tf.addExtra(pair, 'aws_api_gateway_method', {
      rest_api_id: tf.attr(api.id),
      resource_id: resource,
      http_method: 'ANY',
      authorization: 'NONE',
    });
    tf.addExtra(`${pair}_integration`, 'aws_api_gateway_integration', {
      rest_api_id: tf.attr(api.id),
      resource_id: resource,
      http_method: expr(`aws_api_gateway_method.${method}.http_method`),
      type: 'AWS_PROXY',
      integration_http_method: 'POST',
      timeout_milliseconds: timeout,
      uri: tf.attr(fn.id, 'invoke_arn'),
    });
  } else {
    const integration = tf.addExtra(pair, 'aws_apigatewayv2_integration', {
      api_id: tf.attr(api.id),
      integration_type: 'AWS_PROXY',
      integration_uri: tf.attr(fn.id, 'arn'),
      ...(api.props.apiType === 'http'
        ? { payload_format_version: '2.0', timeout_milliseconds: timeout }
        : {}),
    });
    tf.addExtra(`${pair}_route`, 'aws_apigatewayv2_route', {
      api_id: tf.attr(api.id),
      route_key: api.props.apiType === 'websocket' ? '$default' : `ANY /${tf.name(fn.id).toLowerCase()}`,
      target: expr(`"integrations/\${aws_apigatewayv2_integration.${integration}.id}"`),
    });
  }
  permission(tf, fn.id, 'apigateway.amazonaws.com', expr(`"\${${tf.attr(api.id, 'execution_arn').text}}/*"`));
}
