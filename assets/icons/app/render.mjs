// Renders skyplan.svg into the app icons electron-builder needs, with the Chromium already on
// the machine (no download): png/NxN.png (16..1024, Linux and the window icon), icon.ico
// (Windows: 16..256 as PNG entries) and icon.icns (macOS: PNG entries ic04..ic10).
// Run: node assets/icons/app/render.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
/* global console */
import { Buffer } from 'node:buffer';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { URL } from 'node:url';
import { chromium } from '@playwright/test';

const here = new URL('.', import.meta.url);
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = await readFile(new URL('skyplan.svg', here), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const png = {};
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    png[size] = await page.locator('svg').screenshot({ omitBackground: true });
  }
} finally {
  await browser.close();
}

await mkdir(new URL('png/', here), { recursive: true });
for (const size of SIZES) await writeFile(new URL(`png/${size}x${size}.png`, here), png[size]);

// ICO: a 6-byte header, one 16-byte directory entry per image, then the PNG data.
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, index) => {
  const entry = 6 + 16 * index;
  header.writeUInt8(size === 256 ? 0 : size, entry);
  header.writeUInt8(size === 256 ? 0 : size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(png[size].length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png[size].length;
});
await writeFile(new URL('icon.ico', here), Buffer.concat([header, ...icoSizes.map((size) => png[size])]));

// ICNS: 'icns' + total length, then (type, length incl. 8-byte header, PNG) per image.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
const chunks = icnsTypes.map(([type, size]) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(png[size].length + 8, 4);
  return Buffer.concat([head, png[size]]);
});
const body = Buffer.concat(chunks);
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'latin1');
icnsHead.writeUInt32BE(body.length + 8, 4);
await writeFile(new URL('icon.icns', here), Buffer.concat([icnsHead, body]));
console.log(`rendered ${SIZES.length} PNGs, icon.ico and icon.icns`);
