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

/** A message used as a parameter of another one (translated first, then inserted). */
export interface NestedMessage {
  key: MessageKey;
  params?: MessageParams;
}

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
  /**
   * Parameters that are messages themselves, such as the network engine's explanation of a
   * blocked path: each is translated in the reader's locale and given to message and fix.
   */
  nested?: Record<string, NestedMessage>;
}

/** What validate --format json prints for one finding (docs/file-format.md). */
export interface FindingJson {
  rule: string;
  severity: Severity;
  resources: string[];
  message: string;
  fix?: string;
}

export type Report = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

export interface RuleContext {
  design: Design;
  report(finding: Report): void;
  /**
   * Set only in incremental runs (utils/incremental.ts), for rules that check resource by
   * resource. A rule calls `reuse?.(id)` as it starts on one resource (the owner); true means
   * the previous run's findings for that owner still hold and have been reported again, so the
   * rule skips it. Everything reported until the next call belongs to that owner, so a rule may
   * call it only when what it reports for an owner depends on nothing but resources in the
   * owner's trace scope (utils/trace-scopes.ts: its VPC and all they name) and the design's
   * top-level fields, and must report nothing after its first call but for owners.
   */
  reuse?(owner: string): boolean;
}

export interface RuleMeta {
  /** Kebab-case, equal to the rule's file name. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  docs: { description: MessageKey };
  /** Every message and fix key the rule may report; the parity test checks both directions. */
  messages: readonly MessageKey[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export type { Locale };
