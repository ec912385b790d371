// Names that wrap instead of losing their end (svg-text.ts, the SVG export) and dead-letter
// links (dead-letters.ts) drawn in the export.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadLetterLinks } from '../../../shared/diagram/dead-letters';
import { exportLayout } from '../../../shared/diagram/svg-layout';
import { renderDiagramSvg } from '../../../shared/diagram/svg';
import { textWidth, twoLineFontSize, wrapTwoLines } from '../../../shared/diagram/svg-text';
import type { Design } from '../../../shared/model/types';
import { elements, parseXml } from '../../cli/export-helpers';

const fanOut = JSON.parse(readFileSync('assets/templates/sns-sqs-fan-out.skyplan.json', 'utf8')) as Design;

describe('resource names', () => {
  it('wrap on two lines at a space or after a hyphen, the whole name kept', () => {
    const lines = wrapTwoLines('Billing dead-letter queue', 18, 130);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe('Billing dead-letter queue');
    for (const line of lines) expect(textWidth(line.trim(), 18)).toBeLessThanOrEqual(130);
    expect(wrapTwoLines('Users', 18, 130)).toEqual(['Users']);
  });

  it('take a smaller font only when two lines are not enough', () => {
    expect(twoLineFontSize('Web service', 18, 130)).toBe(18);
    const long = 'S3 gateway endpoint (image layers)';
    const size = twoLineFontSize(long, 18, 130);
    expect(size).toBeLessThan(18);
    expect(size).toBeGreaterThanOrEqual(14);
  });

  it('show whole in the SVG export, one text element per name', () => {
    const doc = parseXml(renderDiagramSvg(fanOut));
    const texts = elements(doc, 'text').map((t) => t.textContent ?? '');
    expect(texts).toContain('Billing dead-letter queue');
    expect(texts).toContain('Shipping dead-letter queue');
  });
});

describe('dead-letter links', () => {
  it('link each queue with a deadLetterTarget to its dead-letter queue', () => {
    const links = deadLetterLinks(fanOut);
    expect(links.map((l) => [l.from, l.to]).sort()).toEqual(
      fanOut.resources
        .filter((r) => typeof (r.props as Record<string, unknown>)?.deadLetterTarget === 'string')
        .map((r) => [r.id, (r.props as { deadLetterTarget: string }).deadLetterTarget])
        .sort(),
    );
    expect(links.length).toBe(2);
  });

  it('are drawn in the SVG export, from the queue to the dead-letter queue', async () => {
    const { boxes, routes } = await exportLayout(fanOut);
    const doc = parseXml(renderDiagramSvg(fanOut, { layout: boxes, routes }));
    const drawn = elements(doc, 'g').filter((g) => g.getAttribute('data-kind') === 'link');
    expect(drawn.map((g) => [g.getAttribute('data-from'), g.getAttribute('data-to')]).sort()).toEqual(
      deadLetterLinks(fanOut)
        .map((l) => [l.from, l.to])
        .sort(),
    );
  });
});
