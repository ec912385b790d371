/**
 * Rendering a cost report: the FILE-FORMAT.md JSON object, and text, CSV and Markdown. Pure
 * (strings in, strings out), so the command line, the desktop export and the cost panel share
 * them. Every word comes from the en/ko catalogues.
 */
import type { Locale } from '../i18n/index';
import { t } from '../i18n/index';
import { toKrw } from './money';
import type { Assumption, CostHint, CostItem, CostLine, CostReport, Text } from './types';

export type CostFormat = 'text' | 'json' | 'csv' | 'md';
export const COST_FORMATS: readonly CostFormat[] = ['text', 'json', 'csv', 'md'];

function say(locale: Locale, text: Text): string {
  return t(locale, text.key, text.params);
}

/** Removes float noise (777.6000000000001) without hiding real precision. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** A unit price in full, never in exponent notation (0.0000000309, not 3.09e-8). */
export function formatUnitPrice(price: number): string {
  if (price === 0) return '0';
  return price.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
}

// Built once: creating a number format per call costs more than the whole cost report.
const QUANTITY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const USD = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatQuantity(quantity: number): string {
  return QUANTITY.format(Math.round(quantity * 10000) / 10000);
}

export function formatUsd(amount: number): string {
  return `$${USD.format(amount)}`;
}

export function formatKrw(amount: number): string {
  return `\u20a9${WHOLE.format(amount)}`;
}

function describeLine(line: CostLine, locale: Locale): string {
  const text = say(locale, line.description);
  return line.note ? `${text} [${say(locale, line.note)}]` : text;
}

function assumptionSource(locale: Locale, assumption: Assumption): string {
  return t(locale, `cost.report.assumption.${assumption.source}`);
}

function krwSource(report: CostReport, locale: Locale): string {
  return t(locale, 'cost.report.totalKrw', {
    rate: QUANTITY.format(report.krw.rate),
    source: t(locale, `cost.report.krwSource.${report.krw.source}`),
    asOf: report.krw.asOf || '-',
  });
}

// ---- JSON -------------------------------------------------------------------------------

export interface CostLineJson {
  description: string;
  quantity: number;
  unit: string;
  unitPrice: number;
  monthly: number;
  estimate: boolean;
  krw: number;
  note?: string;
  priceKey?: string;
  unpriced?: boolean;
}

export interface CostJson {
  region: string;
  currency: 'USD';
  monthlyTotal: number;
  items: { resource: string; type: string; name?: string; monthly: number; lines: CostLineJson[] }[];
  estimate: boolean;
  hoursPerMonth: number;
  freeTier: boolean;
  krw: CostReport['krw'];
  assumptions: Assumption[];
  hints: { id: string; resources: string[]; message: string; monthlySavings: number }[];
  priceTable: CostReport['priceTable'];
}

/** The `skyplan cost --format json` object: FILE-FORMAT.md's fields first, then extras. */
export function costToJson(report: CostReport, locale: Locale = 'en'): CostJson {
  return {
    region: report.region,
    currency: 'USD',
    monthlyTotal: report.monthlyTotal,
    items: report.items.map((item) => ({
      resource: item.resource,
      type: item.type,
      ...(item.name !== undefined ? { name: item.name } : {}),
      monthly: item.monthly,
      lines: item.lines.map((line) => {
        const json: CostLineJson = {
          description: say(locale, line.description),
          quantity: tidy(line.quantity),
          unit: t(locale, line.unit),
          unitPrice: line.unitPrice,
          monthly: line.monthly,
          estimate: line.estimate,
          krw: toKrw(line.monthly, report.krw.rate),
        };
        if (line.note) json.note = say(locale, line.note);
        if (line.priceKey) json.priceKey = line.priceKey;
        if (line.unpriced) json.unpriced = true;
        return json;
      }),
    })),
    estimate: report.estimate,
    hoursPerMonth: report.hoursPerMonth,
    freeTier: report.freeTier,
    krw: report.krw,
    assumptions: report.assumptions,
    hints: report.hints.map((hint) => ({
      id: hint.id,
      resources: hint.resources,
      message: say(locale, hint.message),
      monthlySavings: hint.monthlySavings,
    })),
    priceTable: report.priceTable,
  };
}

// ---- text -------------------------------------------------------------------------------

function marks(line: CostLine): string {
  if (line.unpriced) return '!';
  return line.estimate ? '*' : ' ';
}

function header(report: CostReport, locale: Locale): string[] {
  return [
    t(locale, 'cost.report.title', { name: report.name }),
    t(locale, 'cost.report.region', {
      region: report.region,
      regionName: report.priceTable.regionName,
      version: report.priceTable.version,
    }),
    t(locale, 'cost.report.hours', {
      hours: report.hoursPerMonth,
      freeTier: t(locale, report.freeTier ? 'cost.report.yes' : 'cost.report.no'),
    }),
  ];
}

function assumptionWho(locale: Locale, assumption: Assumption): string {
  return assumption.resource ?? t(locale, 'cost.report.document');
}

/** Legends for the marks used: "*" on any estimated line (even a $0 one), "!" on unpriced ones. */
function footer(report: CostReport, locale: Locale): string[] {
  const lines = report.items.flatMap((item) => item.lines);
  const out: string[] = [];
  if (lines.some((line) => line.estimate && !line.unpriced)) out.push(t(locale, 'cost.report.estimateMark'));
  if (report.unpriced) out.push(t(locale, 'cost.report.unpricedMark'));
  return out;
}

export function formatCostText(report: CostReport, locale: Locale = 'en'): string {
  const out = [...header(report, locale), ''];
  const rate = report.krw.rate;
  for (const item of report.items) {
    const title = item.name
      ? `${item.resource} (${item.type}, ${item.name})`
      : `${item.resource} (${item.type})`;
    out.push(`${title}  ${formatUsd(item.monthly)}  ${formatKrw(toKrw(item.monthly, rate))}`);
    for (const line of item.lines) {
      const math = `${formatQuantity(line.quantity)} ${t(locale, line.unit)} x $${formatUnitPrice(line.unitPrice)}`;
      out.push(`  ${marks(line)} ${describeLine(line, locale)}`);
      // A free resource's "1 resource x $0" says nothing the description does not.
      if (line.unit === 'cost.unit.resource' && line.unitPrice === 0) continue;
      out.push(`      ${math} = ${formatUsd(line.monthly)}  ${formatKrw(toKrw(line.monthly, rate))}`);
    }
  }
  out.push('');
  out.push(
    `${t(locale, 'cost.report.total')}: ${formatUsd(report.monthlyTotal)}  ${formatKrw(report.krw.monthlyTotal)}`,
  );
  out.push(krwSource(report, locale));
  out.push(...footer(report, locale));
  out.push('', `${t(locale, 'cost.report.assumptions')}:`);
  for (const assumption of report.assumptions) {
    out.push(
      `  ${assumptionWho(locale, assumption)} ${assumption.prop} = ${String(assumption.value)} (${assumptionSource(locale, assumption)})`,
    );
  }
  if (report.hints.length) {
    out.push('', `${t(locale, 'cost.report.hints')}:`);
    for (const hint of report.hints) out.push(`  - ${say(locale, hint.message)}`);
  }
  return `${out.join('\n')}\n`;
}

// ---- CSV --------------------------------------------------------------------------------

function csvCell(value: string | number | boolean): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(cells: (string | number | boolean)[]): string {
  return cells.map(csvCell).join(',');
}

/** One row per line (RFC 4180), then a total row. Numbers are plain: no currency signs. */
export function formatCostCsv(report: CostReport, locale: Locale = 'en'): string {
  const rate = report.krw.rate;
  const rows = [
    csvRow([
      t(locale, 'cost.col.resource'),
      t(locale, 'cost.col.type'),
      t(locale, 'cost.col.description'),
      t(locale, 'cost.col.quantity'),
      t(locale, 'cost.col.unit'),
      t(locale, 'cost.col.unitPrice'),
      t(locale, 'cost.col.monthly'),
      t(locale, 'cost.col.krw'),
      t(locale, 'cost.col.estimate'),
    ]),
  ];
  for (const item of report.items) {
    for (const line of item.lines) {
      rows.push(
        csvRow([
          item.resource,
          item.type,
          describeLine(line, locale),
          tidy(line.quantity),
          t(locale, line.unit),
          formatUnitPrice(line.unitPrice),
          line.monthly.toFixed(2),
          toKrw(line.monthly, rate),
          line.unpriced ? 'unpriced' : line.estimate ? 'estimate' : '',
        ]),
      );
    }
  }
  rows.push(
    csvRow([
      t(locale, 'cost.report.total'),
      '',
      krwSource(report, locale),
      '',
      '',
      '',
      report.monthlyTotal.toFixed(2),
      report.krw.monthlyTotal,
      report.estimate ? 'estimate' : '',
    ]),
  );
  return `${rows.join('\r\n')}\r\n`;
}

// ---- Markdown ---------------------------------------------------------------------------

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function mdTable(head: string[], rows: string[][], right: number[] = []): string[] {
  const align = head.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [
    `| ${head.map(mdCell).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
  ];
}

function itemRows(item: CostItem, rate: number, locale: Locale): string[][] {
  const rows = item.lines.map((line) => [
    '',
    `${line.unpriced ? '! ' : line.estimate ? '\\* ' : ''}${describeLine(line, locale)}`,
    formatQuantity(line.quantity),
    t(locale, line.unit),
    `$${formatUnitPrice(line.unitPrice)}`,
    formatUsd(line.monthly),
    formatKrw(toKrw(line.monthly, rate)),
  ]);
  const title = item.name
    ? `**${item.resource}** (${item.type}, ${item.name})`
    : `**${item.resource}** (${item.type})`;
  return [
    [title, '', '', '', '', `**${formatUsd(item.monthly)}**`, `**${formatKrw(toKrw(item.monthly, rate))}**`],
    ...rows,
  ];
}

function hintRows(hints: CostHint[], locale: Locale): string[] {
  return hints.map((hint) => `- ${say(locale, hint.message)}`);
}

export function formatCostMarkdown(report: CostReport, locale: Locale = 'en'): string {
  const [title = '', ...meta] = header(report, locale);
  const rate = report.krw.rate;
  const out = [`# ${title}`, '', ...meta.map((line) => `${line}  `), ''];
  out.push(
    ...mdTable(
      [
        t(locale, 'cost.col.resource'),
        t(locale, 'cost.col.description'),
        t(locale, 'cost.col.quantity'),
        t(locale, 'cost.col.unit'),
        t(locale, 'cost.col.unitPrice'),
        t(locale, 'cost.col.monthly'),
        t(locale, 'cost.col.krw'),
      ],
      [
        ...report.items.flatMap((item) => itemRows(item, rate, locale)),
        [
          `**${t(locale, 'cost.report.total')}**`,
          '',
          '',
          '',
          '',
          `**${formatUsd(report.monthlyTotal)}**`,
          `**${formatKrw(report.krw.monthlyTotal)}**`,
        ],
      ],
      [2, 4, 5, 6],
    ),
  );
  out.push(
    '',
    krwSource(report, locale),
    ...footer(report, locale).map((line) => `\n${line.replace(/^\*/, '\\*')}`),
  );
  out.push('', `## ${t(locale, 'cost.report.assumptions')}`, '');
  out.push(
    ...mdTable(
      [
        t(locale, 'cost.col.resource'),
        t(locale, 'cost.col.prop'),
        t(locale, 'cost.col.value'),
        t(locale, 'cost.col.source'),
      ],
      report.assumptions.map((a) => [
        assumptionWho(locale, a),
        a.prop,
        String(a.value),
        assumptionSource(locale, a),
      ]),
    ),
  );
  if (report.hints.length)
    out.push('', `## ${t(locale, 'cost.report.hints')}`, '', ...hintRows(report.hints, locale));
  return `${out.join('\n')}\n`;
}

/** One entry point for the four formats (JSON pretty-printed). */
export function formatCost(report: CostReport, format: CostFormat, locale: Locale = 'en'): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(costToJson(report, locale), null, 2)}\n`;
    case 'csv':
      return formatCostCsv(report, locale);
    case 'md':
      return formatCostMarkdown(report, locale);
    default:
      return formatCostText(report, locale);
  }
}
