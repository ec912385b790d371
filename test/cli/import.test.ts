import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main';
import { parseDesign } from '../../shared/model/index';
import { runCli } from './fake-io';

const F = 'test/fixtures/cfn';

describe('skyplan import', () => {
  it('prints the design and reports "imported N of M" on stderr', async () => {
    const result = await runCli(['import', `${F}/alb-ecs.yaml`]);
    expect(result.code).toBe(0);
    const parsed = parseDesign(result.stdout);
    expect(parsed.ok).toBe(true);
    expect(result.stderr).toContain(`Imported 17 of 17 resources from ${F}/alb-ecs.yaml`);
  });

  it('takes repeated --param values and --region', async () => {
    const text =
      'Parameters:\n  A: { Type: String }\n  B: { Type: String }\nResources:\n  Q: { Type: AWS::SQS::Queue, Properties: { Tags: [{ Key: Name, Value: !Sub "${A}-${B}-${AWS::Region}" }] } }\n';
    const result = await runCli(
      [
        'import',
        'p.yaml',
        '--param',
        'A=one',
        '--param=B=two',
        '--region',
        'ap-northeast-2',
        '--format',
        'json',
      ],
      {
        'p.yaml': text,
      },
    );
    expect(result.code).toBe(0);
    const json = result.json<{
      design: { region: string; resources: { name: string }[] };
      report: { imported: number };
    }>();
    expect(json.design.region).toBe('ap-northeast-2');
    expect(json.design.resources[0]?.name).toBe('one-two-ap-northeast-2');
  });

  it('lists what it did not import, with file and line', async () => {
    const result = await runCli(['import', `${F}/nested/parent.yaml`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Not imported:\n  Remote (AWS::CloudFormation::Stack)');
    expect(result.stderr).toMatch(/parent\.yaml:7: nested stack Remote/);
  });

  it('writes the design with -o OUT', async () => {
    const written: Record<string, string> = {};
    let stderr = '';
    const code = await run(['import', `${F}/lambda-sqs-dlq.yaml`, '-o', 'out.skyplan.json'], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      readFile: (path) => readFileSync(path, 'utf8'),
      writeFile: (path, text) => (written[path] = text),
      env: {},
    });
    expect(code).toBe(0);
    expect(parseDesign(written['out.skyplan.json'] ?? '').ok).toBe(true);
    expect(stderr).toContain('Wrote out.skyplan.json');
  });

  it.each([
    ['broken/malformed.yaml', /malformed\.yaml:3:\d+: not valid YAML or JSON/],
    ['broken/malformed.json', /malformed\.json:3:44: not valid YAML or JSON/],
    ['cycle.yaml', /cycle\.yaml:2:1: resources reference each other in a cycle: First → Second → First/],
    ['not-template.yaml', /not-template\.yaml:1:1: not a CloudFormation template/],
  ])('exits 2 for %s, naming file and line', async (file, message) => {
    const result = await runCli(['import', `${F}/${file}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('speaks Korean', async () => {
    const result = await runCli(['import', `${F}/cycle.yaml`, '--lang', 'ko']);
    expect(result.stderr).toContain('리소스들이 서로 순환 참조합니다');
    const help = await runCli(['import', '--help', '--lang', 'ko']);
    expect(help.stdout).toContain('CloudFormation 템플릿');
  });

  it('refuses a --param that is not KEY=VALUE', async () => {
    const result = await runCli(['import', `${F}/cycle.yaml`, '--param', 'oops']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--param "oops" is not KEY=VALUE');
  });
});
