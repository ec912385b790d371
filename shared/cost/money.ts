/** Money arithmetic: lines are rounded to the cent, totals add rounded lines (as AWS's examples do). */

/** Rounds USD to the cent, half away from zero, without binary-float surprises (2.675 -> 2.68). */
export function roundCents(usd: number): number {
  const cents = Math.round(Number((Math.abs(usd) * 100).toPrecision(12)));
  return (Math.sign(usd) * cents) / 100 || 0;
}

/** Adds amounts that are already whole cents, exactly. */
export function sumCents(amounts: readonly number[]): number {
  let cents = 0;
  for (const amount of amounts) cents += Math.round(amount * 100);
  return cents / 100;
}

/** KRW has no minor unit: whole won. `usd` is whole cents, so work in integer cents. */
export function toKrw(usd: number, rate: number): number {
  return Math.round((Math.round(usd * 100) * rate) / 100);
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A count for a description: 3000000 -> "3,000,000" (the same in en and ko). */
export function grouped(value: number): string {
  return GROUPED.format(value);
}
