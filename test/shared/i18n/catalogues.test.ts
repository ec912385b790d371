import { describe, expect, it } from 'vitest';
import { format, localeFrom, messagesOf, t } from '../../../shared/i18n/index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const en = messagesOf('en');
  const ko = messagesOf('ko');

  it('have exactly the same keys in English and Korean', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    const mismatches = Object.keys(en).filter(
      (key) =>
        JSON.stringify(placeholders(en[key as keyof typeof en])) !==
        JSON.stringify(placeholders(ko[key as keyof typeof ko])),
    );
    expect(mismatches).toEqual([]);
  });

  it('have no empty messages', () => {
    for (const locale of [en, ko]) {
      expect(Object.entries(locale).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('translate the Korean catalogue for real (not a copy of English)', () => {
    const hangul = Object.values(ko).filter((text) => /[\uac00-\ud7a3]/.test(text)).length;
    expect(hangul / Object.keys(ko).length).toBeGreaterThan(0.7);
  });
});

describe('format and t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('translates by locale', () => {
    expect(t('en', 'type.nat-gateway')).toBe('NAT gateway');
    expect(t('ko', 'type.nat-gateway')).toBe('NAT 게이트웨이');
  });

  it('picks Korean from system locales', () => {
    expect(localeFrom('ko-KR')).toBe('ko');
    expect(localeFrom('ko_KR.UTF-8')).toBe('ko');
    expect(localeFrom('en-US')).toBe('en');
    expect(localeFrom(undefined)).toBe('en');
  });
});
