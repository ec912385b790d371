// Export in the browser host, the way a person does it: open a template, pick an item of the
// Export menu, get a file. Checks the bytes, not just that something downloaded: the PNG decodes
// at the diagram's size (1x and 2x), the SVG carries the resource names, the PDF review has
// pages and the same monthly total as the Cost panel. Images go to test-results/screenshots/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const SHOTS = 'test-results/screenshots';

/** Keeps an exported file to look at (test-results/ may be cleared by a parallel run: re-create). */
function keep(name: string, bytes: Buffer): void {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/${name}`, bytes);
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian), after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** PNG colour type 6 = RGBA: what a transparent export needs. */
function pngColourType(bytes: Buffer): number {
  return bytes[25]!;
}

async function openTemplate(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Downloads instead of the File System Access picker, which Playwright cannot answer.
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    // Keep the HTML the browser host sends to the print dialog, so the test can print it.
    const seen = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLIFrameElement && node.srcdoc) {
            (window as { printedHtml?: string }).printedHtml = node.srcdoc;
          }
        }
      }
    });
    document.addEventListener('DOMContentLoaded', () => seen.observe(document.body, { childList: true }));
  });
  await page.goto('/');
  await page.getByTestId('template-two-tier-web-app').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

async function runExport(page: Page, command: string): Promise<void> {
  await page.getByTestId('menu-export').click();
  await page.locator(`[data-command="${command}"]`).click();
}

/** The exported file; fails at once with the app's message if the export reports an error. */
async function download(page: Page, command: string): Promise<{ file: Download; bytes: Buffer }> {
  const failed = page
    .locator('.toast-error')
    .first()
    .waitFor({ timeout: 170_000 })
    .then(async () => {
      throw new Error(`export failed: ${await page.locator('.toast-error').first().innerText()}`);
    });
  const [file] = await Promise.all([
    Promise.race([page.waitForEvent('download'), failed]),
    runExport(page, command),
  ]);
  failed.catch(() => undefined);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** The diagram's size as the canvas drew it: node boxes in flow space plus the export margin. */
async function expectedSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(node).transform);
      return { x: m.m41, y: m.m42, r: m.m41 + node.offsetWidth, b: m.m42 + node.offsetHeight };
    });
    const left = Math.min(...boxes.map((b) => b.x));
    const top = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.r));
    const bottom = Math.max(...boxes.map((b) => b.b));
    return { width: Math.ceil(right - left + 64), height: Math.ceil(bottom - top + 64) };
  });
}

async function decodedSize(page: Page, bytes: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    return { width: bitmap.width, height: bitmap.height };
  }, bytes.toString('base64'));
}

test.describe('export', () => {
  // Capturing the canvas inlines every computed style: slow on a busy two-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('the diagram as PNG at 1x and 2x decodes at the diagram size', async ({ page }) => {
    await openTemplate(page);
    const one = await download(page, 'export.png');
    expect(one.file.suggestedFilename()).toMatch(/^Two-tier web app[^/]*(?<!@2x)\.png$/);
    keep('export-1x.png', one.bytes);
    const expected = await expectedSize(page);
    expect(pngSize(one.bytes)).toEqual(expected);
    expect(await decodedSize(page, one.bytes)).toEqual(expected);

    const two = await download(page, 'export.png2x');
    expect(two.file.suggestedFilename()).toMatch(/^Two-tier web app.*@2x\.png$/);
    keep('export-2x.png', two.bytes);
    expect(pngSize(two.bytes)).toEqual({ width: expected.width * 2, height: expected.height * 2 });
    expect(await decodedSize(page, two.bytes)).toEqual({
      width: expected.width * 2,
      height: expected.height * 2,
    });
  });

  test('a transparent PNG has an alpha channel and transparent corners', async ({ page }) => {
    await openTemplate(page);
    const { bytes } = await download(page, 'export.pngTransparent');
    keep('export-transparent.png', bytes);
    expect(pngColourType(bytes)).toBe(6);
    const corner = await page.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(1, 1, 1, 1).data[3];
    }, bytes.toString('base64'));
    expect(corner).toBe(0);
  });

  test('the export leaves out the minimap, controls, handles and the selection', async ({ page }) => {
    await openTemplate(page);
    await page.locator('.react-flow__node').first().click();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
    const { bytes } = await download(page, 'export.svg');
    const svg = bytes.toString('utf8');
    // Booleans, so a failure does not print a megabyte of inlined styles.
    expect(svg.includes('react-flow__minimap'), 'minimap in the SVG').toBe(false);
    expect(svg.includes('react-flow__controls'), 'controls in the SVG').toBe(false);
    expect(svg.includes('react-flow__handle'), 'handles in the SVG').toBe(false);
    expect(/class="[^"]*react-flow__node[^"]*\bselected\b/.test(svg), 'a selected node in the SVG').toBe(
      false,
    );
    expect(svg.includes('react-flow__node'), 'nodes in the SVG').toBe(true);
    // Edges are painted: their stroke is written on the path, not left to a stylesheet the
    // standalone image does not have (html-to-image does not copy styles onto SVG shapes).
    const edgePaths = svg.match(/<path[^>]*class="react-flow__edge-path"[^>]*>/g) ?? [];
    expect(edgePaths.length).toBeGreaterThan(0);
    for (const path of edgePaths) expect(path).toMatch(/style="[^"]*stroke: rgb/);
    // The selection comes back after the export.
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  });

  test('the SVG contains the resource labels', async ({ page }) => {
    await openTemplate(page);
    const { file, bytes } = await download(page, 'export.svg');
    expect(file.suggestedFilename()).toMatch(/^Two-tier web app.*\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg.slice(0, 200)).toMatch(/^<svg /);
    // Every resource name the canvas shows (the first line of each node) is text in the SVG.
    const names = (await page.locator('.react-flow__node').allInnerTexts()).map(
      (text) => text.split('\n')[0]!,
    );
    expect(names).toContain('Web load balancer');
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(svg.includes(`>${escaped}<`), `"${name}" in the SVG`).toBe(true);
    }
  });

  test('the design review PDF has pages and the cost total', async ({ page, browser }) => {
    await openTemplate(page);
    // The total the Cost panel shows is the one the review must print.
    await page.getByRole('tab', { name: 'Cost', exact: true }).click();
    const total = (await page.getByTestId('cost-total').textContent()) ?? '';
    await runExport(page, 'export.pdf');
    await expect
      .poll(() => page.evaluate(() => (window as { printedHtml?: string }).printedHtml ?? ''))
      .toContain('</html>');
    const html = await page.evaluate(() => (window as { printedHtml?: string }).printedHtml ?? '');

    const report = await browser.newPage();
    await report.setContent(html, { waitUntil: 'load' });
    const reportTotal = (await report.getByTestId('review-cost-total').textContent()) ?? '';
    expect(reportTotal).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(total).toContain(reportTotal);
    await expect(report.locator('.diagram img')).toHaveJSProperty('complete', true);
    expect(
      await report.locator('.diagram img').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(100);
    await report.screenshot({ path: `${SHOTS}/export-review.png`, fullPage: true });
    const pdf = await report.pdf({ format: 'A4', printBackground: true });
    await report.close();
    keep('export-review.pdf', pdf);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // Where poppler is installed, also read the text back out of the PDF (CI does not need it).
    const text = spawnSync('pdftotext', ['-layout', `${SHOTS}/export-review.pdf`, '-'], { encoding: 'utf8' });
    if (text.status === 0) expect(text.stdout).toContain(reportTotal);
  });

  test('the cost report as CSV and the design review as Markdown', async ({ page }) => {
    await openTemplate(page);
    const csv = await download(page, 'export.costCsv');
    expect(csv.file.suggestedFilename()).toMatch(/^Two-tier web app.*-cost\.csv$/);
    expect(csv.bytes.toString('utf8').split('\n').length).toBeGreaterThan(5);
    const md = await download(page, 'export.reviewMd');
    const text = md.bytes.toString('utf8');
    expect(text).toMatch(/^# Design review: Two-tier web app/);
    expect(text).toContain('## Findings');
    expect(text).toMatch(/\| \*\*Total per month\*\* \| {2}\| \*\*\$[\d,]+\.\d\d\*\* \|/);
  });

  test('an empty canvas says there is nothing to export', async ({ page }) => {
    await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    await page.goto('/');
    await page.getByRole('button', { name: 'New empty design' }).click();
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await runExport(page, 'export.png');
    await expect(page.locator('.toast-error')).toContainText('nothing on the canvas to export');
    expect(downloaded).toBe(false);
  });
});
