/**
 * CloudFormation resources that exist only because two resources are connected: SNS
 * subscriptions (with the queue policy), event source mappings, EventBridge rules, API
 * integrations and the Lambda permissions they need.
 */
import type { Connection, Resource } from '../../model/types';
import type { CfnTemplate, Json } from './cfn-context';
import { arn, getAtt, ref } from './cfn-context';

function permission(t: CfnTemplate, fn: string, principal: string, source: Json): void {
  t.addExtra(`${fn}Permission`, 'AWS::Lambda::Permission', {
    Action: 'lambda:InvokeFunction',
    FunctionName: ref(fn),
    Principal: principal,
    SourceArn: source,
  });
}

/** The queue must let the topic send to it. Implicit: import rebuilds it from the subscription. */
function queuePolicy(t: CfnTemplate, topic: string, queue: string): void {
  t.addExtra(
    `${queue}From${topic}Policy`,
    'AWS::SQS::QueuePolicy',
    {
      Queues: [ref(queue)],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'sns.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: arn(queue),
            Condition: { ArnEquals: { 'aws:SourceArn': ref(topic) } },
          },
        ],
      },
    },
    { implicit: true },
  );
}

/** Resources that exist only because two resources are connected. */
export function writeConnection(t: CfnTemplate, c: Connection, restMethods: Map<string, number>): void {
  const from = t.index.byId.get(c.from);
  const to = t.index.byId.get(c.to);
  if (!from || !to) return;
  const source = t.id(from.id);
  const target = t.id(to.id);
  if (
    c.kind === 'subscribe' &&
    from.type === 'sns-topic' &&
    (to.type === 'sqs-queue' || to.type === 'lambda-function')
  ) {
    t.addExtra(`${source}To${target}`, 'AWS::SNS::Subscription', {
      TopicArn: ref(source),
      Protocol: to.type === 'sqs-queue' ? 'sqs' : 'lambda',
      Endpoint: arn(target),
    });
    if (to.type === 'lambda-function') permission(t, target, 'sns.amazonaws.com', ref(source));
    if (to.type === 'sqs-queue') queuePolicy(t, source, target);
  } else if (c.kind === 'trigger' && to.type === 'lambda-function' && from.type === 'sqs-queue') {
    t.addExtra(`${source}To${target}`, 'AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arn(source),
      FunctionName: ref(target),
      BatchSize: 10,
    });
  } else if (
    c.kind === 'trigger' &&
    from.type === 'eventbridge-bus' &&
    ['lambda-function', 'sqs-queue', 'sns-topic'].includes(to.type)
  ) {
    const rule = t.addExtra(
      `${source}To${target}`,
      'AWS::Events::Rule',
      {
        EventBusName: ref(source),
        EventPattern: { source: [{ prefix: '' }] },
        Targets: [{ Id: target, Arn: to.type === 'sns-topic' ? ref(target) : arn(target) }],
      },
      { implicit: true },
    );
    if (to.type === 'lambda-function') permission(t, target, 'events.amazonaws.com', arn(rule));
  } else if (c.kind === 'invoke' && from.type === 'api-gateway' && to.type === 'lambda-function') {
    writeIntegration(t, from, source, target, restMethods);
  }
}

function writeIntegration(
  t: CfnTemplate,
  api: Extract<Resource, { type: 'api-gateway' }>,
  source: string,
  target: string,
  restMethods: Map<string, number>,
): void {
  const timeout = (api.props.integrationTimeoutSec ?? 29) * 1000;
  if (api.props.apiType === 'rest') {
    const count = restMethods.get(source) ?? 0;
    restMethods.set(source, count + 1);
    // One method per resource and verb: the first function answers at the root, others at /<function>.
    const resource =
      count === 0
        ? getAtt(source, 'RootResourceId')
        : ref(
            t.addExtra(`${source}${target}Path`, 'AWS::ApiGateway::Resource', {
              RestApiId: ref(source),
              ParentId: getAtt(source, 'RootResourceId'),
              PathPart: target.toLowerCase(),
            }),
          );
    t.addExtra(`${source}To${target}`, 'AWS::ApiGateway::Method', {
      RestApiId: ref(source),
      ResourceId: resource,
      HttpMethod: 'ANY',
      AuthorizationType: 'NONE',
      Integration: {
        Type: 'AWS_PROXY',
        IntegrationHttpMethod: 'POST',
        TimeoutInMillis: timeout,
        Uri: {
          'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${target}.Arn}/invocations`,
        },
      },
    });
  } else {
    const integration = t.addExtra(`${source}To${target}`, 'AWS::ApiGatewayV2::Integration', {
      ApiId: ref(source),
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: arn(target),
      ...(api.props.apiType === 'http' ? { PayloadFormatVersion: '2.0', TimeoutInMillis: timeout } : {}),
    });
    const routeKey = api.props.apiType === 'websocket' ? '$default' : `ANY /${target.toLowerCase()}`;
    t.addExtra(`${source}To${target}Route`, 'AWS::ApiGatewayV2::Route', {
      ApiId: ref(source),
      RouteKey: routeKey,
      Target: { 'Fn::Sub': `integrations/\${${integration}}` },
    });
  }
  permission(t, target, 'apigateway.amazonaws.com', {
    'Fn::Sub': `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${source}}/*`,
  });
}
