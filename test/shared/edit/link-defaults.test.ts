import { describe, expect, it } from 'vitest';
import { insertResource } from '../../../shared/edit/add';
import { checkReferences } from '../../../shared/model/references';
import type { Design } from '../../../shared/model/types';
import { hubAndSpoke, peeredVpcs } from '../network/multi-vpc-fixtures';

function draftOf(design: Design): Design {
  return JSON.parse(JSON.stringify(design)) as Design;
}

describe('dropping a peering or transit gateway part names what it joins', () => {
  it('a new peering joins the first two VPCs, and the design still loads', () => {
    const draft = draftOf(peeredVpcs());
    const id = insertResource(draft, 'vpc-peering', undefined, { x: 0, y: 0 });
    expect(draft.resources.find((r) => r.id === id)?.props).toMatchObject({
      requesterVpc: 'vpcA',
      accepterVpc: 'vpcB',
    });
    expect(checkReferences(draft)).toEqual([]);
  });

  it('a new route table and attachment name the first transit gateway', () => {
    const draft = draftOf(hubAndSpoke());
    const table = insertResource(draft, 'transit-gateway-route-table', undefined, { x: 0, y: 0 });
    const attachment = insertResource(draft, 'transit-gateway-attachment', 'vpcS1', { x: 0, y: 0 });
    for (const id of [table, attachment])
      expect(draft.resources.find((r) => r.id === id)?.props).toMatchObject({ transitGateway: 'tgw1' });
  });
});
