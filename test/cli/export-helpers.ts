/**
 * Helpers for the export tests: run `skyplan export` in process with real files in a temporary
 * folder (binary outputs included), read SVG/XML back, and count drawn pixels.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { run } from '../../cli/main';
import type { CliIO } from '../../cli/context';

export const BUNDLED = [
  ...readdirSync('assets/templates')
    .filter((name) => name.endsWith('.skyplan.json'))
    .map((name) => `assets/templates/${name}`),
  ...readdirSync('assets/examples')
    .filter((name) => name.endsWith('.skyplan.json'))
    .map((name) => `assets/examples/${name}`),
];

export const scratch = mkdtempSync(join(tmpdir(), 'skyplan-export-'));

export interface ExportRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function skyplan(argv: string[], env: Record<string, string> = {}): Promise<ExportRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    writeBytes: (path, bytes) => writeFileSync(path, bytes),
    env,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Parses XML strictly: any warning or error fails the test with the parser's message. */
export function parseXml(text: string): Document {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  });
  const doc = parser.parseFromString(text, 'text/xml') as unknown as Document;
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return doc;
}

export function elements(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagName(name));
}

/** Text content of every <text> element, as a reader of the file would get it. */
export function svgTexts(doc: Document): string[] {
  return elements(doc, 'text').map((element) => element.textContent ?? '');
}

/** Pixels whose alpha is at least half: what a transparent rendering actually paints. */
export function paintedPixels(rgba: Uint8Array | Uint8ClampedArray): number {
  let count = 0;
  for (let i = 3; i < rgba.length; i += 4) if ((rgba[i] ?? 0) >= 128) count++;
  return count;
}

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(bytes);
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}
