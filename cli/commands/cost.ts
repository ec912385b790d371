/**
 * skyplan cost FILE [--region CODE] [--format text|json|csv|md] [--krw-rate N]
 * Prices the design (or re-prices it in another supported region) and prints the report.
 * Exit 0 with a report; 2 when the file, the region or a value cannot be used.
 */
import type { CostFormat } from '../../shared/cost/index';
import {
  computeCost,
  costInputIssues,
  formatCost,
  isSupportedRegion,
  SUPPORTED_REGIONS,
} from '../../shared/cost/index';
import type { Command, CommandContext } from '../context';
import { CliError, requireFile } from '../context';

function chosenRegion(ctx: CommandContext, file: string, fallback: string): string {
  const fromOption = typeof ctx.options.region === 'string';
  const region = fromOption ? (ctx.options.region as string) : fallback;
  if (!isSupportedRegion(region)) {
    const regions = SUPPORTED_REGIONS.join(', ');
    // A region read from the design is the file's problem: say which file and where.
    if (!fromOption)
      throw new CliError('cli.cost.badRegionIn', { where: `${file} $.region`, region, regions });
    throw new CliError('cli.cost.badRegion', { region, regions });
  }
  return region;
}

function chosenKrwRate(ctx: CommandContext): number | undefined {
  const raw = ctx.options['krw-rate'];
  if (typeof raw !== 'string') return undefined;
  const rate = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(rate) || rate <= 0) {
    throw new CliError('cli.cost.badKrwRate', { found: raw });
  }
  return rate;
}

export const costCommand: Command = {
  name: 'cost',
  summary: 'cli.cost.summary',
  usage: 'cli.cost.usage',
  exitCodes: 'cli.exitCodes.info',
  formats: ['text', 'json', 'csv', 'md'],
  options: {
    region: { type: 'string', help: 'cli.cost.option.region', valueName: 'CODE' },
    'krw-rate': { type: 'string', help: 'cli.cost.option.krwRate', valueName: 'N' },
  },
  run(ctx) {
    const file = requireFile(ctx);
    const krwPerUsd = chosenKrwRate(ctx);
    const design = ctx.readDesign(file);
    const region = chosenRegion(ctx, file, design.region);
    const [issue] = costInputIssues(design);
    if (issue) {
      const path = issue.path.map((part, i) =>
        typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part,
      );
      throw new CliError('cli.cost.badUsage', { file, path: path.join(''), found: issue.found });
    }
    const report = computeCost(design, {
      ...(typeof ctx.options.region === 'string' ? { region } : {}),
      ...(krwPerUsd !== undefined ? { krwPerUsd } : {}),
    });
    ctx.io.stdout(formatCost(report, ctx.format as CostFormat, ctx.locale));
    return 0;
  },
};
