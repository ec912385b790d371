/**
 * `skyplan edit FILE OPERATION ARGS... [-o OUT]`: one change to a design through the headless
 * editor (shared/edit/), written back in canonical form. The file is opened the way the app
 * opens it (multi-subnet placement normalised); a refused operation, or one that would leave
 * the design unreadable, writes nothing; the write itself replaces the file atomically
 * (node-io.ts), so the user's file is never half-written. `-o OUT` writes elsewhere, `-o -`
 * prints the design on stdout.
 */
import type { Message } from '../../shared/edit/index';
import { normalizePlacement, translateMessage } from '../../shared/edit/index';
import type { Design } from '../../shared/model/index';
import { describeIssue, parseDesign, serializeDesign } from '../../shared/model/index';
import type { Command, CommandContext } from '../context';
import { CliError, requireFile, writeJson } from '../context';
import type { EditOp } from './edit-ops';
import { EDIT_OPS, findEditOp, opUsage } from './edit-ops';

function stringOption(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** The operation and its words, or a usage error listing every operation. */
function chosenOp(ctx: CommandContext): { op: EditOp; args: string[] } {
  const [, word = '', ...args] = ctx.positionals;
  const op = findEditOp(word);
  const operations = EDIT_OPS.map(opUsage).join('; ');
  if (!op)
    throw new CliError(word ? 'cli.edit.unknownOp' : 'cli.edit.missingOp', { found: word, operations });
  const fits = op.variadic ? args.length >= op.params.length : args.length === op.params.length;
  if (!fits) throw new CliError('cli.edit.badArgs', { usage: `skyplan edit FILE ${opUsage(op)}` });
  const addOnly = ['in', 'name'].find((name) => ctx.options[name] !== undefined);
  if (addOnly && op.word !== 'add') throw new CliError('cli.edit.addOnly', { option: `--${addOnly}` });
  return { op, args };
}

/** The design as the app would open it: multi-subnet placement made consistent. */
function opened(design: Design): Design {
  const copy = structuredClone(design);
  normalizePlacement(copy);
  return copy;
}

/** A design without a layout stays without one: the app lays it out when it opens the file. */
function keepLayoutless(before: Design, after: Design): Design {
  if (before.layout && Object.keys(before.layout).length > 0) return after;
  const { layout: _dropped, ...rest } = after;
  return rest;
}

function refuse(ctx: CommandContext, file: string, operation: string, refusal: Message): number {
  const text = translateMessage(ctx.t, refusal);
  if (ctx.format === 'json') {
    writeJson(ctx.io, { ok: false, file, operation, refusal: { key: refusal.key, message: text } });
  } else {
    ctx.io.stderr(`${ctx.t('cli.edit.refused', { file, reason: text })}\n`);
  }
  return 1;
}

function write(ctx: CommandContext, output: string, text: string): void {
  if (output === '-') {
    ctx.io.stdout(text);
    return;
  }
  if (!ctx.io.writeFile) throw new CliError('cli.format.cannotWrite', { file: output });
  try {
    ctx.io.writeFile(output, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError('cli.edit.cannotWrite', { file: output, reason });
  }
}

export const editCommand: Command = {
  name: 'edit',
  summary: 'cli.edit.summary',
  usage: 'cli.edit.usage',
  exitCodes: 'cli.exitCodes.edit',
  formats: ['text', 'json'],
  maxPositionals: 1000,
  options: {
    output: { type: 'string', help: 'cli.edit.option.output', valueName: 'FILE', short: 'o' },
    in: { type: 'string', help: 'cli.edit.option.in', valueName: 'CONTAINER' },
    name: { type: 'string', help: 'cli.edit.option.name', valueName: 'NAME' },
  },
  run(ctx) {
    const file = requireFile(ctx);
    const { op, args } = chosenOp(ctx);
    const output = stringOption(ctx, 'output') ?? file;
    const original = ctx.readDesign(file);
    const outcome = op.run({
      design: opened(original),
      args,
      into: stringOption(ctx, 'in'),
      name: stringOption(ctx, 'name'),
      locale: ctx.locale,
    });
    if (!outcome.ok) return refuse(ctx, file, op.word, outcome.refusal);
    const text = serializeDesign(keepLayoutless(original, outcome.design));
    // The schema has the last word: a value the format does not allow is refused, not written.
    const check = parseDesign(text);
    if (!check.ok) {
      const first = check.issues[0];
      const reason = first ? describeIssue(first, ctx.locale, file) : '';
      return refuse(ctx, file, op.word, { key: 'cli.edit.invalidResult', params: { reason } });
    }
    write(ctx, output, text);
    const done = translateMessage(ctx.t, outcome.done);
    const report =
      ctx.format === 'json'
        ? `${JSON.stringify({ ok: true, file, operation: op.word, done, value: outcome.value ?? null, output }, null, 2)}\n`
        : `${ctx.t('cli.edit.done', { file, done, output })}\n`;
    // With -o - the design itself is on stdout, so the report goes to stderr.
    if (output === '-') ctx.io.stderr(report);
    else ctx.io.stdout(report);
    return 0;
  },
};
