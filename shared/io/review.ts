/**
 * The design review as data: everything the Markdown and the HTML/PDF review show, already
 * translated into one locale. Built from the document, its findings and its cost report; pure,
 * so the desktop app, the browser and the command line produce the same review.
 */
import type { CostReport } from '../cost/index';
import { formatUsd } from '../cost/index';
import type { Locale } from '../i18n/index';
import { isMessageKey, t } from '../i18n/index';
import type { Design } from '../model/types';
import type { Finding, Severity } from '../rules/index';
import { findingToJson } from '../rules/index';

export interface ReviewFinding {
  severity: Severity;
  severityLabel: string;
  rule: string;
  message: string;
  fix?: string;
  /** Names (or ids) of the resources involved. */
  resources: string[];
}

export interface ReviewCostRow {
  resource: string;
  type: string;
  monthly: string;
  /** Nothing to pay for this resource: the review lists it without its (all-zero) lines. */
  free: boolean;
  lines: { description: string; monthly: string }[];
}

export interface Review {
  title: string;
  generated: string;
  name: string;
  description?: string;
  region: string;
  resourceCount: number;
  connectionCount: number;
  /** Resource count per type label, most common first. */
  byType: { type: string; count: number }[];
  counts: { errors: number; warnings: number; infos: number };
  findings: ReviewFinding[];
  cost:
    | { ok: true; rows: ReviewCostRow[]; total: string; estimate: boolean; priceTable: string }
    | { ok: false; reason: string };
}

export interface ReviewInput {
  design: Design;
  findings: readonly Finding[];
  /** The cost report, or why there is none (e.g. an unsupported region). */
  cost: CostReport | { error: string };
  locale: Locale;
  /** ISO date shown in the header; passed in so the output is reproducible. */
  date: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function typeLabel(locale: Locale, type: string): string {
  const key = `type.${type}`;
  return isMessageKey(key) ? t(locale, key) : type;
}

export function buildReview(input: ReviewInput): Review {
  const { design, locale } = input;
  const nameOf = new Map<string, string>();
  for (const resource of design.resources) nameOf.set(resource.id, resource.name ?? resource.id);
  for (const connection of design.connections) nameOf.set(connection.id, connection.name ?? connection.id);

  const typeCounts = new Map<string, number>();
  for (const resource of design.resources) {
    const label = typeLabel(locale, resource.type);
    typeCounts.set(label, (typeCounts.get(label) ?? 0) + 1);
  }
  const byType = [...typeCounts.entries()]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));

  const findings = [...input.findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule))
    .map((finding): ReviewFinding => {
      const json = findingToJson(finding, locale);
      return {
        severity: finding.severity,
        severityLabel: t(locale, `export.review.severity.${finding.severity}`),
        rule: finding.rule,
        message: json.message,
        ...(json.fix ? { fix: json.fix } : {}),
        resources: finding.resources.map((id) => nameOf.get(id) ?? id),
      };
    });
  const counts = {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };

  const report = input.cost;
  const cost: Review['cost'] =
    'error' in report
      ? { ok: false, reason: report.error }
      : {
          ok: true,
          rows: report.items.map((item) => ({
            resource: item.name ?? nameOf.get(item.resource) ?? item.resource,
            type: typeLabel(locale, item.type),
            monthly: formatUsd(item.monthly),
            free: item.monthly === 0 && item.lines.every((line) => line.monthly === 0 && !line.unpriced),
            lines: item.lines.map((line) => ({
              description: t(locale, line.description.key, line.description.params),
              monthly: formatUsd(line.monthly),
            })),
          })),
          total: formatUsd(report.monthlyTotal),
          estimate: report.estimate,
          priceTable: `${report.priceTable.regionName} (${report.priceTable.version})`,
        };

  return {
    title: t(locale, 'export.review.title', { name: design.name }),
    generated: t(locale, 'export.review.generated', { date: input.date }),
    name: design.name,
    ...(design.description ? { description: design.description } : {}),
    region: design.region,
    resourceCount: design.resources.length,
    connectionCount: design.connections.length,
    byType,
    counts,
    findings,
    cost,
  };
}
