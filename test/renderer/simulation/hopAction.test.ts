import { describe, expect, it } from 'vitest';
import { t } from '../../../shared/i18n/index';
import { traceAll } from '../../../shared/network/index';
import { parseDesign } from '../../../shared/model/index';
import { readFileSync } from 'node:fs';
import { hopActionLabel } from '../../../renderer/simulation/hopAction';

describe('hop action labels', () => {
  it('label every action the engine reports on the examples, in English and Korean', () => {
    const parsed = parseDesign(readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8'));
    if (!parsed.ok) throw new Error('example does not load');
    const actions = new Set(
      [...traceAll(parsed.design).values()].flatMap((r) => r.hops.map((h) => h.action)),
    );
    expect(actions.size).toBeGreaterThan(3);
    for (const action of actions) {
      const key = hopActionLabel(action);
      expect(key, action).toBeDefined();
      expect(t('ko', key!)).toMatch(/[\uac00-\ud7a3]|NAT|VPC|AWS/);
    }
  });

  it('reads as words, not codes', () => {
    expect(t('en', hopActionLabel('nacl-ingress')!)).toBe('network ACL, in');
    expect(t('ko', hopActionLabel('sg-return')!)).toBe('보안 그룹 응답');
    expect(hopActionLabel('teleport')).toBeUndefined();
  });
});
