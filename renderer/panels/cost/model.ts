/**
 * The Cost panel's view model: a cost report (shared/cost) turned into translated, formatted
 * rows. Pure, so wording, rounding and ordering are unit-tested without React.
 *
 * Billed resources come first, dearest first (the question is "what costs the most?"; ties
 * keep the report's document order), then the free ones gathered on one line: a VPC with a
 * dozen subnets and route tables would otherwise push every billed line out of view.
 * The KRW column converts each line to whole won and adds those, exactly as the report's KRW
 * total does, so the column always sums to the total shown.
 */
import { namedText } from '../../../shared/simulate/names';
import { fieldOf } from '../../../shared/catalog/index';
import type { Locale, MessageKey, MessageParams } from '../../../shared/i18n/index';
import { isMessageKey, t } from '../../../shared/i18n/index';
import { toKrw } from '../../../shared/cost/money';
import type { Assumption, CostLine, CostReport, Text } from '../../../shared/cost/types';
import type { Design } from '../../../shared/model/types';
import { labeler } from '../labels';

export interface CostLineView {
  id: string;
  description: string;
  /** "730 hour × $0.045": how the line was computed. */
  detail: string;
  usd: string;
  krw: string;
  estimate: boolean;
  unpriced: boolean;
  note: string | null;
}

export interface CostRowView {
  resource: string;
  label: string;
  kind: string;
  monthly: number;
  usd: string;
  krw: string;
  /** Share of the total, 0..1, for the bar. */
  share: number;
  estimate: boolean;
  unpriced: boolean;
  free: boolean;
  lines: CostLineView[];
}

export interface AssumptionView {
  key: string;
  subject: string;
  label: string;
  value: string;
  isDefault: boolean;
}

export interface HintView {
  id: string;
  message: string;
  savings: string | null;
  resources: string[];
}

export interface CostView {
  region: string;
  totalUsd: string;
  totalKrw: string;
  rate: string;
  estimate: boolean;
  /** Billed (or unpriced) resources, dearest first. */
  rows: CostRowView[];
  /** Resources the report prices at exactly $0 (VPC, subnets, route tables...). */
  free: { resource: string; label: string }[];
  assumptions: AssumptionView[];
  hints: HintView[];
}

export function formatUsd(amount: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
}

export function formatKrw(amount: number): string {
  return `₩${new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 }).format(amount)}`;
}

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits: 4 }).format(
    value,
  );
}

function say(locale: Locale, text: Text): string {
  return t(locale, text.key, text.params);
}

/** Cents always shown; sub-cent prices keep every digit the price table has. */
export function formatUnitPrice(price: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 10,
  }).format(price);
}

/**
 * How a line was computed, read as a sentence: "730 hours × $0.045 per hour",
 * "1M requests × $0.20 per 1M". A unit without its own wording keeps the plain form.
 */
export function lineDetail(line: Pick<CostLine, 'quantity' | 'unit' | 'unitPrice'>, locale: Locale): string {
  const unit = line.unit.replace(/^cost\.unit\./, '');
  const quantityKey = `polish.cost.qty.${unit}`;
  const perKey = `polish.cost.per.${unit}`;
  const n = formatNumber(line.quantity, locale);
  const price = formatUnitPrice(line.unitPrice);
  if (!isMessageKey(quantityKey) || !isMessageKey(perKey)) {
    return `${n} ${t(locale, line.unit)} × ${price}`;
  }
  return t(locale, 'polish.cost.detail', {
    quantity: t(locale, quantityKey as MessageKey, { n }),
    price,
    per: t(locale, perKey as MessageKey),
  });
}

function lineView(line: CostLine, rate: number, locale: Locale): CostLineView {
  return {
    id: line.id,
    description: say(locale, line.description),
    // The unit price as the table has it (no rounding): the report explains, it does not hide.
    detail: lineDetail(line, locale),
    usd: formatUsd(line.monthly),
    krw: formatKrw(line.unpriced ? 0 : toKrw(line.monthly, rate)),
    // An unverified price of $0 changes nothing: mark only lines where it moves the total.
    estimate: line.estimate && !line.unpriced && line.monthly > 0,
    unpriced: line.unpriced === true,
    note: line.note ? say(locale, line.note) : null,
  };
}

const DOCUMENT_PROPS: Record<string, MessageKey> = {
  hoursPerMonth: 'costPanel.assume.hoursPerMonth',
  freeTier: 'costPanel.assume.freeTier',
  region: 'costPanel.assume.region',
  krwPerUsd: 'costPanel.assume.krwPerUsd',
};

function assumptionView(assumption: Assumption, design: Design, locale: Locale): AssumptionView {
  const label = labeler(design, locale);
  const resource =
    assumption.resource === null ? undefined : design.resources.find((r) => r.id === assumption.resource);
  const fieldKey = `field.${assumption.prop}`;
  const name =
    assumption.resource === null && DOCUMENT_PROPS[assumption.prop]
      ? t(locale, DOCUMENT_PROPS[assumption.prop] as MessageKey)
      : isMessageKey(fieldKey)
        ? t(locale, fieldKey)
        : assumption.prop;
  const unitKey = resource ? fieldOf(resource.type, assumption.prop)?.unit : undefined;
  const unitText =
    unitKey && isMessageKey(`unit.${unitKey}`) ? t(locale, `unit.${unitKey}` as MessageKey) : '';
  // "50 GB/month" but "5/second": a unit that starts with "/" follows the number directly.
  const unit = unitText && !unitText.startsWith('/') ? ` ${unitText}` : unitText;
  const value =
    typeof assumption.value === 'boolean'
      ? t(locale, assumption.value ? 'costPanel.on' : 'costPanel.off')
      : typeof assumption.value === 'number'
        ? formatNumber(assumption.value, locale) + unit
        : assumption.value;
  return {
    key: `${assumption.resource ?? ''}:${assumption.prop}`,
    subject: assumption.resource === null ? t(locale, 'costPanel.design') : label(assumption.resource).label,
    label: name,
    value,
    isDefault: assumption.source === 'default',
  };
}

export function costView(report: CostReport, design: Design, locale: Locale): CostView {
  const label = labeler(design, locale);
  const rate = report.krw.rate;
  const rows = report.items.map((item): CostRowView => {
    const named = label(item.resource);
    const lines = item.lines.map((line) => lineView(line, rate, locale));
    const priced = item.lines.filter((line) => !line.unpriced);
    return {
      resource: item.resource,
      label: named.label,
      kind: named.kind,
      monthly: item.monthly,
      usd: formatUsd(item.monthly),
      krw: formatKrw(priced.reduce((sum, line) => sum + toKrw(line.monthly, rate), 0)),
      share: report.monthlyTotal > 0 ? item.monthly / report.monthlyTotal : 0,
      estimate: item.lines.some((line) => line.estimate && !line.unpriced && line.monthly > 0),
      unpriced: item.lines.some((line) => line.unpriced === true),
      free: item.monthly === 0 && priced.length === item.lines.length,
      lines,
    };
  });
  const billed = rows.filter((row) => !row.free);
  const order = new Map(rows.map((row, index) => [row, index]));
  billed.sort((a, b) => b.monthly - a.monthly || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const params: MessageParams = { rate: formatNumber(rate, locale) };
  return {
    region: report.region,
    totalUsd: formatUsd(report.monthlyTotal),
    totalKrw: formatKrw(report.krw.monthlyTotal),
    rate: t(locale, 'costPanel.krwRate', params),
    estimate: report.estimate,
    rows: billed,
    free: rows.filter((row) => row.free).map((row) => ({ resource: row.resource, label: row.label })),
    // Document-wide assumptions first, then per resource in report order.
    assumptions: [...report.assumptions]
      .sort((a, b) => Number(a.resource !== null) - Number(b.resource !== null))
      .map((assumption) => assumptionView(assumption, design, locale)),
    hints: report.hints.map((hint) => ({
      id: hint.id,
      // Hints carry ids (nat, endpoint, eip): show the names.
      message: namedText(design, locale, hint.message.key, hint.message.params ?? {}),
      savings:
        hint.monthlySavings > 0
          ? t(locale, 'costPanel.savingsAmount', { amount: formatUsd(hint.monthlySavings) })
          : null,
      resources: hint.resources,
    })),
  };
}
