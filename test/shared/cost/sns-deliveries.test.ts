/**
 * SNS deliveries and interface endpoints are never a silent $0 (issue 15): HTTP/S and email
 * deliveries are priced per AWS's table (https://aws.amazon.com/sns/pricing/), a delivery kind
 * without a price is an explicit unpriced line, and an endpoint service Skyplan does not list is
 * priced at the standard interface rate and flagged as an estimate.
 */
import { describe, expect, it } from 'vitest';
import { computeCost } from '../../../shared/cost/index';
import type { Connection, Design, Resource } from '../../../shared/model/types';

function topicDesign(
  extra: Resource[],
  connections: Connection[],
  topic: Record<string, unknown> = {},
): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'sns',
    region: 'us-east-1',
    resources: [
      { id: 'internet', type: 'internet', props: {} },
      { id: 'topic', type: 'sns-topic', props: { publishesPerMonth: 10_000_000, ...topic } },
      ...extra,
    ],
    connections,
  };
}

const linesOf = (design: Design, region?: string) =>
  computeCost(design, region ? { region } : {}).items.find((item) => item.resource === 'topic')?.lines ?? [];

describe('SNS deliveries', () => {
  it('prices HTTP/S deliveries at $0.60 per million, where SQS deliveries are free', () => {
    const http = linesOf(topicDesign([], [{ id: 'c1', from: 'topic', to: 'internet', kind: 'subscribe' }]));
    const line = http.find((l) => l.id === 'deliveries.http');
    expect(line).toMatchObject({ quantity: 10, unitPrice: 0.6, monthly: 6, estimate: false });
    const queue = linesOf(
      topicDesign([{ id: 'q', type: 'sqs-queue', props: {} }], [{ id: 'c1', from: 'topic', to: 'q' }]),
    );
    expect(queue.find((l) => l.id === 'deliveries')).toMatchObject({ monthly: 0 });
    expect(queue.some((l) => l.id === 'deliveries.http')).toBe(false);
  });

  it('applies the 100,000 free HTTP/S deliveries with the always-free tier', () => {
    const design = {
      ...topicDesign([], [{ id: 'c1', from: 'topic', to: 'internet' }], { publishesPerMonth: 50_000 }),
      assumptions: { freeTier: true },
    };
    const lines = linesOf(design).filter((l) => l.id.startsWith('deliveries.http'));
    expect(lines.reduce((sum, l) => sum + l.monthly, 0)).toBe(0);
    expect(lines.some((l) => l.priceKey === 'sns.freeHttpDeliveries')).toBe(true);
  });

  it('prices email deliveries as an estimate line, never $0, in both Regions', () => {
    for (const region of ['us-east-1', 'ap-northeast-2']) {
      const email = linesOf(topicDesign([], [], { emailSubscriptions: 2 }), region).find(
        (l) => l.id === 'deliveries.email',
      );
      expect(email, region).toMatchObject({ quantity: 20, unitPrice: 20, monthly: 400, estimate: true });
    }
    expect(linesOf(topicDesign([], [])).some((l) => l.id === 'deliveries.email')).toBe(false);
  });

  it('shows a delivery kind without a price as an unpriced line', () => {
    const lines = linesOf(
      topicDesign(
        [{ id: 'bus', type: 'eventbridge-bus', props: {} }],
        [{ id: 'c1', from: 'topic', to: 'bus' }],
      ),
    );
    expect(lines.find((l) => l.id === 'deliveries.eventbridge-bus')).toMatchObject({
      unpriced: true,
      estimate: true,
      description: { params: { subscribers: 1, type: 'eventbridge-bus' } },
    });
  });
});

describe('interface endpoint services', () => {
  function endpoint(service: string): Design {
    return {
      format: 'skyplan',
      version: 1,
      name: 'vpce',
      region: 'us-east-1',
      resources: [
        { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
        { id: 'a', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.1.0/24', az: 'a' } },
        {
          id: 'vpce',
          type: 'vpc-endpoint',
          parent: 'vpc1',
          props: { service, endpointType: 'interface', subnets: ['a'] },
        },
      ],
      connections: [],
    };
  }
  const hours = (service: string) =>
    computeCost(endpoint(service))
      .items.find((i) => i.resource === 'vpce')
      ?.lines.find((l) => l.id === 'hours');

  it('prices a listed service (execute-api) at the interface rate, verified', () => {
    expect(hours('execute-api')).toMatchObject({ unitPrice: 0.01, estimate: false });
  });

  it('prices a service Skyplan does not list at the same rate, flagged as an estimate', () => {
    expect(hours('aps-workspaces')).toMatchObject({
      unitPrice: 0.01,
      estimate: true,
      note: { key: 'cost.note.vpce.unknownService', params: { service: 'aps-workspaces' } },
    });
  });
});
