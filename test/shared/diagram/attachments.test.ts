import { describe, expect, it } from 'vitest';
import {
  attachmentsEdit,
  attachmentsOf,
  detailLinks,
  looseAttachments,
} from '../../../shared/diagram/attachments';
import type { Design, Resource } from '../../../shared/model/types';

function design(): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'attachments',
    region: 'us-east-1',
    resources: [
      { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
      { id: 'igw1', type: 'internet-gateway', parent: 'vpc1', props: {} },
      { id: 'main', type: 'route-table', parent: 'vpc1', props: { main: true, routes: [] } },
      {
        id: 'rtPub',
        type: 'route-table',
        parent: 'vpc1',
        props: { routes: [{ destination: '0.0.0.0/0', target: 'igw1' }] },
      },
      { id: 'acl1', type: 'network-acl', parent: 'vpc1', props: { inbound: [], outbound: [] } },
      { id: 'sgWeb', type: 'security-group', parent: 'vpc1', props: { inbound: [] } },
      { id: 'sgSpare', type: 'security-group', parent: 'vpc1', props: { inbound: [] } },
      {
        id: 'pub',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.1.0/24', az: 'a', routeTable: 'rtPub', networkAcl: 'acl1' },
      },
      { id: 'priv', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.2.0/24', az: 'a' } },
      { id: 'web', type: 'ec2-instance', parent: 'pub', props: { securityGroups: ['sgWeb'] } },
    ],
    connections: [],
  } as Design;
}

describe('attachments', () => {
  it("finds each subnet's route table (the VPC main one by default), NACL and each resource's groups", () => {
    const found = attachmentsOf(design());
    expect(found.get('pub')?.routeTable?.id).toBe('rtPub');
    expect(found.get('pub')?.networkAcl?.id).toBe('acl1');
    expect(found.get('priv')?.routeTable?.id).toBe('main');
    expect(found.get('web')?.securityGroups.map((g) => g.id)).toEqual(['sgWeb']);
  });

  it('links subnets to tables and ACLs, tables to route targets, resources to groups', () => {
    const links = detailLinks(design()).map((l) => `${l.kind}:${l.from}->${l.to}`);
    expect(links).toEqual(
      expect.arrayContaining([
        'route-table:pub->rtPub',
        'network-acl:pub->acl1',
        'route-table:priv->main',
        'route:rtPub->igw1',
        'security-group:web->sgWeb',
      ]),
    );
  });

  it('calls loose only what nothing uses, so it can still be drawn', () => {
    expect([...looseAttachments(design())]).toEqual(['sgSpare']);
  });
});

describe('attachmentsEdit (what an edit in place remade)', () => {
  it('names the replaced resources and the entries made again; the rest are the objects before', () => {
    const before = design();
    attachmentsOf(before);
    const after: Design = {
      ...before,
      resources: before.resources.map((r) =>
        r.id === 'rtPub' ? ({ ...r, props: { ...r.props, routes: [] } } as Resource) : r,
      ),
    };
    const entries = attachmentsOf(after, before);
    const edit = attachmentsEdit(after, before);
    expect(edit?.replaced).toEqual(new Set(['rtPub']));
    // Only the subnet whose table is rtPub holds it.
    expect(edit?.remade).toEqual(new Set(['pub']));
    const old = attachmentsOf(before);
    for (const [id, entry] of entries) {
      if (id === 'pub') expect(entry).not.toBe(old.get(id));
      else expect(entry).toBe(old.get(id));
    }
  });

  it('is null when the attachments were derived in full, or from another document', () => {
    const before = design();
    attachmentsOf(before);
    const moved: Design = { ...before, resources: [...before.resources].reverse() };
    attachmentsOf(moved, before);
    expect(attachmentsEdit(moved, before)).toBeNull();
    const renamed: Design = {
      ...before,
      resources: before.resources.map((r) => (r.id === 'sgWeb' ? { ...r, name: 'Web' } : r)),
    };
    expect(attachmentsEdit(renamed, before)).not.toBeNull();
    expect(attachmentsEdit(renamed, design())).toBeNull();
  });
});

describe('looseAttachments after an edit in place', () => {
  it('keeps the set when nothing was attached or detached, and derives it again when something was', () => {
    const before = design();
    const loose = looseAttachments(before);
    const routed: Design = {
      ...before,
      resources: before.resources.map((r) =>
        r.id === 'rtPub' ? ({ ...r, props: { ...r.props, routes: [] } } as Resource) : r,
      ),
    };
    expect(looseAttachments(routed, before)).toBe(loose);
    // The public subnet drops its table for the VPC's main one: rtPub is attached to nothing now.
    const detached: Design = {
      ...routed,
      resources: routed.resources.map((r) =>
        r.id === 'pub' ? ({ ...r, props: { ...r.props, routeTable: undefined } } as Resource) : r,
      ),
    };
    const after = looseAttachments(detached, routed);
    expect(after).not.toBe(loose);
    expect(after).toEqual(new Set([...loose, 'rtPub']));
  });
});
