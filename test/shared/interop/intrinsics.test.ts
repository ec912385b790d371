import { describe, expect, it } from 'vitest';
import { byId, importText, noteKeys } from './helpers';

/** One bucket per intrinsic; its Name tag shows what the function resolved to. */
const TEMPLATE = `
Parameters:
  Env: { Type: String, Default: prod }
  Size: { Type: String }
  Names: { Type: CommaDelimitedList, Default: 'alpha,beta,gamma' }
Mappings:
  Sizes: { prod: { Class: db.m5.large }, dev: { Class: db.t3.micro } }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [!Ref Env, dev]
  ProdNotDev: !And [!Condition IsProd, !Not [!Condition IsDev]]
  Either: !Or [!Condition IsDev, !Condition ProdNotDev]
Resources:
  RefParam: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Ref Env }] } }
  RefPseudo: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Sub '\${AWS::Region}/\${AWS::AccountId}/\${AWS::StackName}' }] } }
  SubVars: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Sub ['\${A}-\${B}-\${!Literal}', { A: x, B: !Ref Env }] }] } }
  Joined: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Join ['+', [a, !Ref Env, !Ref RefParam]] }] } }
  Selected: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Select [1, !Ref Names] }] } }
  SplitSel: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Select [2, !Split ['/', 'a/b/c']] }] } }
  Zones: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Join [',', !GetAZs ''] }] } }
  Mapped: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !FindInMap [Sizes, !Ref Env, Class] }] } }
  Chosen: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !If [Either, yes, no] }] } }
  Blocks: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Join [' ', !Cidr [10.1.0.0/16, 3, 6]] }] } }
  Encoded: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Base64 plain }] } }
  Imported: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !ImportValue shared-name }] } }
  Missing: { Type: AWS::S3::Bucket, Properties: { Tags: [{ Key: Name, Value: !Ref Size }] } }
  DevOnly: { Type: AWS::S3::Bucket, Condition: IsDev }
  NoValue: { Type: AWS::S3::Bucket, Properties: { BucketName: !If [IsDev, dev, !Ref AWS::NoValue] } }
  Topic: { Type: AWS::SNS::Topic }
  Unknown: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: {} } }
`;

const name = (result: Awaited<ReturnType<typeof importText>>, id: string) => byId(result, id).name;

describe('intrinsic functions', () => {
  it('resolves Ref, Sub, Join, Select, Split, GetAZs, FindInMap, If, Cidr and Base64', async () => {
    const result = await importText(TEMPLATE, { region: 'ap-northeast-2', fileName: 'demo.yaml' });
    expect(name(result, 'RefParam')).toBe('prod');
    expect(name(result, 'RefPseudo')).toBe('ap-northeast-2/123456789012/demo');
    expect(name(result, 'SubVars')).toBe('x-prod-${Literal}');
    expect(name(result, 'Joined')).toBe('a+prod+RefParam');
    expect(name(result, 'Selected')).toBe('beta');
    expect(name(result, 'SplitSel')).toBe('c');
    expect(name(result, 'Zones')).toBe('ap-northeast-2a,ap-northeast-2b,ap-northeast-2c,ap-northeast-2d');
    expect(name(result, 'Mapped')).toBe('db.m5.large');
    expect(name(result, 'Chosen')).toBe('yes');
    expect(name(result, 'Blocks')).toBe('10.1.0.0/26 10.1.0.64/26 10.1.0.128/26');
    expect(name(result, 'Encoded')).toBe('plain');
  });

  it('evaluates nested conditions and skips resources whose condition is false', async () => {
    const prod = await importText(TEMPLATE);
    expect(prod.report.skipped).toEqual([{ id: 'DevOnly', condition: 'IsDev' }]);
    const dev = await importText(TEMPLATE, { params: { Env: 'dev' } });
    expect(dev.report.skipped).toEqual([]);
    expect(name(dev, 'Chosen')).toBe('yes');
    expect(name(dev, 'Mapped')).toBe('db.t3.micro');
  });

  it('turns ImportValue and a missing parameter into named warnings with placeholders', async () => {
    const result = await importText(TEMPLATE);
    expect(noteKeys(result)).toEqual(
      expect.arrayContaining(['interop.warn.importValue', 'interop.warn.missingParameter']),
    );
    expect(name(result, 'Imported')).toBe('<shared-name>');
    expect(name(result, 'Missing')).toBe('<Size>');
    const missing = result.report.notes.find((n) => n.key === 'interop.warn.missingParameter');
    expect(missing?.params.name).toBe('Size');
    expect(missing?.line).toBe(4);
  });

  it('lists an unknown resource type in the report: imported N of M', async () => {
    const result = await importText(TEMPLATE);
    expect(result.report.unmapped).toEqual([{ id: 'Unknown', type: 'AWS::IAM::Role' }]);
    expect(result.report.total).toBe(16); // 17 resources, DevOnly not created
    expect(result.report.imported).toBe(15);
  });
});
