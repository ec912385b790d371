/**
 * `skyplan rules`: what validate checks, one line per rule (id, severity, category and a short
 * description in the chosen language), or `{ "rules": [...] }` with --format json.
 */
import { RULES } from '../../shared/rules/index';
import type { Command } from '../context';
import { writeJson } from '../context';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'rules.cli.summary',
  usage: 'rules.cli.usage',
  exitCodes: 'cli.exitCodes.info',
  formats: ['text', 'json'],
  maxPositionals: 0,
  run(ctx) {
    const rows = RULES.map((rule) => ({
      id: rule.meta.id,
      severity: rule.meta.severity,
      category: rule.meta.category,
      description: ctx.t(rule.meta.docs.description),
    }));
    if (ctx.format === 'json') {
      writeJson(ctx.io, { rules: rows });
      return 0;
    }
    const header = {
      id: ctx.t('rules.cli.header.id'),
      severity: ctx.t('rules.cli.header.severity'),
      category: ctx.t('rules.cli.header.category'),
      description: ctx.t('rules.cli.header.description'),
    };
    const width = (key: 'id' | 'severity' | 'category') =>
      Math.max(header[key].length, ...rows.map((row) => row[key].length));
    const [idWidth, severityWidth, categoryWidth] = [width('id'), width('severity'), width('category')];
    for (const row of [header, ...rows]) {
      const line = [
        row.id.padEnd(idWidth),
        row.severity.padEnd(severityWidth),
        row.category.padEnd(categoryWidth),
        row.description,
      ].join('  ');
      ctx.io.stdout(`${line}\n`);
    }
    ctx.io.stdout(`${ctx.t('rules.cli.count', { count: rows.length })}\n`);
    return 0;
  },
};
