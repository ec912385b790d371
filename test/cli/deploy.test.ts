import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const template = 'assets/templates/ecs-rolling-update.skyplan.json';

/** The rolling-update template with the service's props changed. */
function withService(props: Record<string, unknown>): string {
  const doc = JSON.parse(readFileSync(template, 'utf8')) as {
    resources: { id: string; props: Record<string, unknown> }[];
  };
  const svc = doc.resources.find((r) => r.id === 'svc')!;
  svc.props = { ...svc.props, ...props };
  return JSON.stringify(doc, null, 2);
}

describe('skyplan deploy', () => {
  it('prints the step-by-step timeline and exits 0 when the deploy completes', async () => {
    const result = await runCli(['deploy', template, '--service', 'svc']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Deploy svc (rolling, fargate)');
    expect(result.stdout).toContain('Step 1 (minute 5): old 2, new starting 2, new healthy 0; serving');
    expect(result.stdout).toContain('appA (AZ a): old 1, starting 1, healthy new 0');
    expect(result.stdout).toContain('COMPLETED');
  });

  it('exits 1 with the reason and the fix when the deploy cannot proceed (100/100)', async () => {
    const result = await runCli(['deploy', 'd.json', '--service', 'svc'], {
      'd.json': withService({ minimumHealthyPercent: 100, maximumPercent: 100 }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Problem: service svc cannot deploy');
    expect(result.stdout).toContain('Fix: lower minimumHealthyPercent');
    expect(result.stdout).toContain('STALLED');
  });

  it('exits 1 when the service stops serving (one AZ, which fails)', async () => {
    const result = await runCli(['deploy', 'd.json', '--service', 'svc', '--fail-az', 'a'], {
      'd.json': withService({ subnets: ['appA'] }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('NOT SERVING');
    expect(result.stdout).toContain('AZ a failed');
  });

  it('exits 0 when an AZ fails but the other AZ keeps serving', async () => {
    const result = await runCli(['deploy', template, '--service', 'svc', '--fail-az', 'a']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('AZ FAILED');
  });

  it('prints blue/green weights and exits 1 on a rollback', async () => {
    const file = withService({ deploymentStrategy: 'blue-green', trafficShifting: 'canary' });
    const ok = await runCli(['deploy', 'd.json', '--service', 'svc'], { 'd.json': file });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('weights blue 90% / green 10%');
    const failed = await runCli(['deploy', 'd.json', '--service', 'svc', '--fail-new-version'], {
      'd.json': file,
    });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('ROLLED BACK');
  });

  it('prints the plan as JSON with translated sentences', async () => {
    const result = await runCli(['deploy', template, '--service', 'svc', '--format', 'json', '--lang', 'ko']);
    expect(result.code).toBe(0);
    const json = result.json<{ outcome: string; steps: { events: string[]; running: number }[] }>();
    expect(json.outcome).toBe('completed');
    expect(json.steps[1]!.running).toBe(4);
    expect(json.steps[1]!.events[0]).toBe('새 태스크 2개를 시작했습니다 (배치 1)');
  });

  it('exits 2 naming the file for a missing, unknown or wrong --service', async () => {
    const missing = await runCli(['deploy', template]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--service');
    const unknown = await runCli(['deploy', template, '--service', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`${template}: no resource "nope"`);
    const wrong = await runCli(['deploy', template, '--service', 'alb1']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('alb1 is of type alb, not an ecs-service');
    const badStep = await runCli(['deploy', template, '--service', 'svc', '--fail-at-step', 'x']);
    expect(badStep.code).toBe(2);
  });
});

describe('skyplan deploy --service FUNCTION', () => {
  const serverless = 'assets/examples/serverless-api.skyplan.json';
  function withFn(props: Record<string, unknown>): string {
    const doc = JSON.parse(readFileSync(serverless, 'utf8')) as {
      resources: { id: string; props: Record<string, unknown> }[];
    };
    const fn = doc.resources.find((r) => r.id === 'ordersFn')!;
    fn.props = { ...fn.props, ...props };
    return JSON.stringify(doc, null, 2);
  }

  it('prints concurrency, callers and a labelled cold-start estimate; exit 0 when not throttled', async () => {
    const result = await runCli(['deploy', serverless, '--service', 'ordersFn']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('account limit in this Region: 1000 (AWS default, an assumption)');
    expect(result.stdout).toContain('callers: api (api-gateway, sync)');
    expect(result.stdout).toMatch(/cold start: about \d+-\d+ ms/);
    expect(result.stdout).toContain('estimate, not a measurement');
  });

  it('exits 1 with the reason and the fix when a burst is throttled', async () => {
    const result = await runCli(['deploy', 'f.json', '--service', 'ordersFn'], {
      'f.json': withFn({ reservedConcurrency: 10, peakRequestsPerSec: 500 }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('THROTTLED');
    expect(result.stdout).toContain('Fix: raise its reserved concurrency to at least 60');
  });
});

describe('skyplan cost with service auto scaling', () => {
  it('prints the min..max range as a $0 line with its assumption, in text and JSON', async () => {
    const files = { 'd.json': withService({ autoScalingMin: 2, autoScalingMax: 6 }) };
    const text = await runCli(['cost', 'd.json'], files);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Service auto scaling 2..6 tasks (target tracking cpu at 70)');
    expect(text.stdout).toContain('all month at min / all month at max');
    const json = await runCli(['cost', 'd.json', '--format', 'json', '--lang', 'ko'], files);
    expect(json.code).toBe(0);
    expect(json.stdout).toContain('서비스 오토 스케일링 태스크 2..6개');
  });
});
