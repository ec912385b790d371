/**
 * Rules work like ESLint rules: one module per rule with `meta` and `check`; `check` asks the
 * network model questions and reports findings that name resource ids. Messages are keys into
 * the catalogues, never finished sentences.
 */
import type { Locale, MessageKey, MessageParams } from '../i18n/index';
import type { Design } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type RuleCategory =
  'network' | 'security' | 'availability' | 'cost' | 'serverless' | 'messaging' | 'containers';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Resource (or connection) ids involved, most important first. */
  resources: string[];
  message: MessageKey;
  params: MessageParams;
  /** How to fix it, when there is a clear fix. */
  fix?: MessageKey;
  fixParams?: MessageParams;
}

/** What validate --format json prints for one finding (FILE-FORMAT.md). */
export interface FindingJson {
  rule: string;
  severity: Severity;
  resources: string[];
  message: string;
  fix?: string;
}

export interface RuleContext {
  design: Design;
  report(finding: Omit<Finding, 'rule' | 'severity'> & { severity?: Severity }): void;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  category: RuleCategory;
  docs: { description: MessageKey };
  /** Every message key the rule may report; the parity test checks both directions. */
  messages: readonly MessageKey[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export type { Locale };
