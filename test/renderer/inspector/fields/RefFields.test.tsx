import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../shared/catalog/index';
import type { Design, Resource } from '../../../../shared/model/types';
import { LocaleProvider } from '../../../../renderer/i18n';
import { RefsField } from '../../../../renderer/inspector/fields/RefFields';
import { twoTierDesign } from '../../../fixtures/designs';

const noop = () => undefined;

/** The two-tier design plus a second VPC with its own route table, and an S3 endpoint in vpc1. */
function design(): Design {
  const base = twoTierDesign();
  base.resources.push(
    { id: 'vpc2', type: 'vpc', props: { cidr: '10.1.0.0/16' } },
    { id: 'rt2', type: 'route-table', parent: 'vpc2', props: { routes: [] } },
    { id: 'ep1', type: 'vpc-endpoint', parent: 'vpc1', props: { service: 's3', endpointType: 'gateway' } },
  );
  return base;
}

describe('reference fields in the inspector', () => {
  it("list a VPC endpoint's route tables from its own VPC only", () => {
    const doc = design();
    const endpoint = doc.resources.find((r) => r.id === 'ep1') as Resource;
    const field = CATALOG['vpc-endpoint'].fields.find((f) => f.key === 'routeTables');
    if (!field) throw new Error('vpc-endpoint has no routeTables field');
    const html = renderToStaticMarkup(
      <LocaleProvider locale="en">
        <RefsField field={field} resource={endpoint} design={doc} setProp={noop} />
      </LocaleProvider>,
    );
    expect(html).toContain('rtPub');
    expect(html).toContain('rtPriv');
    // Before, every VPC's route tables were offered.
    expect(html).not.toContain('rt2');
  });
});
