import { describe, expect, it } from 'vitest';
import { byId, importFixture, importText, noteKeys } from './helpers';

describe('templates as they are written in practice', () => {
  it('expands Fn::ForEach of the AWS::LanguageExtensions transform, nested loops included', async () => {
    const result = await importText(`
Transform: AWS::LanguageExtensions
Parameters:
  Teams: { Type: CommaDelimitedList, Default: 'red,blue' }
Resources:
  Fn::ForEach::Queues:
    - Team
    - !Ref Teams
    - Queue\${Team}:
        Type: AWS::SQS::Queue
        Properties: { Tags: [{ Key: Name, Value: !Sub 'queue-\${Team}' }] }
      Fn::ForEach::Kinds:
        - Kind
        - [Fast, Slow]
        - Topic\${Team}\${Kind}:
            Type: AWS::SNS::Topic
            Properties: { Tags: [{ Key: Name, Value: !Ref Kind }] }
`);
    expect(result.design.resources.map((r) => r.id)).toEqual([
      'Queuered',
      'TopicredFast',
      'TopicredSlow',
      'Queueblue',
      'TopicblueFast',
      'TopicblueSlow',
    ]);
    expect(byId(result, 'Queueblue').name).toBe('queue-blue');
    expect(byId(result, 'TopicredSlow').name).toBe('Slow');
  });

  it('names the SAM transform and leaves its serverless resources listed, not dropped', async () => {
    const result = await importText(`
Transform: AWS::Serverless-2016-10-31
Resources:
  Api: { Type: AWS::Serverless::Function, Properties: { Handler: a.b, Runtime: nodejs20.x, CodeUri: . } }
  Table: { Type: AWS::DynamoDB::Table }
`);
    expect(noteKeys(result)).toContain('interop.warn.samTransform');
    expect(result.report.unmapped).toEqual([{ id: 'Api', type: 'AWS::Serverless::Function' }]);
    expect(result.report).toMatchObject({ imported: 1, total: 2 });
  });

  it('warns about tags of other tools (!Rain::Embed) instead of failing', async () => {
    const result = await importText(`
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Code: { ZipFile: !Rain::Embed handler.js }, Runtime: nodejs20.x, Handler: a.b, Role: r }
`);
    const note = result.report.notes.find((n) => n.key === 'interop.warn.unknownTag');
    expect(note).toMatchObject({ params: { tag: '!Rain::Embed' }, line: 5 });
    expect(byId(result, 'Fn').type).toBe('lambda-function');
  });

  it('imports a nested stack at a local path into one design, passing parameters and outputs', async () => {
    const result = await importFixture('nested/parent.yaml');
    expect(byId(result, 'Vpc').props).toEqual({ cidr: '10.9.0.0/16' });
    expect(byId(result, 'SubnetA')).toMatchObject({ parent: 'Vpc', props: { az: 'a' } });
    expect(byId(result, 'AppSg').parent).toBe('Vpc');
    expect(result.report.unmapped).toEqual([{ id: 'Remote', type: 'AWS::CloudFormation::Stack' }]);
    expect(noteKeys(result)).toEqual(
      expect.arrayContaining(['interop.warn.nestedImported', 'interop.warn.nestedRemote']),
    );
  });

  it('creates marked external placeholders for a split stack (VPC and subnet parameters, ImportValue)', async () => {
    const result = await importFixture('split-stack.yaml');
    expect(result.report.placeholders.map((p) => `${p.id}:${p.type}`)).toEqual([
      'VpcId:vpc',
      'SubnetIds1:subnet',
      'SubnetIds2:subnet',
      'shared-sg:security-group',
    ]);
    expect(byId(result, 'VpcId').name).toBe('VpcId (external)');
    expect(byId(result, 'Fn')).toMatchObject({
      parent: 'SubnetIds1',
      props: { subnets: ['SubnetIds1', 'SubnetIds2'], securityGroups: ['FnSg', 'shared-sg'] },
    });
    expect(noteKeys(result)).toEqual(
      expect.arrayContaining(['interop.warn.externalParameter', 'interop.warn.placeholders']),
    );
  });

  it("reports ids changed to fit Skyplan's id syntax", async () => {
    const long = `Q${'x'.repeat(70)}`;
    const result = await importText(`Resources:\n  ${long}: { Type: AWS::SQS::Queue }\n`);
    expect(result.report.renamed).toEqual([{ from: long, to: long.slice(0, 64) }]);
  });
});

describe('warnings point at a line', () => {
  it('inside a short-form intrinsic, at the nearest line that holds it', async () => {
    const result = await importText(
      'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !ImportValue shared-name\n',
    );
    expect(result.report.notes.find((n) => n.key === 'interop.warn.importValue')?.line).toBe(5);
  });
});
