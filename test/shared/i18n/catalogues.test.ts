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

  it('does not write a type name twice when the resource is named after its type', () => {
    const params = { igw: 'Internet gateway', resource: 'Web load balancer', ip: '10.0.0.5' };
    expect(t('en', 'network.hop.igwIn', params)).toBe(
      'Internet gateway translates the public address of Web load balancer to 10.0.0.5',
    );
    // The name in another language than the message still counts.
    expect(t('ko', 'network.hop.igwIn', params)).toBe(
      'Internet gateway이(가) Web load balancer의 퍼블릭 주소를 10.0.0.5(으)로 변환합니다',
    );
    expect(t('ko', 'network.hop.igwIn', { ...params, igw: '인터넷 게이트웨이' })).toMatch(
      /^인터넷 게이트웨이이\(가\)/,
    );
  });

  it('drops the type name before a name that ends with it, in either case, and only then', () => {
    expect(format('security group {sg} allows it', { sg: 'ALB security group' }, 'en')).toBe(
      'ALB security group allows it',
    );
    expect(format('the main route table of VPC {vpc}', { vpc: 'App vpc' }, 'en')).toBe(
      'the main route table of App vpc',
    );
    // Not a whole word of the template, not the end of the name, or no locale: written as is.
    expect(format('my-subnet {s}', { s: 'Public subnet' }, 'en')).toBe('my-subnet Public subnet');
    expect(format('subnet {s} is full', { s: 'Subnet A' }, 'en')).toBe('subnet Subnet A is full');
    expect(format('subnet {s} is full', { s: 'Ssubnet' }, 'en')).toBe('subnet Ssubnet is full');
    expect(format('subnet {s}', { s: 'Public subnet' })).toBe('subnet Public subnet');
  });

  it('picks Korean from system locales', () => {
    expect(localeFrom('ko-KR')).toBe('ko');
    expect(localeFrom('ko_KR.UTF-8')).toBe('ko');
    expect(localeFrom('en-US')).toBe('en');
    expect(localeFrom(undefined)).toBe('en');
  });
});
