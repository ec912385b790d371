/**
 * The three ways `skyplan diff` prints a comparison: plain text for a terminal, JSON for tools,
 * Markdown for a pull request comment. All three list the same facts in the same order.
 */
import { formatUsd } from '../../cost/index';
import type { Locale, Translate } from '../../i18n/index';
import { translator } from '../../i18n/index';
import type { Connection, Resource } from '../../model/types';
import type { DesignDiff, FieldChange, ItemChange, Verdict } from './diff';

export const DIFF_FORMATS = ['text', 'json', 'md'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

function value(v: unknown): string {
  return v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);
}

function changeText(change: FieldChange): string {
  return `${change.field}: ${value(change.before)} → ${value(change.after)}`;
}

function resourceText(resource: Resource): string {
  return `${resource.id} (${resource.type})${resource.name ? ` "${resource.name}"` : ''}`;
}

function connectionText(c: Connection): string {
  const how =
    c.kind && c.kind !== 'network'
      ? c.kind
      : `${c.protocol ?? 'tcp'}${c.port !== undefined ? `/${c.port}` : ''}`;
  return `${c.id}: ${c.from} → ${c.to} ${how}`;
}

function itemText(item: ItemChange): string {
  return `${item.id}${item.type ? ` (${item.type})` : ''}: ${item.changes.map(changeText).join('; ')}`;
}

function verdictText(verdict: Verdict | undefined, t: Translate): string {
  if (!verdict) return t('interop.diff.verdict.absent');
  if (verdict.reachable) return t('interop.diff.verdict.reachable');
  return `${t('interop.diff.verdict.blocked')} [${verdict.code ?? '?'}] ${verdict.reason ?? ''}`.trim();
}

function signed(amount: number): string {
  return amount < 0 ? `-${formatUsd(-amount)}` : `+${formatUsd(amount)}`;
}

interface Row {
  section: string;
  mark: '+' | '-' | '~';
  kind: 'added' | 'removed' | 'changed' | 'new' | 'resolved';
  text: string;
}

function rows(diff: DesignDiff, t: Translate): { headings: string[]; rows: Row[] } {
  const r = diff.resources;
  const c = diff.connections;
  const out: Row[] = [];
  const resources = t('interop.diff.resources', {
    added: r.added.length,
    removed: r.removed.length,
    changed: r.changed.length,
  });
  const connections = t('interop.diff.connections', {
    added: c.added.length,
    removed: c.removed.length,
    changed: c.changed.length,
  });
  const findings = t('interop.diff.findings', {
    added: diff.findings.added.length,
    resolved: diff.findings.resolved.length,
  });
  const reach = t('interop.diff.reachability', { count: diff.reachability.length });
  for (const x of r.added) out.push({ section: resources, mark: '+', kind: 'added', text: resourceText(x) });
  for (const x of r.removed)
    out.push({ section: resources, mark: '-', kind: 'removed', text: resourceText(x) });
  for (const x of r.changed) out.push({ section: resources, mark: '~', kind: 'changed', text: itemText(x) });
  for (const x of c.added)
    out.push({ section: connections, mark: '+', kind: 'added', text: connectionText(x) });
  for (const x of c.removed)
    out.push({ section: connections, mark: '-', kind: 'removed', text: connectionText(x) });
  for (const x of c.changed)
    out.push({ section: connections, mark: '~', kind: 'changed', text: itemText(x) });
  for (const f of diff.findings.added)
    out.push({ section: findings, mark: '+', kind: 'new', text: `${f.severity} ${f.rule}: ${f.message}` });
  for (const f of diff.findings.resolved)
    out.push({
      section: findings,
      mark: '-',
      kind: 'resolved',
      text: `${f.severity} ${f.rule}: ${f.message}`,
    });
  for (const v of diff.reachability) {
    out.push({
      section: reach,
      mark: '~',
      kind: 'changed',
      text: `${v.connection}: ${v.from} → ${v.to}: ${verdictText(v.before, t)} → ${verdictText(v.after, t)}`,
    });
  }
  const headings = [resources, connections, findings, reach];
  if (diff.cost) {
    const cost = t('interop.diff.cost', {
      before: formatUsd(diff.cost.before),
      after: formatUsd(diff.cost.after),
      delta: signed(diff.cost.delta),
    });
    headings.push(cost);
    for (const line of diff.cost.lines) {
      out.push({
        section: cost,
        mark: '~',
        kind: 'changed',
        text: `${line.resource} ${line.line}: ${formatUsd(line.before)} → ${formatUsd(line.after)} (${signed(line.delta)})`,
      });
    }
  }
  return { headings, rows: out };
}

function isEmpty(diff: DesignDiff): boolean {
  const { resources: r, connections: c, findings: f } = diff;
  return (
    r.added.length +
      r.removed.length +
      r.changed.length +
      c.added.length +
      c.removed.length +
      c.changed.length ===
      0 &&
    f.added.length + f.resolved.length + diff.reachability.length === 0 &&
    (diff.cost?.delta ?? 0) === 0
  );
}

export function formatDiffText(diff: DesignDiff, locale: Locale = 'en'): string {
  const t = translator(locale);
  const lines = [t('interop.diff.title', { a: diff.a, b: diff.b })];
  if (isEmpty(diff)) return `${lines[0]}\n${t('interop.diff.same')}\n`;
  const { headings, rows: all } = rows(diff, t);
  for (const heading of headings) {
    lines.push('', heading);
    for (const row of all.filter((x) => x.section === heading)) lines.push(`  ${row.mark} ${row.text}`);
  }
  if (diff.newErrors > 0) lines.push('', t('interop.diff.newErrors', { count: diff.newErrors }));
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function formatDiffMarkdown(diff: DesignDiff, locale: Locale = 'en'): string {
  const t = translator(locale);
  const lines = [`## ${cell(t('interop.diff.title', { a: diff.a, b: diff.b }))}`, ''];
  if (isEmpty(diff)) return `${lines.join('\n')}${t('interop.diff.same')}\n`;
  if (diff.newErrors > 0) lines.push(`> **${t('interop.diff.newErrors', { count: diff.newErrors })}**`, '');
  const { headings, rows: all } = rows(diff, t);
  for (const heading of headings) {
    lines.push(`### ${cell(heading)}`, '');
    const mine = all.filter((x) => x.section === heading);
    if (mine.length === 0) continue;
    lines.push(`| ${t('interop.diff.change')} | ${t('interop.diff.details')} |`, '| --- | --- |');
    for (const row of mine) lines.push(`| ${t(`interop.diff.kind.${row.kind}`)} | ${cell(row.text)} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function formatDiff(diff: DesignDiff, format: DiffFormat, locale: Locale = 'en'): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  if (format === 'md') return formatDiffMarkdown(diff, locale);
  return formatDiffText(diff, locale);
}
