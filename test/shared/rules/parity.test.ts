/**
 * Keeps rules, registry, tests and messages in step, like ESLint's checkRuleFiles: for every
 * file in shared/rules/ the rule is registered, has a test file, is named after its id, and
 * every message it declares is used by its test. Failures say which file to touch.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules as rulesEn } from '../../../shared/i18n/en/rules';
import type { Design } from '../../../shared/model/types';
import { parseDesign } from '../../../shared/model/index';
import type { Rule } from '../../../shared/rules/index';
import { RULES, runRule } from '../../../shared/rules/index';
import { generateDesign } from '../../bench/generate';
import { findingProblems } from './rule-tester';

const RULES_DIR = 'shared/rules';
const TESTS_DIR = 'test/shared/rules';
/** Files in shared/rules/ that are machinery, not rules. */
const NOT_RULES = new Set(['index.ts', 'registry.ts', 'types.ts']);

const ruleFiles = readdirSync(RULES_DIR)
  .filter((name) => name.endsWith('.ts') && !NOT_RULES.has(name))
  .map((name) => basename(name, '.ts'))
  .sort();

const modules = new Map<string, Rule | undefined>();
for (const id of ruleFiles) {
  const loaded = (await import(`../../../shared/rules/${id}.ts`)) as { default?: Rule };
  modules.set(id, loaded.default);
}

describe('rule parity', () => {
  it('finds the rules', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(30);
  });

  for (const id of ruleFiles) {
    describe(id, () => {
      it('exports a rule whose meta.id is its file name', () => {
        const rule = modules.get(id);
        expect(rule, `${RULES_DIR}/${id}.ts must "export default" its rule`).toBeDefined();
        expect(rule?.meta.id, `meta.id in ${RULES_DIR}/${id}.ts must be "${id}" (the file name)`).toBe(id);
      });

      it('is registered', () => {
        expect(
          RULES.includes(modules.get(id) as Rule),
          `Missing rule from the registry (${RULES_DIR}/registry.ts): ${id}. If you just added a new rule, import it there and add it to RULES in id order.`,
        ).toBe(true);
      });

      it('has a test that uses every message it declares', () => {
        const testFile = join(TESTS_DIR, `${id}.test.ts`);
        let text = '';
        try {
          text = readFileSync(testFile, 'utf8');
        } catch {
          expect.fail(
            `Missing test file ${testFile}. If you just added a new rule, add its valid and invalid designs there with testRule().`,
          );
        }
        for (const key of modules.get(id)?.meta.messages ?? []) {
          expect(
            text.includes(`'${key}'`),
            `${testFile} never expects '${key}'; add an invalid case that reports it, or drop it from meta.messages`,
          ).toBe(true);
        }
      });
    });
  }

  it('keeps no stale rule strings in the catalogue', () => {
    const used = new Set<string>(
      RULES.flatMap((rule) => [rule.meta.docs.description, ...rule.meta.messages]),
    );
    // Shared vocabulary of the rules area: used as nested messages and by `skyplan rules`.
    const shared = /^rules\.(direction|queueKind|cli)\./;
    const stale = Object.keys(rulesEn).filter((key) => !used.has(key) && !shared.test(key));
    expect(stale, 'shared/i18n/en/rules.ts (and ko) hold strings no rule declares; remove them').toEqual([]);
  });

  it('has no test file without a rule', () => {
    const helpers = new Set(['rule-tester.ts', 'rule-tester.test.ts', 'parity.test.ts', 'all-rules.test.ts']);
    for (const name of readdirSync(TESTS_DIR).filter(
      (file) => file.endsWith('.test.ts') && !helpers.has(file),
    )) {
      const id = name.replace(/\.test\.ts$/, '');
      expect(
        ruleFiles,
        `${TESTS_DIR}/${name} tests no rule: add ${RULES_DIR}/${id}.ts or rename the test`,
      ).toContain(id);
    }
  });

  it('lists every rule once, sorted by id', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(ids, `${RULES_DIR}/registry.ts must list rules sorted by id`).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids, 'every registered rule must live in its own file in shared/rules/').toEqual(ruleFiles);
  });

  // Whatever a rule reports on real designs must be declared and translatable.
  const samples: [string, Design][] = [
    ['generated 300', generateDesign(300)],
    ...readdirSync('assets/examples').map((name): [string, Design] => {
      const loaded = parseDesign(readFileSync(join('assets/examples', name), 'utf8'));
      if (!loaded.ok) throw new Error(`assets/examples/${name} does not load`);
      return [name, loaded.design];
    }),
  ];
  for (const [name, design] of samples) {
    it(`reports only declared, complete messages on ${name}`, () => {
      for (const rule of RULES) {
        for (const finding of runRule(rule, design)) {
          expect(findingProblems(rule, finding, design), `${rule.meta.id} on ${name}`).toEqual([]);
        }
      }
    });
  }
});
