import { describe, expect, it } from 'vitest';
import { HANDLERS } from '../../../shared/interop/cfn/import';
import { importCloudFormation, InteropError } from '../../../shared/interop/index';

const TYPES = [...Object.keys(HANDLERS), 'AWS::IAM::Role', 'AWS::CloudFormation::Stack'];
const FUNCTIONS = [
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::GetAZs',
  'Fn::FindInMap',
  'Fn::If',
  'Fn::Cidr',
  'Fn::ImportValue',
  'Fn::Base64',
  'Fn::Length',
  'Fn::Bogus',
];

describe('import never crashes on odd templates (property)', () => {
  it('maps random properties and random intrinsics of every type to a design or a located error', async () => {
    const fc = await import('fast-check');
    const ids = fc.constantFrom('A', 'B', 'C', 'D');
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), ids, fc.constant(null));
    const intrinsic = fc
      .tuple(fc.constantFrom(...FUNCTIONS), fc.oneof(leaf, fc.array(leaf, { maxLength: 4 })))
      .map(([fn, args]) => ({ [fn]: args }));
    const value = fc.oneof(leaf, intrinsic, fc.array(fc.oneof(leaf, intrinsic), { maxLength: 3 }));
    const properties = fc.dictionary(
      fc.constantFrom(
        'VpcId',
        'SubnetId',
        'CidrBlock',
        'GroupId',
        'RouteTableId',
        'Subnets',
        'SecurityGroups',
        'Tags',
        'Port',
        'TargetGroupArn',
        'EventSourceArn',
        'FunctionName',
        'RedrivePolicy',
        'NetworkConfiguration',
        'TemplateURL',
      ),
      value,
      { maxKeys: 6 },
    );
    const resource = fc.record({ Type: fc.constantFrom(...TYPES), Properties: properties });
    const template = fc.record({ Resources: fc.dictionary(ids, resource, { minKeys: 1, maxKeys: 4 }) });
    await fc.assert(
      fc.asyncProperty(template, async (body) => {
        try {
          const { report } = await importCloudFormation(JSON.stringify(body));
          expect(report.imported + report.unmapped.length).toBe(report.total);
        } catch (error) {
          expect(error).toBeInstanceOf(InteropError);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
