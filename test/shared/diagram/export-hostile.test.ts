// User text is data in every diagram export: names built to break out of SVG, XML attributes,
// HTML or a spreadsheet come out as the same characters, never as markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { escapeXml, escapeXmlMultiline, xmlId } from '../../../shared/diagram/escape';
import { renderDrawio } from '../../../shared/diagram/drawio';
import { iconSymbol } from '../../../shared/diagram/icons';
import { renderDiagramSvg } from '../../../shared/diagram/svg';
import { parseDesign } from '../../../shared/model/index';
import type { Design } from '../../../shared/model/types';
import { elements, parseXml, skyplan, svgTexts } from '../../cli/export-helpers';

// Exports lay out with ELK and render with resvg: seconds each on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.invalid","click")',
  "it's & <b>bold</b>\nsecond line",
  'tab\there \u0007bell',
];

function hostileDesign(): Design {
  const result = parseDesign(readFileSync('assets/templates/two-tier-web-app.skyplan.json', 'utf8'));
  if (!result.ok) throw new Error('template does not parse');
  const design = result.design;
  design.name = HOSTILE[0]!;
  design.resources.forEach((resource, index) => {
    resource.name = `${HOSTILE[index % HOSTILE.length]} #${index}`;
  });
  return design;
}

/** What a one-line label shows for a name: line breaks and tabs as spaces, no control chars. */
function oneLine(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\r\n\t]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

describe('escaping', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(escapeXml('a\nb\tc\u0007')).toBe('a b c');
    expect(escapeXmlMultiline('a\r\nb')).toBe('a&#10;b');
    expect(xmlId('icon-', 'a b/<c>')).toMatch(/^icon-[A-Za-z0-9_-]+$/);
  });

  it('turns an icon file into a symbol without its title or scripts, ids prefixed', () => {
    const symbol = iconSymbol(
      'resource/X.svg',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><title>t</title><script>x()</script><defs><linearGradient id="g"/></defs><path fill="url(#g)" d="M0 0h4v4z"/></svg>',
    );
    expect(symbol).toBe(
      '<symbol id="icon-X" viewBox="0 0 48 48"><defs><linearGradient id="icon-X-g"/></defs><path fill="url(#icon-X-g)" d="M0 0h4v4z"/></symbol>',
    );
  });
});

describe('hostile names', () => {
  const design = hostileDesign();

  it('stay text in the SVG', () => {
    const svg = renderDiagramSvg(design, { icons: {} });
    const doc = parseXml(svg);
    expect(elements(doc, 'script')).toHaveLength(0);
    expect(elements(doc, 'img')).toHaveLength(0);
    expect(svg).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    const texts = svgTexts(doc);
    for (const resource of design.resources) {
      const label = oneLine(resource.name!);
      expect(
        texts.some((text) => text.includes(label)),
        label,
      ).toBe(true);
    }
    expect(elements(doc, 'title')[0]?.textContent).toBe(HOSTILE[0]);
  });

  it('stay text in draw.io labels, line breaks kept', () => {
    const doc = parseXml(renderDrawio(design));
    for (const resource of design.resources) {
      const cell = elements(doc, 'mxCell').find((c) => c.getAttribute('id') === resource.id);
      // eslint-disable-next-line no-control-regex
      const expected = resource.name!.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
      expect(cell?.getAttribute('value')?.split('\n').slice(0, expected.split('\n').length).join('\n')).toBe(
        expected,
      );
      // Plain-text labels: draw.io never reads a name as HTML.
      expect(cell?.getAttribute('style')).not.toMatch(/html=1/);
    }
  });

  it('stay inert in the HTML review and its embedded diagram', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'skyplan-hostile-')), 'hostile.skyplan.json');
    writeFileSync(file, JSON.stringify(design));
    const result = await skyplan(['export', file, '--to', 'html', '-o', '-', '--date', '2026-12-01']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html).not.toMatch(/<script|<img src=x|<b>bold/);
    const embedded = /src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)?.[1] ?? '';
    const svg = Buffer.from(embedded, 'base64').toString('utf8');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toMatch(/<script|<img/);
    const svgOut = await skyplan(['export', file, '--to', 'svg', '-o', '-']);
    expect(() => parseXml(svgOut.stdout)).not.toThrow();
  });
});
