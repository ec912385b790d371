/**
 * The type line under a shape's name ("Application Load Balancer"): the full type name where it
 * fits the line, else the standard short name AWS itself uses ("ALB"), never an ellipsis. The
 * full name stays in the shape's tooltip.
 */
import type { MessageKey } from '../i18n/index';
import type { ResourceType } from '../model/types';
import { FONTS } from './style';
import { textWidth } from './svg-text';
import type { Measure } from './svg-text';

/** Width of the type line (the shape plus half the gap on each side, less a margin). */
export const TYPE_LINE_WIDTH = 128;

/**
 * Kept clear of the line's edge: the estimate of `textWidth` runs a little under the wide
 * fallback fonts some systems draw with.
 */
const MARGIN = 0.9;

const SHORT: Partial<Record<ResourceType, MessageKey>> = {
  alb: 'type.short.alb',
  nlb: 'type.short.nlb',
  'transit-gateway-attachment': 'type.short.transit-gateway-attachment',
  'transit-gateway-route-table': 'type.short.transit-gateway-route-table',
  'egress-only-internet-gateway': 'type.short.egress-only-internet-gateway',
};

/** What the type line of a shape of `type` shows, in the language of `translate`. */
export function typeLine(
  type: ResourceType,
  translate: (key: MessageKey) => string,
  measure: Measure = textWidth,
): string {
  const full = translate(`type.${type}`);
  const short = SHORT[type];
  if (!short || measure(full, FONTS.detail) <= TYPE_LINE_WIDTH * MARGIN) return full;
  return translate(short);
}
