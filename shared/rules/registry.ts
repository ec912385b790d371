/**
 * Every rule, sorted by id. Adding a rule touches its own file, its test and this list; the
 * parity test fails with a pointer to the missing piece when one of the three is forgotten.
 */
import type { Rule } from './types';

export const RULES: readonly Rule[] = [];
