/**
 * Rendering a cost report: the docs/file-format.md JSON object, and text, CSV and Markdown. Pure
 * (strings in, strings out), so the command line, the desktop export and the cost panel share
 * them. Every word comes from the en/ko catalogues.
 */
import type { Locale } from '../i18n/index';
import { isMessageKey, messagesOf, t } from '../i18n/index';
import { csvField, escapeMarkdown as md } from '../io/escape';
import { groupWhole, toKrw } from './money';
import type { MessageKey } from '../i18n/index';
import type { Assumption, CostItem, CostLine, CostReport, Text } from './types';

export type CostFormat = 'text' | 'json' | 'csv' | 'md';
export const COST_FORMATS: readonly CostFormat[] = ['text', 'json', 'csv', 'md'];

/** Messages split at their {placeholders} once: literal, name, literal, ..., literal. */
const PLACEHOLDER = /\{(\w+)\}/;
const compiled = new Map<Locale, Map<MessageKey, readonly string[]>>();

function partsOf(locale: Locale, key: MessageKey): readonly string[] {
  let byKey = compiled.get(locale);
  if (byKey === undefined) compiled.set(locale, (byKey = new Map()));
  let parts = byKey.get(key);
  if (parts === undefined) {
    parts = (messagesOf(locale)[key] ?? messagesOf('en')[key]).split(PLACEHOLDER);
    byKey.set(key, parts);
  }
  return parts;
}

/**
 * t(locale, text.key, text.params), without a regular expression per message: a report renders
 * one message per line. Same rule as i18n's format: a placeholder with no value stays visible.
 */
function say(locale: Locale, text: Text): string {
  const parts = partsOf(locale, text.key);
  let out = parts[0] ?? '';
  const params = text.params;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    out += params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`;
    out += parts[i + 1] ?? '';
  }
  return out;
}

/** Removes float noise (777.6000000000001) without hiding real precision. */
function tidy(value: number): number {
  // Whole numbers below 1e12 have nothing to remove (-0 becomes 0 through the string).
  if (Number.isSafeInteger(value) && Math.abs(value) < 1e12 && !Object.is(value, -0)) return value;
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

// Fast paths: Intl costs about a microsecond a call and a report has thousands of figures.
// Whole numbers and whole cents are written by hand, exactly as Intl writes them
// (test/shared/cost/money.test.ts compares both on many values); anything else goes to Intl.

export function formatQuantity(quantity: number): string {
  const rounded = Math.round(quantity * 10000) / 10000;
  return groupWhole(rounded) ?? QUANTITY.format(rounded);
}

/** "12,345.60" for an amount within a millionth of a cent of whole cents, else undefined. */
function wholeCents(amount: number): string | undefined {
  if (!(amount >= 0) || Object.is(amount, -0) || amount >= 1e13) return undefined;
  const x = amount * 100;
  const cents = Math.round(x);
  // Intl rounds the exact value to two decimals: near whole cents, that is surely `cents`.
  if (Math.abs(x - cents) > 1e-6) return undefined;
  const rest = cents % 100;
  return `${groupWhole((cents - rest) / 100) ?? ''}.${rest < 10 ? '0' : ''}${rest}`;
}

export function formatUsd(amount: number): string {
  return `$${wholeCents(amount) ?? USD.format(amount)}`;
}

export function formatKrw(amount: number): string {
  return `\u20a9${groupWhole(amount) ?? WHOLE.format(amount)}`;
}

/**
 * What one rendering translates over and over (units, sources, shared notes), translated once.
 * Keyed by message key, or by the Text object for notes that lines share (free allowances).
 */
class Phrases {
  private readonly keys = new Map<string, string>();
  private readonly texts = new Map<Text, string>();
  private readonly prices = new Map<number, string>();
  private readonly sources = new Map<Assumption['source'], string>();

  constructor(readonly locale: Locale) {}

  key(key: MessageKey): string {
    let text = this.keys.get(key);
    if (text === undefined) this.keys.set(key, (text = t(this.locale, key)));
    return text;
  }

  /** A Text without parameters is a plain key; with parameters, shared objects are cached. */
  say(text: Text): string {
    if (!text.params) return this.key(text.key);
    let said = this.texts.get(text);
    if (said === undefined) this.texts.set(text, (said = say(this.locale, text)));
    return said;
  }

  unitPrice(price: number): string {
    let text = this.prices.get(price);
    if (text === undefined) this.prices.set(price, (text = formatUnitPrice(price)));
    return text;
  }

  describe(line: CostLine): string {
    const text = say(this.locale, line.description);
    return line.note ? `${text} [${this.say(line.note)}]` : text;
  }

  source(assumption: Assumption): string {
    let text = this.sources.get(assumption.source);
    if (text === undefined) {
      text = t(this.locale, `cost.report.assumption.${assumption.source}`);
      this.sources.set(assumption.source, text);
    }
    return text;
  }
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

/** The `skyplan cost --format json` object: docs/file-format.md's fields first, then extras. */
export function costToJson(report: CostReport, locale: Locale = 'en'): CostJson {
  const phrases = new Phrases(locale);
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
          unit: phrases.key(line.unit),
          unitPrice: line.unitPrice,
          monthly: line.monthly,
          estimate: line.estimate,
          krw: toKrw(line.monthly, report.krw.rate),
        };
        if (line.note) json.note = phrases.say(line.note);
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
  const out: string[] = [];
  if (report.items.some((item) => item.lines.some((line) => line.estimate && !line.unpriced)))
    out.push(t(locale, 'cost.report.estimateMark'));
  if (report.unpriced) out.push(t(locale, 'cost.report.unpricedMark'));
  return out;
}

/** An item with nothing to pay and nothing unpriced: folded into one section at the end. */
function isFree(item: CostItem): boolean {
  return item.monthly === 0 && item.lines.every((line) => line.monthly === 0 && !line.unpriced);
}

/**
 * The free items, one row per kind of line ("Subnet: free — pubA, pubB"), so a report leads with
 * what costs money instead of a dozen $0.00 entries.
 */
function freeSection(items: readonly CostItem[], phrases: Phrases, locale: Locale): string[] {
  if (items.length === 0) return [];
  const rows = new Map<string, string[]>();
  for (const item of items) {
    for (const line of item.lines) {
      const text = `${marks(line)} ${phrases.describe(line)}`;
      const ids = rows.get(text) ?? [];
      if (!ids.includes(item.resource)) ids.push(item.resource);
      rows.set(text, ids);
    }
  }
  const out = ['', t(locale, 'cost.report.free', { count: items.length })];
  for (const [text, ids] of rows) out.push(`  ${text} — ${ids.join(', ')}`);
  return out;
}

export function formatCostText(report: CostReport, locale: Locale = 'en'): string {
  const phrases = new Phrases(locale);
  const out = [...header(report, locale), ''];
  const rate = report.krw.rate;
  // What costs most comes first (sort is stable: equal amounts keep the design's order).
  const paid = report.items.filter((item) => !isFree(item)).sort((a, b) => b.monthly - a.monthly);
  for (const item of paid) {
    const title = item.name
      ? `${item.resource} (${item.type}, ${item.name})`
      : `${item.resource} (${item.type})`;
    out.push(`${title}  ${formatUsd(item.monthly)}  ${formatKrw(toKrw(item.monthly, rate))}`);
    for (const line of item.lines) {
      out.push(`  ${marks(line)} ${phrases.describe(line)}`);
      // A free resource's "1 resource x $0" says nothing the description does not.
      if (line.unit === 'cost.unit.resource' && line.unitPrice === 0) continue;
      out.push(
        `      ${formatQuantity(line.quantity)} ${phrases.key(line.unit)} x $${phrases.unitPrice(line.unitPrice)} = ${formatUsd(line.monthly)}  ${formatKrw(toKrw(line.monthly, rate))}`,
      );
    }
  }
  out.push(...freeSection(report.items.filter(isFree), phrases, locale));
  out.push('');
  out.push(
    `${t(locale, 'cost.report.total')}: ${formatUsd(report.monthlyTotal)}  ${formatKrw(report.krw.monthlyTotal)}`,
  );
  out.push(krwSource(report, locale));
  out.push(...footer(report, locale));
  out.push('', `${t(locale, 'cost.report.assumptions')}:`);
  for (const assumption of report.assumptions) {
    out.push(
      `  ${assumptionWho(locale, assumption)} ${assumption.prop} = ${String(assumption.value)} (${phrases.source(assumption)})`,
    );
  }
  if (report.hints.length) {
    out.push('', `${t(locale, 'cost.report.hints')}:`);
    for (const hint of report.hints) out.push(`  - ${say(locale, hint.message)}`);
  }
  return `${out.join('\n')}\n`;
}

// ---- CSV --------------------------------------------------------------------------------

function csvRow(cells: (string | number | boolean)[]): string {
  return cells.map(csvField).join(',');
}

function typeName(locale: Locale, type: string): string {
  const key = `type.${type}`;
  return isMessageKey(key) ? t(locale, key) : type;
}

/**
 * One row per line (RFC 4180), then a total row. Numbers are plain: no currency signs. Each row
 * names its resource (id, name, type and the type's label) so a spreadsheet reads on its own;
 * text cells that look like formulas are written as text (csvField).
 */
export function formatCostCsv(report: CostReport, locale: Locale = 'en'): string {
  const phrases = new Phrases(locale);
  const rate = report.krw.rate;
  const rows = [
    csvRow([
      t(locale, 'cost.col.resource'),
      t(locale, 'cost.col.name'),
      t(locale, 'cost.col.type'),
      t(locale, 'cost.col.typeName'),
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
    const label = typeName(locale, item.type);
    for (const line of item.lines) {
      rows.push(
        csvRow([
          item.resource,
          item.name ?? '',
          item.type,
          label,
          phrases.describe(line),
          tidy(line.quantity),
          phrases.key(line.unit),
          phrases.unitPrice(line.unitPrice),
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
      '',
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

/*
 * Every text that comes from the design or a message (titles, names, descriptions, values) goes
 * through `md` (shared/io/escape.ts): no raw HTML, links, line breaks or pipes get through. Cells
 * are built from escaped text plus our own markup (**bold**, the \\* mark), then joined as is.
 */

/** Appends a table's head, alignment row and rows to `out` (row by row: no intermediate arrays). */
function mdHead(out: string[], head: string[], right: readonly number[] = []): void {
  out.push(`| ${head.map(md).join(' | ')} |`);
  out.push(`| ${head.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`);
}

function mdRow(...cells: string[]): string {
  let row = '|';
  for (const cell of cells) row += ` ${cell} |`;
  return row;
}

function itemRows(out: string[], item: CostItem, rate: number, phrases: Phrases): void {
  const title = item.name
    ? `**${md(item.resource)}** (${item.type}, ${md(item.name)})`
    : `**${md(item.resource)}** (${item.type})`;
  out.push(
    mdRow(
      title,
      '',
      '',
      '',
      '',
      `**${formatUsd(item.monthly)}**`,
      `**${formatKrw(toKrw(item.monthly, rate))}**`,
    ),
  );
  for (const line of item.lines) {
    out.push(
      mdRow(
        '',
        `${line.unpriced ? '! ' : line.estimate ? '\\* ' : ''}${md(phrases.describe(line))}`,
        formatQuantity(line.quantity),
        md(phrases.key(line.unit)),
        `$${phrases.unitPrice(line.unitPrice)}`,
        formatUsd(line.monthly),
        formatKrw(toKrw(line.monthly, rate)),
      ),
    );
  }
}

export function formatCostMarkdown(report: CostReport, locale: Locale = 'en'): string {
  const phrases = new Phrases(locale);
  const [title = '', ...meta] = header(report, locale);
  const rate = report.krw.rate;
  const out = [`# ${md(title)}`, '', ...meta.map((line) => `${md(line)}  `), ''];
  mdHead(
    out,
    [
      t(locale, 'cost.col.resource'),
      t(locale, 'cost.col.description'),
      t(locale, 'cost.col.quantity'),
      t(locale, 'cost.col.unit'),
      t(locale, 'cost.col.unitPrice'),
      t(locale, 'cost.col.monthly'),
      t(locale, 'cost.col.krw'),
    ],
    [2, 4, 5, 6],
  );
  for (const item of report.items) itemRows(out, item, rate, phrases);
  out.push(
    mdRow(
      `**${md(t(locale, 'cost.report.total'))}**`,
      '',
      '',
      '',
      '',
      `**${formatUsd(report.monthlyTotal)}**`,
      `**${formatKrw(report.krw.monthlyTotal)}**`,
    ),
  );
  out.push('', md(krwSource(report, locale)));
  for (const line of footer(report, locale)) out.push(`\n${md(line)}`);
  out.push('', `## ${md(t(locale, 'cost.report.assumptions'))}`, '');
  mdHead(out, [
    t(locale, 'cost.col.resource'),
    t(locale, 'cost.col.prop'),
    t(locale, 'cost.col.value'),
    t(locale, 'cost.col.source'),
  ]);
  for (const a of report.assumptions) {
    out.push(mdRow(md(assumptionWho(locale, a)), md(a.prop), md(String(a.value)), md(phrases.source(a))));
  }
  if (report.hints.length) {
    out.push('', `## ${md(t(locale, 'cost.report.hints'))}`, '');
    for (const hint of report.hints) out.push(`- ${md(say(locale, hint.message))}`);
  }
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
