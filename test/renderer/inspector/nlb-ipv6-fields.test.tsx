/** The inspector's IPv6 and NLB controls: which CIDRs each place takes, which listener protocols an NLB offers. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/index';
import { cidrCheck } from '../../../renderer/inspector/inputs';
import { ListenersEditor } from '../../../renderer/inspector/tables';

const t = translator('en');
const noop = () => undefined;

describe('CIDR checks by address family', () => {
  it('keeps IPv4-only places IPv4-only', () => {
    expect(cidrCheck(t)('10.0.0.0/16')).toBeNull();
    expect(cidrCheck(t)('::/0')).not.toBeNull();
  });

  it('takes IPv6 blocks in an ipv6Cidr field, and nothing else', () => {
    const check = cidrCheck(t, true, 'v6');
    expect(check('2600:1f18:abcd:1200::/56')).toBeNull();
    expect(check('')).toBeNull();
    expect(check('10.0.0.0/16')).not.toBeNull();
    expect(check('2600:1f18::1/64')).toContain('2600:1f18::/64');
  });

  it('takes both in routes and NACL rules', () => {
    const check = cidrCheck(t, false, 'any');
    expect(check('0.0.0.0/0')).toBeNull();
    expect(check('::/0')).toBeNull();
    expect(check('nonsense')).not.toBeNull();
  });
});

describe('listener protocols', () => {
  it('offers layer-4 protocols for an NLB and HTTP(S) for an ALB', () => {
    const nlb = renderToStaticMarkup(
      <ListenersEditor listeners={[{ port: 7777, protocol: 'TCP' }]} onChange={noop} layer4 />,
    );
    expect(nlb).toContain('<option value="TCP_UDP">');
    expect(nlb).not.toContain('<option value="HTTPS">');
    const alb = renderToStaticMarkup(
      <ListenersEditor listeners={[{ port: 443, protocol: 'HTTPS' }]} onChange={noop} />,
    );
    expect(alb).not.toContain('<option value="UDP">');
  });
});
