import type { Design, Protocol } from '../../shared/model/index';
import { PROTOCOLS } from '../../shared/model/index';
import { nameOf, nameTrace } from '../../shared/simulate/names';
import { defaultPort, trace, traceToJson } from '../../shared/network/index';
import type { TraceOptions } from '../../shared/network/index';
import type { Command, CommandContext } from '../context';
import { CliError, requireFile, writeJson } from '../context';

function required(ctx: CommandContext, name: 'from' | 'to'): string {
  const value = ctx.options[name];
  if (typeof value !== 'string' || value === '') {
    throw new CliError('cli.simulate.missingOption', {
      option: `--${name}`,
      usage: ctx.t('cli.simulate.usage'),
    });
  }
  return value;
}

/**
 * The resource an end names: its id, or its type where the design has exactly one resource of
 * that type (`--from internet` when the app named the node `internet1`). An unknown name gets
 * the list of valid ids; an ambiguous type gets the ids of that type.
 */
export function resolveEnd(design: Design, file: string, option: string, given: string): string {
  if (design.resources.some((r) => r.id === given)) return given;
  const ofType = design.resources.filter((r) => r.type === given).map((r) => r.id);
  if (ofType.length === 1) return ofType[0] as string;
  if (ofType.length > 1) {
    throw new CliError('polish.cli.ambiguousType', {
      file,
      option,
      id: given,
      count: ofType.length,
      ids: ofType.join(', '),
    });
  }
  const valid = design.resources.map((r) => r.id).join(', ');
  throw new CliError('polish.cli.unknownId', { file, id: given, option, ids: valid || '-' });
}

function protocolOf(ctx: CommandContext): Protocol {
  const value = ctx.options.protocol;
  if (value === undefined) return 'tcp';
  const found = String(value).toLowerCase();
  if (!(PROTOCOLS as readonly string[]).includes(found)) {
    throw new CliError('cli.simulate.badProtocol', { found: String(value) });
  }
  return found as Protocol;
}

function portOf(ctx: CommandContext): number | undefined {
  const value = ctx.options.port;
  if (value === undefined) return undefined;
  const text = String(value);
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65535) throw new CliError('cli.simulate.badPort', { found: text });
  return port;
}

function listOf(value: string | boolean | undefined): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];
}

function failuresOf(ctx: CommandContext, file: string, known: (id: string) => boolean): TraceOptions {
  const azs = listOf(ctx.options['fail-az']);
  for (const az of azs) {
    if (!/^[a-z]$/.test(az))
      throw new CliError('cli.simulate.badAz', { found: String(ctx.options['fail-az']) });
  }
  const resources = listOf(ctx.options.fail);
  for (const id of resources) {
    if (!known(id)) throw new CliError('cli.simulate.unknownId', { file, id, option: '--fail' });
  }
  return azs.length || resources.length ? { failed: { azs, resources } } : {};
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'cli.simulate.summary',
  usage: 'cli.simulate.usage',
  exitCodes: 'cli.exitCodes.simulate',
  formats: ['text', 'json'],
  options: {
    from: { type: 'string', help: 'cli.simulate.option.from', valueName: 'ID' },
    to: { type: 'string', help: 'cli.simulate.option.to', valueName: 'ID' },
    protocol: { type: 'string', help: 'cli.simulate.option.protocol', valueName: 'PROTO' },
    port: { type: 'string', help: 'cli.simulate.option.port', valueName: 'N' },
    'fail-az': { type: 'string', help: 'cli.simulate.option.failAz', valueName: 'AZ' },
    fail: { type: 'string', help: 'cli.simulate.option.fail', valueName: 'ID' },
  },
  run(ctx) {
    const file = requireFile(ctx);
    let from = required(ctx, 'from');
    let to = required(ctx, 'to');
    const protocol = protocolOf(ctx);
    const port = portOf(ctx);
    const design = ctx.readDesign(file);
    const ids = new Set(design.resources.map((r) => r.id));
    from = resolveEnd(design, file, '--from', from);
    to = resolveEnd(design, file, '--to', to);
    const options = failuresOf(ctx, file, (id) => ids.has(id));
    const result = trace(design, from, to, protocol, port, options);
    // Messages name resources by their names; the JSON's resource fields keep the ids.
    const json = traceToJson(nameTrace(design, result, ctx.locale), ctx.locale);
    if (ctx.format === 'json') {
      writeJson(ctx.io, json);
      return result.reachable ? 0 : 1;
    }
    const destination = design.resources.find((r) => r.id === to);
    const shownPort = port ?? (destination ? defaultPort(destination, protocol) : undefined);
    const out = (line: string) => ctx.io.stdout(`${line}\n`);
    out(ctx.t('cli.simulate.header', { from, to, protocol, port: shownPort ?? 'all', file }));
    const failed = [
      ...(options.failed?.azs ?? []).map((az) => `AZ ${az}`),
      ...(options.failed?.resources ?? []),
    ];
    if (failed.length > 0) out(ctx.t('cli.simulate.failed', { failed: failed.join(', ') }));
    const forward = json.hops.filter((hop) => hop.direction === 'forward');
    const back = json.hops.filter((hop) => hop.direction === 'return');
    let n = 0;
    const width = String(json.hops.length).length;
    const print = (hop: (typeof json.hops)[number]) => {
      n++;
      out(`  ${String(n).padStart(width)}. [${hop.action}] ${hop.resource}: ${hop.detail}`);
    };
    if (forward.length > 0) {
      out(ctx.t('cli.simulate.forward'));
      forward.forEach(print);
    }
    if (back.length > 0) {
      out(ctx.t('cli.simulate.return'));
      back.forEach(print);
    }
    if (json.blocked) {
      const ra = json.blocked.raCode ? ctx.t('cli.simulate.raCode', { code: json.blocked.raCode }) : '';
      const at = json.blocked.resource;
      const atName = nameOf(design, at);
      const resource = atName === at ? at : `${atName} (${at})`;
      out(ctx.t('cli.simulate.blocked', { resource, code: json.blocked.code, ra }));
      out(`  ${ctx.t('cli.simulate.why', { message: json.blocked.message })}`);
      out(`  ${ctx.t('cli.simulate.fix', { fix: json.blocked.fix })}`);
      return 1;
    }
    out(ctx.t('cli.simulate.reachable', { from, to }));
    return 0;
  },
};
