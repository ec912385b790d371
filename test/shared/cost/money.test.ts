/**
 * The fast paths of money.ts and report.ts against the slow, obviously right computations they
 * replaced (toPrecision and Intl.NumberFormat), on many values: AWS's worked examples are
 * reproduced to the cent, so a fast path may never give a different cent or a different string.
 */
import { describe, expect, it } from 'vitest';
import { formatKrw, formatUsd, roundCents } from '../../../shared/cost/index';
import { grouped } from '../../../shared/cost/money';
import { formatQuantity } from '../../../shared/cost/report';

/** The rounding as first written: 12 significant digits, then half up. */
function referenceRoundCents(usd: number): number {
  // Money never carries NaN or Infinity: they round to no cents (test/shared/cost/finite-money.test.ts).
  if (!Number.isFinite(usd)) return 0;
  const cents = Math.round(Number((Math.abs(usd) * 100).toPrecision(12)));
  return (Math.sign(usd) * cents) / 100 || 0;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const QUANTITY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const USD = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A small deterministic generator, so a failure names a value that can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Amounts where rounding is delicate: half cents, prices x quantities, every magnitude, signs. */
function amounts(): number[] {
  const next = random(7);
  const values = [0, -0, 1, -1, 0.005, 0.015, 1.005, 2.675, 16.425, 0.004999, 1e-9, 123456789.125];
  const prices = [0.0104, 0.045, 0.0404784, 0.004446, 0.0000166667, 0.09, 0.005, 0.01, 0.4, 3.6, 0.000001];
  for (let k = 0; k < 20000; k++) {
    values.push((k + 0.5) / 100, k / 100 + 0.005, -(k + 0.5) / 100);
    values.push(k * (prices[k % prices.length] ?? 1), (k / 7) * (prices[(k * 3) % prices.length] ?? 1));
  }
  for (let k = 0; k < 20000; k++) {
    const magnitude = 10 ** Math.floor(next() * 24 - 12);
    values.push(next() * magnitude, -next() * magnitude, Math.round(next() * 1e6) * 0.005 * magnitude);
  }
  // Around the point where roundCents switches to the string path (1e11 cents).
  for (let k = -50; k <= 50; k++) values.push(1e9 + k * 0.005, 1e9 + k * 0.0049999, 1e9 + k);
  values.push(NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 1e21, 5e-324);
  return values;
}

describe('roundCents', () => {
  it('gives exactly the 12-significant-digit rounding on many values', () => {
    const values = amounts();
    expect(values.length).toBeGreaterThan(100000);
    const differ = values.filter((usd) => !Object.is(roundCents(usd), referenceRoundCents(usd)));
    expect(differ).toEqual([]);
  });
});

describe('number formats', () => {
  const wholes = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123456, 1000000, 3000000, 1234567890];
  const next = random(11);
  for (let k = 0; k < 5000; k++) wholes.push(Math.floor(next() * 10 ** Math.floor(next() * 16)));
  wholes.push(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 1e21);
  const all = [...wholes, ...amounts().filter((_, i) => i % 7 === 0)];

  it('grouped writes what Intl writes', () => {
    expect(all.filter((value) => grouped(value) !== GROUPED.format(value))).toEqual([]);
    expect(grouped(-0)).toBe('-0');
    expect(grouped(3_000_000)).toBe('3,000,000');
  });

  it('formatKrw and formatQuantity write what Intl writes', () => {
    expect(all.filter((value) => formatKrw(value) !== `\u20a9${WHOLE.format(value)}`)).toEqual([]);
    expect(
      all.filter((value) => formatQuantity(value) !== QUANTITY.format(Math.round(value * 10000) / 10000)),
    ).toEqual([]);
  });

  it('formatUsd writes what Intl writes, whole cents or not', () => {
    const cents = [...all, ...all.map(roundCents), ...wholes.map((value) => value / 100)];
    expect(cents.filter((value) => formatUsd(value) !== `$${USD.format(value)}`)).toEqual([]);
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(-0)).toBe('$-0.00');
  });
});
