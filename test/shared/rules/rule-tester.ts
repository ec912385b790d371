/**
 * Our RuleTester, after ESLint's: `testRule(rule, { valid, invalid })` turns each case into a
 * test. Valid designs must draw no finding from the rule; invalid ones exactly the expected
 * findings, in order. It also polices the tests and the rule themselves:
 * - the design is deep-frozen, so a rule that mutates the document throws;
 * - every reported message and fix is declared in meta.messages, and exists in en and ko;
 * - every finding names ids that exist in the design, and its text has no unfilled {param};
 * - an invalid case needs at least one expected finding, and no case may repeat another.
 */
import { describe, expect, it } from 'vitest';
import type { MessageKey, MessageParams } from '../../../shared/i18n/index';
import { LOCALES, isMessageKey, messagesOf } from '../../../shared/i18n/index';
import type { Design } from '../../../shared/model/types';
import type { Finding, Rule, Severity } from '../../../shared/rules/index';
import { findingToJson, runRule } from '../../../shared/rules/index';

export interface ExpectedFinding {
  message: MessageKey;
  /** Exact ids, in order. */
  resources?: string[];
  fix?: MessageKey;
  severity?: Severity;
  /** Message or fix parameters that must have these values (others may exist). */
  params?: MessageParams;
}

export interface ValidCase {
  name: string;
  design: Design;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const UNFILLED = /\{\w+\}/;

/** Checks what any finding of any rule must satisfy; returns the problems found. */
export function findingProblems(rule: Rule, finding: Finding, design: Design): string[] {
  const problems: string[] = [];
  const declared = new Set<string>(rule.meta.messages);
  if (!declared.has(finding.message)) {
    problems.push(`reported message "${finding.message}" is not declared in meta.messages`);
  }
  if (finding.fix !== undefined && !declared.has(finding.fix)) {
    problems.push(`reported fix "${finding.fix}" is not declared in meta.messages`);
  }
  if (finding.resources.length === 0) problems.push('a finding must name at least one resource');
  const ids = new Set([...design.resources.map((r) => r.id), ...design.connections.map((c) => c.id)]);
  for (const id of finding.resources) {
    if (!ids.has(id)) problems.push(`finding names "${id}", which is not in the design`);
  }
  for (const locale of LOCALES) {
    const json = findingToJson(finding, locale);
    for (const text of [json.message, json.fix ?? '']) {
      if (UNFILLED.test(text)) problems.push(`${locale} text has an unfilled parameter: "${text}"`);
    }
  }
  return problems;
}

function keyOf(design: Design): string {
  return JSON.stringify(design);
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('declares messages that exist in every locale', () => {
      expect(rule.meta.messages.length).toBeGreaterThan(0);
      for (const key of [rule.meta.docs.description, ...rule.meta.messages]) {
        expect(isMessageKey(key), `${key} is not in shared/i18n/en/rules.ts`).toBe(true);
        for (const locale of LOCALES) expect(messagesOf(locale)[key], `${locale}: ${key}`).toBeTruthy();
      }
    });

    it('has no duplicate cases and no invalid case without expected findings', () => {
      const seen = new Map<string, string>();
      for (const c of [...cases.valid, ...cases.invalid]) {
        const key = keyOf(c.design);
        expect(
          seen.get(key),
          `detected duplicate test case "${c.name}" (same design as "${seen.get(key)}")`,
        ).toBe(undefined);
        seen.set(key, c.name);
      }
      for (const c of cases.invalid) {
        expect(c.errors.length, `invalid case "${c.name}" must expect at least one finding`).toBeGreaterThan(
          0,
        );
      }
    });

    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const design = deepFreeze(structuredClone(c.design));
        const findings = runRule(rule, design);
        expect(findings.map((f) => findingToJson(f).message)).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const design = deepFreeze(structuredClone(c.design));
        const findings = runRule(rule, design);
        for (const finding of findings) expect(findingProblems(rule, finding, design)).toEqual([]);
        expect(
          findings.map((f) => f.message),
          `findings: ${findings.map((f) => findingToJson(f).message).join(' | ')}`,
        ).toEqual(c.errors.map((e) => e.message));
        c.errors.forEach((expected, i) => {
          const found = findings[i] as Finding;
          if (expected.resources) expect(found.resources).toEqual(expected.resources);
          if (expected.fix) expect(found.fix).toBe(expected.fix);
          if (expected.severity) expect(found.severity).toBe(expected.severity);
          if (expected.params) expect({ ...found.params, ...found.fixParams }).toMatchObject(expected.params);
        });
      });
    }
  });
}
