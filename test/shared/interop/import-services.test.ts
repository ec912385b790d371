import { describe, expect, it } from 'vitest';
import { byId, importFixture } from './helpers';

describe('CloudFormation import: Lambda + SQS + DLQ + SNS', () => {
  it('maps the redrive policy to a dead-letter queue and the links to connections', async () => {
    const result = await importFixture('lambda-sqs-dlq.yaml');
    expect(result.report).toMatchObject({ total: 6, imported: 6, unmapped: [] });
    expect(byId(result, 'Jobs').props).toEqual({ visibilityTimeoutSec: 180, deadLetterTarget: 'JobsDlq' });
    expect(byId(result, 'Worker').props).toEqual({ memoryMb: 512, timeoutSec: 30, architecture: 'arm64' });
    const links = result.design.connections.map((c) => `${c.from}>${c.to}:${c.kind}`);
    expect(links.sort()).toEqual(['Jobs>Worker:trigger', 'Orders>Jobs:subscribe']);
  });
});

describe('CloudFormation import: API Gateway + Lambda (JSON)', () => {
  it('maps v1 and v2 APIs and their Lambda integrations', async () => {
    const result = await importFixture('apigw-lambda.json');
    expect(byId(result, 'HttpApi').props).toEqual({ apiType: 'http' });
    expect(byId(result, 'RestApi').props).toEqual({ apiType: 'rest', endpointType: 'regional' });
    const links = result.design.connections.map((c) => `${c.from}>${c.to}:${c.kind ?? c.port}`);
    expect(links).toEqual(
      expect.arrayContaining(['HttpApi>Handler:invoke', 'RestApi>Handler:invoke', 'internet>HttpApi:443']),
    );
    // Routes and permissions have no Skyplan resource of their own but are accounted for.
    expect(result.report.imported).toBe(result.report.total);
  });
});
