// A Korean tour of the app at 1440x900: the welcome screen, two templates, a selected resource,
// and the problems, cost, simulation, failure and lesson panels. At every stop each visible text
// node must come from the Korean catalogue or be the user's own data (names, ids, CIDRs,
// numbers); an English catalogue string that Korean translates differently fails the test.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en/index';
import { ko } from '../../shared/i18n/ko/index';

const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;
const HANGUL = /[\uac00-\ud7a3]/;

/** A template as a pattern: placeholders match anything; literal parts must be there. */
function patternOf(template: string): RegExp | null {
  const literal = template.replace(/\{\w+\}/g, '');
  if (literal.replace(/[\s\p{P}]/gu, '').length < 3) return null; // "{a}: {b}" would match anything
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`, 'is');
}

const koValues = Object.values(ko) as string[];
const koPatterns = koValues.map(patternOf).filter((p): p is RegExp => p !== null);
/** English messages that Korean says differently: none may be seen. */
const englishOnly = (Object.keys(en) as (keyof typeof en)[])
  .filter((key) => en[key] !== ko[key])
  .map((key) => ({ key, pattern: patternOf(en[key]) }))
  .filter((entry): entry is { key: keyof typeof en; pattern: RegExp } => entry.pattern !== null);

/** Latin words the Korean catalogue itself uses (VPC, NAT, tcp, Lambda, ...). */
const koWords = new Set(
  koValues.flatMap((value) => value.replace(/\{\w+\}/g, ' ').match(/[A-Za-z][\w-]*/g) ?? []),
);

function userData(files: string[]): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      words.add(value);
      for (const word of value.match(/[A-Za-z][\w.-]*/g) ?? []) words.add(word.replace(/[.-]+$/, ''));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of files) walk(JSON.parse(readFileSync(file, 'utf8')));
  return words;
}

const DATA = userData([
  'assets/templates/sns-sqs-fan-out.skyplan.json',
  'assets/templates/private-subnets-nat.skyplan.json',
  ...['static-site', 'serverless-api', 'two-tier-web-app', 'ecs-rolling-update'].map(
    (name) => `assets/templates/${name}.skyplan.json`,
  ),
]);

/** Why a visible text is not Korean catalogue text or user data, or null when it is fine. */
/** Ids the editor makes ("subnet1") and Availability Zone names ("us-east-1a") are data too. */
const GENERATED = /^([a-z]+\d+|[a-z]{2}-[a-z]+-\d[a-z])$/;

function verdict(text: string, extra: ReadonlySet<string> = new Set()): string | null {
  if (DATA.has(text) || extra.has(text) || GENERATED.test(text)) return null; // the user's data
  const english = englishOnly.find((entry) => entry.pattern.test(text));
  const korean = koPatterns.some((pattern) => pattern.test(text));
  if (english && !korean && !HANGUL.test(text)) return `English message ${english.key}`;
  if (HANGUL.test(text) || korean) return null;
  const unknown = (text.match(/[A-Za-z][\w.-]*/g) ?? [])
    .map((word) => word.replace(/[.-]+$/, ''))
    .filter((word) => !koWords.has(word) && !DATA.has(word) && !/^[a-f]$/.test(word));
  return unknown.length > 0 ? `not in the ko catalogue nor user data: ${unknown.join(', ')}` : null;
}

/** Every text node a person can see, plus the chosen option of each visible select. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const seen = (element: Element): boolean => {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth
      );
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('option, script, style, title, svg title')) continue;
      // A blocked-path code shown as a code (the simulation's "code" field) is the point there.
      if (parent.closest('code') && /^[A-Z][A-Z0-9_]+$/.test(text)) continue;
      if (seen(parent)) out.add(text);
    }
    for (const select of document.querySelectorAll('select')) {
      const chosen = select.selectedOptions[0]?.textContent?.trim();
      if (chosen && seen(select)) out.add(chosen);
    }
    for (const input of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      const placeholder = input.getAttribute('placeholder')?.trim();
      if (placeholder && !(input as HTMLInputElement).value && seen(input)) out.add(placeholder);
    }
    return [...out];
  });
}

async function expectKorean(page: Page, stop: string, extra?: ReadonlySet<string>) {
  const texts = await visibleTexts(page);
  expect(texts.length, `${stop}: texts seen`).toBeGreaterThan(5);
  const wrong = texts.map((text) => [text, verdict(text, extra)] as const).filter(([, why]) => why !== null);
  expect.soft(wrong, `${stop}: texts that are not Korean catalogue strings or user data`).toEqual([]);
}

async function tab(page: Page, id: string) {
  await page.locator(`[role="tab"][data-panel="${id}"]`).click();
}

test('a Korean tour shows only Korean catalogue text and the user’s own data', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto('/');
  await page.getByTestId('locale-select').selectOption('ko');
  await expect(page.getByTestId('welcome')).toBeVisible();
  await expectKorean(page, 'welcome');

  // A serverless fan-out: service connections (publish, subscribe, trigger) on the canvas.
  await page.getByTestId('template-sns-sqs-fan-out').click();
  await expect(page.getByTestId('welcome')).toBeHidden();
  await expect(page.locator('.react-flow__edge-text').first()).toBeVisible();
  await expectKorean(page, 'fan-out canvas');
  await page.locator('.react-flow__node').nth(1).click();
  await expectKorean(page, 'fan-out, a resource selected');

  // A VPC: subnet headers, the problems, cost, simulation and failure panels.
  await page.getByTestId('brand').click();
  await page.getByTestId('template-private-subnets-nat').click();
  await expect(page.getByTestId('welcome')).toBeHidden();
  // Subnet headers: the CIDR and the AZ are shown whole or not at all, never cut ("10.0.10… 가용 영…").
  const cut = await page.locator('.container-cidr, .container-az').evaluateAll((spans) =>
    spans
      .filter((span) => span.checkVisibility() && span.getBoundingClientRect().width > 0)
      .filter((span) => span.scrollWidth > span.clientWidth + 1)
      .map((span) => span.textContent),
  );
  expect(cut).toEqual([]);
  await tab(page, 'problems');
  await expectKorean(page, 'problems');
  await tab(page, 'cost');
  await expect(page.getByTestId('cost-panel')).toBeVisible();
  await expectKorean(page, 'cost');
  await page.locator('.react-flow__node[data-id="appA"]').click();
  await expectKorean(page, 'an instance selected');
  await tab(page, 'simulation');
  await page.getByTestId('sim-connection').selectOption('c1');
  await page.getByTestId('sim-trace').click();
  await expect(page.getByTestId('sim-step').first()).toBeVisible();
  await expectKorean(page, 'simulation');
  await tab(page, 'failure');
  await page.getByTestId('fail-az-a').check();
  await expect(page.getByTestId('failure-report')).toBeVisible();
  await expectKorean(page, 'failure');
  // The zones read as Korean in the failure panel ("가용 영역 a", not "AZ a").
  const failurePanel = page.getByTestId('failure-panel');
  await expect(failurePanel).toContainText('가용 영역 a');
  await expect(failurePanel).not.toContainText(/\bAZ [a-f]\b/);
  await tab(page, 'lesson');
  await expect(page.getByTestId('lesson-picker')).toBeVisible();
  await expectKorean(page, 'lessons');
});

test('a new subnet’s header in Korean shows its CIDR whole, never "10.0.10… 가용 영…"', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('locale-select').selectOption('ko');
  await page.getByTestId('welcome-new').click();
  const canvas = page.getByTestId('canvas');
  await page.getByTestId('palette-vpc').dragTo(canvas, { targetPosition: { x: 40, y: 40 } });
  const vpc = (await page.locator('[data-testid^="container-vpc"]').first().boundingBox())!;
  const origin = (await canvas.boundingBox())!;
  await page
    .getByTestId('palette-subnet')
    .dragTo(canvas, { targetPosition: { x: vpc.x - origin.x + 40, y: vpc.y - origin.y + 80 } });
  const header = page.locator('[data-testid^="container-subnet"] .container-header').first();
  await expect(header).toBeVisible();
  await expect(header.locator('.container-cidr')).toBeVisible();
  const cut = await header.locator('.container-name, .container-cidr, .container-az').evaluateAll((spans) =>
    spans
      .filter((span) => span.checkVisibility())
      .filter((span) => span.scrollWidth > span.clientWidth + 1)
      .map((span) => span.textContent),
  );
  expect(cut).toEqual([]);
  // The editor names a subnet made in Korean from the ko catalogue.
  await expect(header.locator('.container-name')).toHaveText(/^서브넷 [A-Z]$/);
  await page.screenshot({ path: `${SHOTS}/korean-new-subnet.png` });
  await expectKorean(page, 'a new subnet');
});
