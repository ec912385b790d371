/**
 * The text of a security-group chip under a shape: the group's name where it fits the chip row
 * (as wide as the name's box), else the name with its trailing "security group" written the way
 * AWS diagrams do, "SG" ("Database security group" → "Database SG"). The chip's tooltip keeps
 * the full name; a name that still does not fit ends in an ellipsis. The SVG export keeps every
 * name whole (its text is searchable and copied), narrowing the chip's text instead.
 */
import { textWidth } from './svg-text';
import type { Measure } from './svg-text';

/** Room for the text of a chip: the 128-unit chip row less the chip's padding and border. */
export const CHIP_TEXT_WIDTH = 116;
/** A chip's font size (app.css `.chip`). */
export const CHIP_FONT = 10;

const SUFFIX = /\s*(security[\s-]*group|보안\s*그룹)\s*$/i;

export function chipText(name: string, measure: Measure = textWidth): string {
  if (measure(name, CHIP_FONT) <= CHIP_TEXT_WIDTH || !SUFFIX.test(name)) return name;
  return name.replace(SUFFIX, ' SG');
}
