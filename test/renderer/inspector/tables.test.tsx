import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NetworkAclRule, Resource, SecurityGroupRule } from '../../../shared/model/types';
import { LocaleProvider } from '../../../renderer/i18n';
import {
  NaclRulesEditor,
  nextNaclRule,
  RoutesEditor,
  SgRulesEditor,
} from '../../../renderer/inspector/tables';

const groups: Resource[] = [{ id: 'sgWeb', type: 'security-group', name: 'Web', props: {} } as Resource];
const noop = () => undefined;

function headings(html: string): string[] {
  const head = /<div class="table-row[^"]*table-head">(.*?)<\/div>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<span>([^<]*)<\/span>/g)].map((match) => match[1]!);
}

describe('the one rule-table editor, as security groups and network ACLs use it', () => {
  it('draws security-group rules with protocol, ports and peer, and suggests peers while typing', () => {
    const rules: SecurityGroupRule[] = [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }];
    const html = renderToStaticMarkup(
      <SgRulesEditor title="Inbound" testId="sg-inbound" rules={rules} groups={groups} onChange={noop} />,
    );
    expect(headings(html)).toEqual(['Protocol', 'Ports', 'Source / destination', '']);
    // The peer input names the datalist of 0.0.0.0/0 and the security groups (it named none before).
    expect(html).toContain('<datalist id="sg-inbound-peers">');
    expect(html).toMatch(/<input[^>]*aria-label="Source \/ destination"[^>]*list="sg-inbound-peers"/);
    expect(html).toContain('value="sgWeb">Web (sgWeb)</option>');
  });

  it('draws network-ACL rules in their own grid, with the same protocol and ports cells', () => {
    const rules: NetworkAclRule[] = [
      { rule: 100, protocol: 'tcp', ports: '80', cidr: '0.0.0.0/0', action: 'deny' },
    ];
    const html = renderToStaticMarkup(<NaclRulesEditor title="Inbound" rules={rules} onChange={noop} />);
    expect(headings(html)).toEqual(['Rule #', 'Protocol', 'Ports', 'CIDR', 'Action', '']);
    expect(html).toContain('class="table-row nacl"');
    expect(html).toMatch(/<option value="deny" selected="">deny<\/option>/);
  });

  it('says an empty titled table has no rows, in the viewer language', () => {
    const html = renderToStaticMarkup(
      <LocaleProvider locale="ko">
        <NaclRulesEditor title="인바운드" rules={[]} onChange={noop} />
      </LocaleProvider>,
    );
    expect(headings(html)).toEqual([]);
    expect(html).toContain('<p class="muted">');
    expect(html).toContain('규칙이 없습니다.');
  });

  it('numbers a new ACL rule 100 after the highest, never past 32766', () => {
    expect(nextNaclRule([])).toMatchObject({ rule: 100, protocol: 'all', action: 'allow' });
    expect(nextNaclRule([{ rule: 120, protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' }]).rule).toBe(220);
    expect(nextNaclRule([{ rule: 32700, protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' }]).rule).toBe(
      32766,
    );
  });

  it('keeps the route table its local route row and always shows its headings', () => {
    const html = renderToStaticMarkup(
      <RoutesEditor routes={[]} targets={[]} vpcCidr="10.0.0.0/16" onChange={noop} />,
    );
    expect(headings(html)).toEqual(['Destination', 'Target', '']);
    expect(html).toContain('<span>10.0.0.0/16</span>');
    expect(html).toContain('data-testid="route-add"');
  });
});
