import { DeployTargetError, planDeploy, scalingRange } from '../../shared/deploy/index';
import type { DeployOptions, DeployPlan, ScalingRange, Text } from '../../shared/deploy/index';
import { runLambda } from './deploy-lambda';
import type { Translate } from '../../shared/i18n/index';
import type { Command, CommandContext } from '../context';
import { CliError, requireFile, writeJson } from '../context';

function listOf(value: string | boolean | undefined): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];
}

function optionsOf(ctx: CommandContext): DeployOptions {
  const azs = listOf(ctx.options['fail-az']);
  for (const az of azs) {
    if (!/^[a-z]$/.test(az))
      throw new CliError('cli.simulate.badAz', { found: String(ctx.options['fail-az']) });
  }
  const options: DeployOptions = {};
  if (azs.length > 0) options.failed = { azs, resources: [] };
  const step = ctx.options['fail-at-step'];
  if (step !== undefined) {
    const text = String(step);
    if (!/^\d{1,4}$/.test(text) || Number(text) < 1)
      throw new CliError('cli.deploy.badStep', { found: text });
    options.failAtStep = Number(text);
  }
  if (ctx.options['fail-new-version'] === true) options.failNewVersion = true;
  return options;
}

const say = (t: Translate, text: Text) => t(text.key, text.params);

/** The plan as JSON: every sentence translated, the numbers as they are. */
export function deployToJson(plan: DeployPlan, t: Translate): unknown {
  return {
    ...plan,
    steps: plan.steps.map((step) => ({ ...step, events: step.events.map((e) => say(t, e)) })),
    problems: plan.problems.map((p) => ({ ...p, message: say(t, p.message), fix: say(t, p.fix) })),
    notes: plan.notes.map((n) => say(t, n)),
  };
}

function printText(ctx: CommandContext, plan: DeployPlan, file: string): void {
  const { t } = ctx;
  const out = (line: string) => ctx.io.stdout(`${line}\n`);
  out(
    t('cli.deploy.header', {
      service: plan.service,
      strategy: plan.strategy,
      launchType: plan.launchType,
      file,
    }),
  );
  if (plan.shifting) {
    out(
      t('cli.deploy.blueGreen', {
        desired: plan.desired,
        mode: plan.shifting.mode,
        percent: plan.shifting.percent,
        interval: plan.shifting.intervalMinutes,
        rollback: plan.shifting.rollback ? 'on' : 'off',
      }),
    );
  } else {
    out(
      t('cli.deploy.rolling', {
        desired: plan.desired,
        minPct: plan.minimumHealthyPercent,
        minHealthy: plan.minHealthy,
        maxPct: plan.maximumPercent,
        maxRunning: plan.maxRunning,
      }),
    );
  }
  for (const step of plan.steps) {
    const serving = t(step.serving ? 'cli.deploy.serving' : 'cli.deploy.notServing');
    const weights = step.weights ? `; ${t('cli.deploy.weights', step.weights)}` : '';
    const { index, minute, old, starting, fresh } = step;
    out(t('cli.deploy.step', { index, minute, old, starting, fresh, serving: serving + weights }));
    for (const event of step.events) out(`  - ${say(t, event)}`);
    for (const cell of step.subnets) {
      const failed = cell.failed ? t('cli.deploy.failed') : '';
      out(`    ${t('cli.deploy.subnet', { ...cell, failed })}`);
    }
  }
  for (const note of plan.notes) out(t('cli.deploy.note', { note: say(t, note) }));
  for (const problem of plan.problems) {
    out(t('cli.deploy.problem', { message: say(t, problem.message) }));
    out(t('cli.deploy.fix', { fix: say(t, problem.fix) }));
  }
  const stepMinutes = plan.steps.length > 1 ? plan.steps[1]!.minute : 0;
  out(
    t('cli.deploy.surge', {
      hours: Math.round(plan.extraTaskHours * 100) / 100,
      minutes: plan.minutes,
      stepMinutes,
    }),
  );
  out(t(`deploy.outcome.${plan.outcome}`));
}

function printScaling(ctx: CommandContext, scaling: ScalingRange): void {
  const out = (line: string) => ctx.io.stdout(`${line}\n`);
  const { min, max, metric, target, neededAtMax: needed, slots } = scaling;
  out(
    ctx.t('cli.scaling.range', {
      min,
      max,
      metric,
      target,
      low: scaling.monthlyAtMin,
      high: scaling.monthlyAtMax,
    }),
  );
  out(ctx.t('cli.scaling.room', { needed, slots }));
  for (const problem of scaling.problems) {
    out(ctx.t('cli.deploy.problem', { message: say(ctx.t, problem.message) }));
    out(ctx.t('cli.deploy.fix', { fix: say(ctx.t, problem.fix) }));
  }
}

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'cli.deploy.summary',
  usage: 'cli.deploy.usage',
  exitCodes: 'cli.exitCodes.deploy',
  formats: ['text', 'json'],
  options: {
    service: { type: 'string', help: 'cli.deploy.option.service', valueName: 'ID' },
    'fail-az': { type: 'string', help: 'cli.deploy.option.failAz', valueName: 'AZ' },
    'fail-at-step': { type: 'string', help: 'cli.deploy.option.failAtStep', valueName: 'N' },
    'fail-new-version': { type: 'boolean', help: 'cli.deploy.option.failNewVersion' },
  },
  run(ctx) {
    const file = requireFile(ctx);
    const service = ctx.options.service;
    if (typeof service !== 'string' || service === '') {
      throw new CliError('cli.deploy.missingService', { usage: ctx.t('cli.deploy.usage') });
    }
    const options = optionsOf(ctx);
    const design = ctx.readDesign(file);
    if (design.resources.some((r) => r.id === service && r.type === 'lambda-function')) {
      return runLambda(ctx, design, service, file);
    }
    let plan: DeployPlan;
    try {
      plan = planDeploy(design, service, options);
    } catch (error) {
      if (!(error instanceof DeployTargetError)) throw error;
      if (error.reason === 'unknown') throw new CliError('cli.deploy.unknownService', { file, id: service });
      throw new CliError('cli.deploy.notEcs', { file, id: service, type: error.foundType ?? '' });
    }
    const scaling = scalingRange(design, service);
    if (ctx.format === 'json') {
      const scalingJson = scaling && {
        ...scaling,
        problems: scaling.problems.map((p) => ({
          ...p,
          message: say(ctx.t, p.message),
          fix: say(ctx.t, p.fix),
        })),
      };
      writeJson(ctx.io, {
        ...(deployToJson(plan, ctx.t) as object),
        ...(scaling ? { scaling: scalingJson } : {}),
      });
    } else {
      printText(ctx, plan, file);
      if (scaling) printScaling(ctx, scaling);
    }
    return plan.outcome === 'completed' && !scaling?.problems.length ? 0 : 1;
  },
};
