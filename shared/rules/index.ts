/**
 * The rule registry and runner. Rules are listed in `registry.ts`; `runRules` runs them all on
 * one design and returns findings sorted by severity, then rule id.
 */
import type { Locale } from '../i18n/index';
import { t } from '../i18n/index';
import type { Design } from '../model/types';
import { RULES } from './registry';
import type { Finding, FindingJson, Rule, Severity } from './types';

export * from './types';
export { RULES } from './registry';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function runRule(rule: Rule, design: Design): Finding[] {
  const findings: Finding[] = [];
  rule.check({
    design,
    report: (found) =>
      findings.push({ ...found, rule: rule.meta.id, severity: found.severity ?? rule.meta.severity }),
  });
  return findings;
}

export function runRules(design: Design, rules: readonly Rule[] = RULES): Finding[] {
  return rules
    .flatMap((rule) => runRule(rule, design))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
    );
}

export function findingToJson(finding: Finding, locale: Locale = 'en'): FindingJson {
  const json: FindingJson = {
    rule: finding.rule,
    severity: finding.severity,
    resources: finding.resources,
    message: t(locale, finding.message, finding.params),
  };
  if (finding.fix) json.fix = t(locale, finding.fix, finding.fixParams ?? finding.params);
  return json;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
