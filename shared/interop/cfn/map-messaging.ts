/**
 * CloudFormation messaging and serverless → Skyplan: Lambda (with event source mappings and
 * permissions), SQS (redrive policy → dead-letter queue), SNS (subscriptions), API Gateway v1
 * and v2 (Lambda integrations), EventBridge buses and rules.
 */
import type { Handler } from './handlers';
import { common } from './handlers';
import type { MappedResource, Mapper } from './mapper';
import { bool, num, str } from './mapper';
import { vpcOfSubnets } from './map-services';
import { referencedIds } from './prepare';
import { isRecord } from './values';

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Lambda functions (or other resources) a string such as an integration URI points at. */
function linkedIds(m: Mapper, r: MappedResource, raw: unknown): string[] {
  const ids = [...referencedIds(raw, m.logicalIds(r.stack))].map((id) => m.idFor(r.stack, id));
  return ids.filter((id): id is string => id !== undefined && m.byId.has(id));
}

/** API plumbing with no Skyplan resource of its own: counted as imported, folded into the API. */
const FOLDED: Handler = {
  phase: 5,
  map(m, r) {
    m.facts.folded.add(r.logicalId);
  },
};

export const MESSAGING_HANDLERS: Record<string, Handler> = {
  'AWS::ApiGateway::Resource': FOLDED,
  'AWS::ApiGateway::Deployment': FOLDED,
  'AWS::ApiGateway::Stage': FOLDED,
  'AWS::ApiGatewayV2::Route': FOLDED,
  'AWS::ApiGatewayV2::Stage': FOLDED,
  'AWS::ApiGatewayV2::Deployment': FOLDED,
  'AWS::Lambda::Function': {
    phase: 4,
    map(m, r) {
      const vpcConfig = isRecord(r.props.VpcConfig) ? r.props.VpcConfig : {};
      const subnets = m.refs(vpcConfig.SubnetIds, 'subnet');
      const securityGroups = m.refs(vpcConfig.SecurityGroupIds, 'security-group');
      const parent = vpcOfSubnets(m, subnets);
      const memoryMb = num(r.props.MemorySize);
      const timeoutSec = num(r.props.Timeout);
      const architecture = Array.isArray(r.props.Architectures) ? str(r.props.Architectures[0]) : undefined;
      const storage = isRecord(r.props.EphemeralStorage) ? num(r.props.EphemeralStorage.Size) : undefined;
      const dlq = isRecord(r.props.DeadLetterConfig) ? m.ref(r.props.DeadLetterConfig.TargetArn) : undefined;
      m.add({
        ...common(r),
        type: 'lambda-function',
        ...(parent ? { parent } : {}),
        props: {
          ...(memoryMb !== undefined ? { memoryMb } : {}),
          ...(timeoutSec !== undefined ? { timeoutSec } : {}),
          ...(architecture === 'arm64' || architecture === 'x86_64' ? { architecture } : {}),
          ...(parent && subnets.length ? { subnets } : {}),
          ...(parent && securityGroups.length ? { securityGroups } : {}),
          ...(storage !== undefined ? { ephemeralStorageMb: storage } : {}),
          ...(dlq ? { deadLetterTarget: dlq } : {}),
        },
      });
    },
  },
  'AWS::Lambda::EventSourceMapping': {
    phase: 5,
    map(m, r) {
      const source = m.ref(r.props.EventSourceArn);
      const fn = m.ref(r.props.FunctionName);
      if (!source || !fn) return false;
      m.connect(source, fn, { kind: 'trigger' });
    },
  },
  'AWS::Lambda::Permission': {
    phase: 5,
    map(m, r) {
      m.facts.folded.add(r.logicalId);
    },
  },
  'AWS::SQS::Queue': {
    phase: 1,
    map(m, r) {
      const fifo = bool(r.props.FifoQueue);
      const visibility = num(r.props.VisibilityTimeout);
      m.add({
        ...common(r),
        type: 'sqs-queue',
        props: {
          ...(fifo ? { fifo } : {}),
          ...(visibility !== undefined ? { visibilityTimeoutSec: visibility } : {}),
        },
      });
    },
    link(m, r) {
      const redrive = r.props.RedrivePolicy;
      const target = isRecord(redrive) ? m.ref(redrive.deadLetterTargetArn) : undefined;
      const queue = m.get(r.id, 'sqs-queue');
      if (queue && target) queue.props.deadLetterTarget = target;
    },
  },
  'AWS::SNS::Topic': {
    phase: 1,
    map(m, r) {
      const fifo = bool(r.props.FifoTopic);
      m.add({ ...common(r), type: 'sns-topic', props: fifo ? { fifo } : {} });
    },
    link(m, r) {
      for (const subscription of records(r.props.Subscription)) {
        const target = m.ref(subscription.Endpoint);
        if (target) m.connect(r.id, target, { kind: 'subscribe' });
      }
    },
  },
  'AWS::SNS::Subscription': {
    phase: 5,
    map(m, r) {
      const topic = m.ref(r.props.TopicArn);
      const target = m.ref(r.props.Endpoint);
      if (!topic || !target) return false;
      m.connect(topic, target, { kind: 'subscribe' });
    },
  },
  'AWS::ApiGateway::RestApi': {
    phase: 1,
    map(m, r) {
      const config = isRecord(r.props.EndpointConfiguration) ? r.props.EndpointConfiguration : {};
      const written = Array.isArray(config.Types) ? (str(config.Types[0]) ?? '').toLowerCase() : '';
      const endpointType = written === 'edge' || written === 'private' ? written : 'regional';
      m.add({ ...common(r), type: 'api-gateway', props: { apiType: 'rest', endpointType } });
    },
  },
  'AWS::ApiGateway::Method': {
    phase: 5,
    map(m, r) {
      const api = m.get(m.ref(r.props.RestApiId), 'api-gateway');
      if (!api) return false;
      const integration = isRecord(r.raw.Integration) ? r.raw.Integration.Uri : undefined;
      for (const target of linkedIds(m, r, integration)) m.connect(api.id, target, { kind: 'invoke' });
    },
  },
  'AWS::ApiGatewayV2::Api': {
    phase: 1,
    map(m, r) {
      const protocol = (str(r.props.ProtocolType) ?? 'HTTP').toUpperCase();
      m.add({
        ...common(r),
        type: 'api-gateway',
        props: { apiType: protocol === 'WEBSOCKET' ? 'websocket' : 'http' },
      });
    },
    link(m, r) {
      for (const target of linkedIds(m, r, r.raw.Target)) m.connect(r.id, target, { kind: 'invoke' });
    },
  },
  'AWS::ApiGatewayV2::Integration': {
    phase: 5,
    map(m, r) {
      const api = m.get(m.ref(r.props.ApiId), 'api-gateway');
      if (!api) return false;
      for (const target of linkedIds(m, r, r.raw.IntegrationUri))
        m.connect(api.id, target, { kind: 'invoke' });
    },
  },
  'AWS::Events::EventBus': {
    phase: 1,
    map(m, r) {
      m.add({ ...common(r), type: 'eventbridge-bus', props: {} });
    },
  },
  'AWS::Events::Rule': {
    phase: 1,
    map(m, r) {
      m.add({ ...common(r), type: 'eventbridge-bus', props: {} });
    },
    link(m, r) {
      for (const target of records(r.props.Targets)) {
        const to = m.ref(target.Arn);
        if (to) m.connect(r.id, to, { kind: 'trigger' });
      }
    },
  },
};
