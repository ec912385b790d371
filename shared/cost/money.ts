/**
 * Money arithmetic: lines are rounded to the cent, totals add rounded lines (as AWS's examples do).
 *
 * The canvas re-prices the design on every edit, so the functions here run once or more per
 * line and avoid strings where plain arithmetic gives the same answer (test/shared/cost/money.test.ts
 * checks each fast path against the slow, obviously right one on many values).
 */

/**
 * The reference rounding: cents rounded to 12 significant digits first, which absorbs the binary
 * error of x * 100 (2.675 * 100 = 267.49999999999997), then half up.
 */
function roundCentsByPrecision(cents: number): number {
  return Math.round(Number(cents.toPrecision(12)));
}

/**
 * Cents below this use the arithmetic path: rounding to 12 significant digits moves a value by at
 * most half a unit in its 12th digit, i.e. by less than cents x 1e-11, and the binary read-back
 * adds less than cents x 2^-53. When no half-cent lies that close, Math.round gives the same whole
 * cent with or without the 12-digit step. Above it (or near a half cent) the string path decides.
 */
const ARITHMETIC_LIMIT = 1e11;
const MARGIN = 1e-11;

/**
 * The largest amount one line may carry: a trillion dollars a month, far above any design, and
 * small enough that sums of lines, cents and won stay exact-ish and finite. Usage beyond it
 * (which the schema already refuses) makes the line unpriced instead of Infinity.
 */
export const MAX_LINE_USD = 1e12;

/** True for an amount a report may carry: finite and within MAX_LINE_USD. */
export function isPayable(usd: number): boolean {
  return Number.isFinite(usd) && Math.abs(usd) <= MAX_LINE_USD;
}

/**
 * Rounds USD to the cent, half away from zero, without binary-float surprises (2.675 -> 2.68).
 * Not a number or infinite rounds to 0: money never carries them (callers check isPayable).
 */
export function roundCents(usd: number): number {
  if (!Number.isFinite(usd)) return 0;
  const x = Math.abs(usd) * 100;
  let cents: number;
  if (x < ARITHMETIC_LIMIT) {
    // Exact for x below 2^52: the fraction and its distance to one half carry no rounding.
    const distance = Math.abs(x - Math.floor(x) - 0.5);
    cents = distance > x * MARGIN ? Math.round(x) : roundCentsByPrecision(x);
  } else {
    cents = roundCentsByPrecision(x);
  }
  return (Math.sign(usd) * cents) / 100 || 0;
}

/** Whole cents of an amount that is already whole cents (a rounded line, an item's sum). */
export function centsOf(amount: number): number {
  return Math.round(amount * 100);
}

/** Adds amounts that are already whole cents, exactly. */
export function sumCents(amounts: readonly number[]): number {
  let cents = 0;
  for (const amount of amounts) cents += centsOf(amount);
  return cents / 100;
}

/** KRW has no minor unit: whole won. `usd` is whole cents, so work in integer cents. */
export function toKrw(usd: number, rate: number): number {
  return Math.round((Math.round(usd * 100) * rate) / 100);
}

/**
 * A whole number with en-US thousands separators ("3,000,000"), or undefined when `value` is not
 * a non-negative safe integer (-0 included: Intl writes it "-0"), for the caller's Intl fallback.
 * Intl.NumberFormat costs about a microsecond a call; counts, won and hours are mostly whole.
 */
export function groupWhole(value: number): string | undefined {
  if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) return undefined;
  const digits = String(value);
  if (digits.length <= 3) return digits;
  let head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < digits.length; head += 3) out += `,${digits.slice(head, head + 3)}`;
  return out;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A count for a description: 3000000 -> "3,000,000" (the same in en and ko). */
export function grouped(value: number): string {
  return groupWhole(value) ?? GROUPED.format(value);
}
