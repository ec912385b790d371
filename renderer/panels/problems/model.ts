/**
 * The Problems panel's view model: findings grouped by severity, each row already translated,
 * with the resources it names labelled. Pure, so the grouping and wording are unit-tested
 * without React.
 */
import type { Locale } from '../../../shared/i18n/index';
import type { Design } from '../../../shared/model/types';
import type { Finding, FindingJson, Severity } from '../../../shared/rules/index';
import { findingToJson, SEVERITIES } from '../../../shared/rules/index';
import type { ItemLabel } from '../labels';
import { labeler } from '../labels';

export interface ProblemRow {
  /** Stable React key: rule, resources and index among identical findings. */
  key: string;
  rule: string;
  severity: Severity;
  message: string;
  fix: string | null;
  resources: ItemLabel[];
  /** Ids to select and frame: the ones that still exist in the design. */
  targets: string[];
}

export interface ProblemGroup {
  severity: Severity;
  count: number;
  rows: ProblemRow[];
}

export interface ProblemsView {
  total: number;
  counts: Record<Severity, number>;
  /** Only severities that have findings, errors first. */
  groups: ProblemGroup[];
}

/** A finding and its stable key: what the panel holds for every finding, translated only when drawn. */
export interface ProblemEntry {
  key: string;
  finding: Finding;
}

export interface ProblemIndexGroup {
  severity: Severity;
  count: number;
  entries: ProblemEntry[];
}

/**
 * The findings grouped and keyed, with their rows made on demand (`row`, kept once made): a
 * large design has thousands of findings and the panel draws a screenful, so every answer of
 * the rules translates and labels only the rows on screen.
 */
export interface ProblemsIndex {
  total: number;
  counts: Record<Severity, number>;
  /** Only severities that have findings, errors first. */
  groups: ProblemIndexGroup[];
  row(entry: ProblemEntry): ProblemRow;
}

export function problemsIndex(findings: readonly Finding[], design: Design, locale: Locale): ProblemsIndex {
  const bySeverity = new Map<Severity, ProblemEntry[]>(SEVERITIES.map((severity) => [severity, []]));
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const base = `${finding.rule}:${finding.resources.join(',')}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    bySeverity.get(finding.severity)?.push({ key: `${base}:${occurrence}`, finding });
  }
  const counts = { error: 0, warning: 0, info: 0 } as Record<Severity, number>;
  const groups: ProblemIndexGroup[] = [];
  for (const severity of SEVERITIES) {
    const entries = bySeverity.get(severity) ?? [];
    counts[severity] = entries.length;
    if (entries.length > 0) groups.push({ severity, count: entries.length, entries });
  }
  let label: ReturnType<typeof labeler> | undefined;
  const made = new WeakMap<ProblemEntry, ProblemRow>();
  const row = (entry: ProblemEntry): ProblemRow => {
    const known = made.get(entry);
    if (known) return known;
    label ??= labeler(design, locale);
    const { finding } = entry;
    const json = translatedFinding(finding, locale);
    const resources = finding.resources.map(label);
    const next: ProblemRow = {
      key: entry.key,
      rule: finding.rule,
      severity: finding.severity,
      message: json.message,
      fix: json.fix ?? null,
      resources,
      targets: resources.filter((item) => !item.missing).map((item) => item.id),
    };
    made.set(entry, next);
    return next;
  };
  return { total: findings.length, counts, groups, row };
}

const translations = new WeakMap<Finding, { locale: Locale; json: FindingJson }>();

/**
 * A finding's message and fix in `locale`, kept per finding: the engine worker's answers keep
 * every finding an edit left alone as the same object (engine/findingsDelta.ts), so the rows an
 * answer did not change are not translated again. Findings are never changed in place.
 */
export function translatedFinding(finding: Finding, locale: Locale): FindingJson {
  const known = translations.get(finding);
  if (known?.locale === locale) return known.json;
  const json = findingToJson(finding, locale);
  translations.set(finding, { locale, json });
  return json;
}

/** Every row made at once (tests, and anything that lists all the findings). */
export function problemsView(findings: readonly Finding[], design: Design, locale: Locale): ProblemsView {
  const index = problemsIndex(findings, design, locale);
  return {
    total: index.total,
    counts: index.counts,
    groups: index.groups.map((group) => ({
      severity: group.severity,
      count: group.count,
      rows: group.entries.map(index.row),
    })),
  };
}

/** True when two rows show the same thing (the panel re-renders only rows that differ). */
export function sameRow(a: ProblemRow, b: ProblemRow): boolean {
  return (
    a === b ||
    (a.key === b.key &&
      a.rule === b.rule &&
      a.severity === b.severity &&
      a.message === b.message &&
      a.fix === b.fix &&
      a.targets.length === b.targets.length &&
      a.targets.every((id, i) => id === b.targets[i]) &&
      a.resources.length === b.resources.length &&
      a.resources.every((item, i) => {
        const other = b.resources[i];
        return (
          other !== undefined &&
          item.id === other.id &&
          item.label === other.label &&
          item.kind === other.kind &&
          item.missing === other.missing
        );
      }))
  );
}
