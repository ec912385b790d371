// The name measurement caches (shared/diagram/name-fit.ts): the same text at the same size is
// measured once, and a cached fit gives exactly the answer of fitName itself.
import { describe, expect, it } from 'vitest';
import { cachedFitName, cachedMeasure, fitName } from '../../../shared/diagram/name-fit';
import { textWidth } from '../../../shared/diagram/svg-text';

function counting() {
  const calls: string[] = [];
  const measure = (text: string, size: number) => {
    calls.push(`${size}|${text}`);
    return textWidth(text, size);
  };
  return { calls, measure };
}

describe('cachedMeasure', () => {
  it('measures a text at a size once, and the same text at another size again', () => {
    const { calls, measure } = counting();
    const cached = cachedMeasure(measure);
    expect(cached('orders-api', 14)).toBe(textWidth('orders-api', 14));
    expect(cached('orders-api', 14)).toBe(textWidth('orders-api', 14));
    expect(cached('orders-api', 13)).toBe(textWidth('orders-api', 13));
    expect(cached('주문 처리 서비스', 14)).toBe(textWidth('주문 처리 서비스', 14));
    expect(cached('주문 처리 서비스', 14)).toBe(textWidth('주문 처리 서비스', 14));
    expect(calls).toEqual(['14|orders-api', '13|orders-api', '14|주문 처리 서비스']);
  });
});

describe('cachedFitName', () => {
  const names = [
    'web',
    'orders-api',
    'a-very-long-resource-name-that-needs-three-lines-or-a-smaller-font-to-fit',
    'payment reconciliation worker service',
    '결제 정산 워커 서비스 이름이 아주 깁니다',
    'v12w34',
  ];

  it('answers exactly what fitName answers, for every room and width', () => {
    const fit = cachedFitName(textWidth);
    for (const name of names)
      for (const roomBelow of [true, false])
        for (const width of [128, 90]) {
          const expected = fitName(name, width, { roomBelow });
          expect(fit(name, width, { roomBelow })).toEqual(expected);
          // Asked again (the cached answer) and with the other room first: still the same.
          expect(fit(name, width, { roomBelow })).toEqual(expected);
        }
  });

  it('fits a name once however many shapes show it', () => {
    const { calls, measure } = counting();
    const fit = cachedFitName(measure);
    fit('payment reconciliation worker service', 128, { roomBelow: true });
    const once = calls.length;
    expect(once).toBeGreaterThan(0);
    for (let i = 0; i < 100; i++) fit('payment reconciliation worker service', 128, { roomBelow: true });
    expect(calls.length).toBe(once);
    // Another room is another fit, but its measurements of the same lines are reused.
    fit('payment reconciliation worker service', 128, { roomBelow: false });
    expect(new Set(calls).size).toBe(calls.length);
  });
});
