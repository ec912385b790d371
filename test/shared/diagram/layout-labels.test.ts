// The text under a shape's icon: a name is set so that every line fits its box (two lines, a
// third where nothing hangs under the shape, else a smaller font), and the type line falls back
// to the standard short name where the full type name does not fit (never an ellipsis).
import { describe, expect, it } from 'vitest';
import { fitName, MIN_NAME_SIZE, wrapLines } from '../../../shared/diagram/name-fit';
import { FONTS } from '../../../shared/diagram/style';
import { textWidth, twoLineFontSize, wrapTwoLines } from '../../../shared/diagram/svg-text';
import { TYPE_LINE_WIDTH, typeLine } from '../../../shared/diagram/type-line';
import { buildScene } from '../../../shared/diagram/svg-scene';
import { CHIP_FONT, CHIP_TEXT_WIDTH, chipText } from '../../../shared/diagram/chip-text';
import { readFileSync } from 'node:fs';
import type { Design } from '../../../shared/model/types';
import { CATALOG } from '../../../shared/catalog/index';
import { translator } from '../../../shared/i18n/index';
import type { ResourceType } from '../../../shared/model/types';

const WIDTH = 128;

/** Whether a name set at `size` on at most `lines` lines shows whole. */
function whole(name: string, size: number, lines: number): boolean {
  const wrapped = wrapLines(name, size, WIDTH);
  return wrapped.length <= lines && wrapped.every((line) => textWidth(line.trim(), size) <= WIDTH);
}

describe('a name under its icon', () => {
  it('keeps an ordinary name at full size on two lines', () => {
    expect(fitName('Web service', WIDTH, { roomBelow: false })).toEqual({ size: FONTS.name, lines: 2 });
    expect(fitName('Application load balancer', WIDTH, { roomBelow: true })).toEqual({
      size: FONTS.name,
      lines: 2,
    });
  });

  it('shows a long name whole on three lines where nothing hangs under the shape', () => {
    // The ECS template's endpoint: the old rule clamped it to three lines at 17 px with an
    // ellipsis ("S3 gateway endpoint (image…").
    const name = 'S3 gateway endpoint (image layers)';
    const old = twoLineFontSize(name, FONTS.name, WIDTH, FONTS.name - 1);
    expect(wrapTwoLines(name, old, WIDTH).every((line) => textWidth(line.trim(), old) <= WIDTH)).toBe(false);
    const { size, lines } = fitName(name, WIDTH, { roomBelow: true });
    expect(lines).toBe(3);
    expect(whole(name, size, lines)).toBe(true);
    expect(size).toBeGreaterThanOrEqual(MIN_NAME_SIZE);
  });

  it('sets a long name smaller on two lines when chips hang under the shape', () => {
    const name = 'CloudWatch Logs interface endpoint';
    const { size, lines } = fitName(name, WIDTH, { roomBelow: false });
    expect(lines).toBe(2);
    expect(size).toBeLessThan(FONTS.name);
    expect(whole(name, size, lines)).toBe(true);
  });

  it('wraps at spaces and after hyphens, keeping every character', () => {
    const name = 'Billing dead-letter queue';
    const lines = wrapLines(name, FONTS.name, WIDTH);
    expect(lines.join('')).toBe(name);
    expect(lines.length).toBe(2);
  });
});

describe('the type line', () => {
  const en = translator('en');
  const ko = translator('ko');

  it('shows the full type name where it fits and the AWS short name where it does not', () => {
    expect(typeLine('ecs-service', en)).toBe('ECS service');
    expect(typeLine('alb', en)).toBe('ALB');
    expect(typeLine('nlb', en)).toBe('NLB');
    expect(typeLine('egress-only-internet-gateway', ko)).toBe('송신 전용 IGW');
    expect(typeLine('internet-gateway', ko)).toBe('인터넷 게이트웨이');
  });

  it('fits every type of the catalogue, in both languages', () => {
    for (const type of Object.keys(CATALOG) as ResourceType[]) {
      for (const translate of [en, ko]) {
        expect(textWidth(typeLine(type, translate), FONTS.detail), `${type}`).toBeLessThanOrEqual(
          TYPE_LINE_WIDTH,
        );
      }
    }
  });

  it('is the same in the SVG export as on the canvas', () => {
    const design = JSON.parse(
      readFileSync('assets/templates/two-tier-web-app.skyplan.json', 'utf8'),
    ) as Design;
    const scene = buildScene(design, { locale: 'ko' });
    expect(scene.nodes.find((node) => node.key === 'alb1')?.detail).toBe('ALB');
    expect(scene.nodes.find((node) => node.key === 'web')?.detail).toBe('ECS 서비스');
  });
});

describe('a security-group chip', () => {
  it(`keeps a name that fits and writes a long one's "security group" as "SG"`, () => {
    expect(chipText('ALB security group')).toBe('ALB security group');
    expect(chipText('Database security group')).toBe('Database SG');
    expect(chipText('Endpoint Security-Group')).toBe('Endpoint SG');
    expect(textWidth(chipText('Database security group'), CHIP_FONT)).toBeLessThanOrEqual(CHIP_TEXT_WIDTH);
    // A user's name without that ending is left as written (the tooltip has it whole).
    expect(chipText('Shared services for every workload')).toBe('Shared services for every workload');
  });
});
