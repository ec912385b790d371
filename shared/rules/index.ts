/**
 * The rule registry and runner. Rules are listed in `registry.ts`; `runRules` runs them all on
 * one design and returns findings sorted by severity, then rule id.
 */
import type { Locale, MessageParams } from '../i18n/index';
import { t } from '../i18n/index';
import type { Design } from '../model/types';
import { resolveParams } from '../simulate/names';
import { RULES } from './registry';
import type { Finding, FindingJson, Rule, RuleContext, Severity } from './types';

export * from './types';
export { RULES } from './registry';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The findings of one rule, appended to `findings`. `reuse` is the incremental runner's
 * (RuleContext.reuse): it puts an owner's earlier findings into `findings` itself.
 */
export function runRule(
  rule: Rule,
  design: Design,
  reuse?: RuleContext['reuse'],
  findings: Finding[] = [],
): Finding[] {
  try {
    runCheck(rule, design, findings, reuse);
  } catch (error) {
    // A crashing rule is a bug in Skyplan, not in the design: name the rule so it can be found.
    throw new Error(
      `rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return findings;
}

function runCheck(rule: Rule, design: Design, findings: Finding[], reuse: RuleContext['reuse']): void {
  rule.check({
    design,
    reuse,
    // The report object is the rule's own fresh literal: complete it in place rather than copy
    // it (a large design can produce thousands of findings).
    report: (found) => {
      const finding = found as Finding;
      finding.rule = rule.meta.id;
      finding.severity = found.severity ?? rule.meta.severity;
      findings.push(finding);
    },
  });
}

export function runRules(design: Design, rules: readonly Rule[] = RULES): Finding[] {
  return sortFindings(rules.flatMap((rule) => runRule(rule, design)));
}

/** Severity first, then rule id; a stable sort, so each rule's findings keep their order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

/** Translates the nested messages of a finding, so they read in the same locale as the rest. */
function nestedParams(finding: Finding, locale: Locale): MessageParams {
  const out: MessageParams = {};
  for (const [name, nested] of Object.entries(finding.nested ?? {})) {
    out[name] = t(locale, nested.key, nested.params && resolveParams(locale, nested.params));
  }
  return out;
}

export function findingToJson(finding: Finding, locale: Locale = 'en'): FindingJson {
  const nested = nestedParams(finding, locale);
  const json: FindingJson = {
    rule: finding.rule,
    severity: finding.severity,
    resources: finding.resources,
    message: t(locale, finding.message, { ...finding.params, ...nested }),
  };
  if (finding.fix) {
    json.fix = t(locale, finding.fix, { ...(finding.fixParams ?? finding.params), ...nested });
  }
  return json;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
