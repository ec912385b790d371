// Export in the browser host, the way a person does it: open a template, pick an item of the
// Export menu, get a file. Checks the bytes, not just that something downloaded: the SVG is drawn
// from the document (no foreignObject, names as text, arrowheads), the PNG decodes at the SVG's
// size (1x and 2x), the PDF is written without a print dialog and has pages and the same monthly
// total as the Cost panel, the draw.io file holds the resources. Chromium's rendering of every
// bundled template's SVG paints as many pixels as resvg's (the command line's renderer).
// Images go to <output>/screenshots/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { RESVG_FONTS } from '../../cli/commands/export-render';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;

/** Every bundled template and example. */
const BUNDLED = ['assets/templates', 'assets/examples'].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.skyplan.json'))
    .map((name) => `${folder}/${name}`),
);

/** `skyplan export` as a user runs it (the bundle `npm ci` builds). */
function exportSvg(file: string): string {
  const result = spawnSync(
    process.execPath,
    ['cli/bin/skyplan.js', 'export', file, '--to', 'svg', '--transparent', '-o', '-'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  expect(result.stderr, file).toBe('');
  expect(result.status, file).toBe(0);
  return result.stdout;
}

/**
 * The SVG without its text. Chromium (Skia) and resvg rasterise glyphs differently (hinting and
 * gamma of anti-aliased text edges), which alone makes up to ~2% of painted pixels on a sparse
 * diagram such as the SNS/SQS fan-out; without text the two agree within ~0.2%.
 */
function withoutText(svg: string): string {
  return svg.replace(/<text\b[\s\S]*?<\/text>/g, '');
}

/** Pixels whose alpha is at least half: what a transparent rendering actually paints. */
function paintedPixels(rgba: Uint8Array): number {
  let count = 0;
  for (let i = 3; i < rgba.length; i += 4) if ((rgba[i] ?? 0) >= 128) count++;
  return count;
}

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
    // A print dialog would be a failure: remember any attempt to open one.
    window.print = () => {
      (window as { printed?: boolean }).printed = true;
    };
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

/** The size the exported SVG declares: what a 1x PNG of it measures. */
function svgSize(svg: string): { width: number; height: number } {
  return {
    width: Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]),
    height: Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]),
  };
}

async function decodedSize(page: Page, bytes: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    return { width: bitmap.width, height: bitmap.height };
  }, bytes.toString('base64'));
}

test.describe('export', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the diagram as PNG at 1x and 2x decodes at the diagram size', async ({ page }) => {
    await openTemplate(page);
    const svg = (await download(page, 'export.svg')).bytes.toString('utf8');
    const one = await download(page, 'export.png');
    expect(one.file.suggestedFilename()).toMatch(/^Two-tier web app[^/]*(?<!@2x)\.png$/);
    keep('export-1x.png', one.bytes);
    const expected = svgSize(svg);
    expect(expected.width).toBeGreaterThan(400);
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

  test('the SVG is drawn from the document: real elements, icons, arrowheads', async ({ page }) => {
    await openTemplate(page);
    await page.locator('.react-flow__node').first().click();
    const { bytes } = await download(page, 'export.svg');
    const svg = bytes.toString('utf8');
    keep('export.svg', bytes);
    expect(svg.includes('foreignObject'), 'foreignObject in the SVG').toBe(false);
    expect(svg.includes('react-flow'), 'canvas markup in the SVG').toBe(false);
    // Chromium's XML parser reads it, and it has one marker used by every connection.
    const summary = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        markers: doc.querySelectorAll('marker').length,
        arrows: doc.querySelectorAll('path[marker-end]').length,
        symbols: doc.querySelectorAll('symbol').length,
        uses: doc.querySelectorAll('use').length,
      };
    }, svg);
    expect(summary.error).toBeNull();
    expect(summary.markers).toBe(1);
    expect(summary.arrows).toBe(3);
    expect(summary.uses).toBeGreaterThan(summary.symbols);
    // The selection is not part of the picture, and the canvas keeps it.
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  });

  test('the SVG contains the resource labels', async ({ page }) => {
    await openTemplate(page);
    const { file, bytes } = await download(page, 'export.svg');
    expect(file.suggestedFilename()).toMatch(/^Two-tier web app.*\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg.slice(0, 200)).toMatch(/^<\?xml[^>]*>\n<svg /);
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

  test('the design review PDF is written without a print dialog, with pages and the total', async ({
    page,
  }) => {
    await openTemplate(page);
    // The total the Cost panel shows is the one the review must print.
    await page.getByRole('tab', { name: 'Cost', exact: true }).click();
    const total = (await page.getByTestId('cost-total').textContent()) ?? '';
    const { file, bytes } = await download(page, 'export.pdf');
    expect(file.suggestedFilename()).toMatch(/^Two-tier web app.*-review\.pdf$/);
    keep('export-review.pdf', bytes);
    expect(await page.evaluate(() => (window as { printed?: boolean }).printed ?? false)).toBe(false);
    await expect(page.locator('.toast').last()).toContainText(/Exported .*-review\.pdf \(\d+ pages\)/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = bytes.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Where poppler is installed, read the text back out of the PDF and render its first page.
    const text = spawnSync('pdftotext', ['-layout', `${SHOTS}/export-review.pdf`, '-'], { encoding: 'utf8' });
    if (text.status === 0) {
      const amount = /\$[\d,]+\.\d\d/.exec(total)?.[0] ?? '';
      expect(amount).not.toBe('');
      expect(text.stdout).toContain(amount);
      expect(text.stdout).toContain('Web load balancer');
      spawnSync('pdftoppm', [
        '-png',
        '-r',
        '50',
        `${SHOTS}/export-review.pdf`,
        `${SHOTS}/export-review-page`,
      ]);
    }
  });

  test('a Korean review PDF embeds a font with Hangul', async ({ page }) => {
    await openTemplate(page);
    await page.getByTestId('locale-select').selectOption('ko');
    const { bytes } = await download(page, 'export.pdf');
    keep('export-review-ko.pdf', bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/FontFile3|\/FontFile2/);
    const text = spawnSync('pdftotext', ['-layout', `${SHOTS}/export-review-ko.pdf`, '-'], {
      encoding: 'utf8',
    });
    if (text.status === 0) {
      expect(text.stdout).toContain('설계 검토서');
      expect(text.stdout).toContain('가용 영역 a');
      spawnSync('pdftoppm', [
        '-png',
        '-r',
        '50',
        '-f',
        '1',
        '-l',
        '2',
        `${SHOTS}/export-review-ko.pdf`,
        `${SHOTS}/export-review-ko`,
      ]);
    }
  });

  test('the diagram for draw.io holds every resource as an aws4 cell', async ({ page }) => {
    await openTemplate(page);
    const { file, bytes } = await download(page, 'export.drawio');
    expect(file.suggestedFilename()).toMatch(/^Two-tier web app.*\.drawio$/);
    const cells = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        ids: [...doc.querySelectorAll('mxCell')].map((cell) => cell.getAttribute('id')),
        aws4: doc.querySelectorAll('mxCell[style*="mxgraph.aws4"]').length,
      };
    }, bytes.toString('utf8'));
    expect(cells.error).toBeNull();
    for (const id of ['vpc1', 'alb1', 'web', 'db1', 'sgApp', 'rtPublic']) expect(cells.ids).toContain(id);
    expect(cells.aws4).toBeGreaterThanOrEqual(22);
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

  test('Chromium paints every bundled SVG like resvg does (within 2% of painted pixels)', async ({
    page,
  }) => {
    await page.goto('/');
    const chromiumPaints = (svg: string) =>
      page.evaluate(async (text) => {
        const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
        const image = new Image();
        await new Promise((resolve, reject) => {
          image.onload = resolve;
          image.onerror = reject;
          image.src = url;
        });
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! >= 128) painted++;
        URL.revokeObjectURL(url);
        return { painted, width: canvas.width, height: canvas.height };
      }, svg);
    for (const file of BUNDLED) {
      const svg = exportSvg(file);
      const rendered = new Resvg(svg, { font: RESVG_FONTS }).render();
      const resvgPainted = paintedPixels(rendered.pixels);
      const chromium = await chromiumPaints(svg);
      expect({ width: chromium.width, height: chromium.height }, file).toEqual({
        width: rendered.width,
        height: rendered.height,
      });
      const difference = Math.abs(chromium.painted - resvgPainted) / resvgPainted;
      // Shapes, lines, arrowheads and icons alone: any real difference in what is drawn shows here.
      const bare = withoutText(svg);
      const resvgBare = paintedPixels(new Resvg(bare, { font: RESVG_FONTS }).render().pixels);
      const bareDifference = Math.abs((await chromiumPaints(bare)).painted - resvgBare) / resvgBare;
      console.log(
        `${file}: resvg ${resvgPainted}, chromium ${chromium.painted} (${(difference * 100).toFixed(2)}%; without text ${(bareDifference * 100).toFixed(2)}%)`,
      );
      // Both resolve the diagram's fonts to the same family (RESVG_FONTS); what differs is the
      // anti-aliasing of glyph edges (withoutText), the most on a sparse, text-heavy diagram.
      expect(difference, file).toBeLessThan(0.02);
      expect(bareDifference, `${file} without text`).toBeLessThan(0.005);
    }
  });
});
