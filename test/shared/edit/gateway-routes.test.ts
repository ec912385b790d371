// A route table dragged onto a gateway gets the route that gateway means (shared/edit/gateway-routes.ts),
// as one undoable edit; a route already there is refused, a conflicting one replaced.
import { describe, expect, it } from 'vitest';
import {
  associate,
  associationAt,
  connect,
  connectionMeaning,
  routeToGateway,
} from '../../../shared/edit/index';
import type { Design, Resource, Route } from '../../../shared/model/types';
import {
  healthyVpc,
  makeDesign,
  routeTable,
  subnet,
  vpcNetwork,
  withAdded,
  withProps,
} from '../../fixtures/designs';
import { twoAzDesign } from './designs';
import { TestEditor } from './harness';

/** healthyVpc() plus an empty route table `rtNew` in vpc1. */
function withEmptyTable(design: Design = healthyVpc()): Design {
  return withAdded(design, routeTable('rtNew', 'vpc1', []));
}

/** Two more VPCs: vpc2 10.2.0.0/16 (table rt2) and vpc3 10.3.0.0/16 (table rt3), each with a subnet. */
function threeVpcs(...extra: Resource[]): Design {
  return makeDesign([
    ...vpcNetwork(),
    { id: 'vpc2', type: 'vpc', props: { cidr: '10.2.0.0/16' } },
    routeTable('rt2', 'vpc2', []),
    subnet('net2', 'vpc2', '10.2.1.0/24', 'a', 'rt2'),
    { id: 'vpc3', type: 'vpc', props: { cidr: '10.3.0.0/16' } },
    routeTable('rt3', 'vpc3', []),
    subnet('net3', 'vpc3', '10.3.1.0/24', 'a', 'rt3'),
    ...extra,
  ]);
}

const routes = (editor: TestEditor, table: string) => editor.props(table).routes as Route[];

describe('a route table dragged onto a gateway', () => {
  it('routes 0.0.0.0/0 to an internet gateway, never as a traffic connection; undo removes it', () => {
    const editor = new TestEditor(withEmptyTable());
    const connections = editor.design.connections.length;
    const result = editor.ok(routeToGateway, { table: 'rtNew', gateway: 'igw1' });
    expect(result.select).toBe('rtNew');
    expect(routes(editor, 'rtNew')).toEqual([{ destination: '0.0.0.0/0', target: 'igw1' }]);
    expect(editor.design.connections).toHaveLength(connections);
    expect(editor.undoLabel()).toBe('Add route 0.0.0.0/0 → igw1');
    expect(editor.undoLabel('ko')).toBe('경로 추가 0.0.0.0/0 → igw1');
    editor.undo();
    expect(routes(editor, 'rtNew')).toEqual([]);
  });

  it('adds ::/0 to the internet gateway as well in a dual-stack VPC', () => {
    const design = withProps(withEmptyTable(), 'vpc1', { ipv6Cidr: '2600:1f18:1234:5600::/56' });
    const editor = new TestEditor(design);
    editor.ok(routeToGateway, { table: 'rtNew', gateway: 'igw1' });
    expect(routes(editor, 'rtNew')).toEqual([
      { destination: '0.0.0.0/0', target: 'igw1' },
      { destination: '::/0', target: 'igw1' },
    ]);
    expect(editor.undoLabel()).toBe('Add route 0.0.0.0/0, ::/0 → igw1');
  });

  it('routes 0.0.0.0/0 to a NAT gateway, but refuses the table of the NAT’s own subnet', () => {
    const editor = new TestEditor(withEmptyTable());
    editor.ok(routeToGateway, { table: 'rtNew', gateway: 'natB' });
    expect(routes(editor, 'rtNew')).toEqual([{ destination: '0.0.0.0/0', target: 'natB' }]);
    const loop = editor.refused(routeToGateway, { table: 'rtPublic', gateway: 'natA' });
    expect(loop.key).toBe('edit.route.natLoop');
    expect(loop.text).toContain('natA sits in a subnet that uses rtPublic');
    expect(editor.refused(routeToGateway, { table: 'rtPublic', gateway: 'natA' }, 'ko').text).toContain(
      'rtPublic을(를) 사용하므로',
    );
  });

  it('routes ::/0 to an egress-only internet gateway, and refuses when the VPC has no IPv6 block', () => {
    const eigw: Resource = { id: 'eigw1', type: 'egress-only-internet-gateway', parent: 'vpc1', props: {} };
    const v4 = new TestEditor(withAdded(withEmptyTable(), eigw));
    expect(v4.refused(routeToGateway, { table: 'rtNew', gateway: 'eigw1' }).text).toBe(
      'eigw1 carries IPv6 only, and vpc1 has no IPv6 block. Give the VPC an IPv6 CIDR in the inspector first.',
    );
    const dual = new TestEditor(
      withProps(withAdded(withEmptyTable(), eigw), 'vpc1', { ipv6Cidr: '2600::/56' }),
    );
    dual.ok(routeToGateway, { table: 'rtPrivA', gateway: 'eigw1' });
    expect(routes(dual, 'rtPrivA')).toEqual([
      { destination: '0.0.0.0/0', target: 'natA' },
      { destination: '::/0', target: 'eigw1' },
    ]);
  });

  it('routes the peer VPC’s CIDR to a peering, from either side, and refuses a third VPC', () => {
    const pcx: Resource = {
      id: 'pcx',
      type: 'vpc-peering',
      props: { requesterVpc: 'vpc1', accepterVpc: 'vpc2' },
    };
    const editor = new TestEditor(threeVpcs(pcx));
    editor.ok(routeToGateway, { table: 'rtPrivA', gateway: 'pcx' });
    expect(routes(editor, 'rtPrivA')).toContainEqual({ destination: '10.2.0.0/16', target: 'pcx' });
    editor.ok(routeToGateway, { table: 'rt2', gateway: 'pcx' });
    expect(routes(editor, 'rt2')).toEqual([{ destination: '10.0.0.0/16', target: 'pcx' }]);
    expect(editor.refused(routeToGateway, { table: 'rt3', gateway: 'pcx' }).text).toBe(
      'pcx joins vpc1, vpc2; rt3 is in neither, so it cannot route through it. Drag a table of one of those VPCs instead.',
    );
    // A second drag finds the route there and says so.
    expect(editor.refused(routeToGateway, { table: 'rt2', gateway: 'pcx' }).key).toBe(
      'edit.connect.routeExists',
    );
  });

  it('routes every other attached VPC’s CIDR to a transit gateway (or one of its attachments)', () => {
    const tgw: Resource = { id: 'tgw', type: 'transit-gateway', props: {} };
    const attach = (id: string, sub: string): Resource => ({
      id,
      type: 'transit-gateway-attachment',
      parent: sub,
      props: { transitGateway: 'tgw', subnets: [sub] },
    });
    const editor = new TestEditor(threeVpcs(tgw, attach('att1', 'privA'), attach('att2', 'net2')));
    // vpc3 is not attached: a route there would go nowhere.
    expect(editor.refused(routeToGateway, { table: 'rt3', gateway: 'tgw' }).key).toBe(
      'edit.route.tgwNotAttached',
    );
    editor.ok(routeToGateway, { table: 'rt2', gateway: 'tgw' });
    expect(routes(editor, 'rt2')).toEqual([{ destination: '10.0.0.0/16', target: 'tgw' }]);
    // Dropped on vpc1's own attachment, the route targets the gateway itself (what AWS routes to).
    editor.ok(routeToGateway, { table: 'rtPrivB', gateway: 'att1' });
    expect(routes(editor, 'rtPrivB')).toContainEqual({ destination: '10.2.0.0/16', target: 'tgw' });
    // A wider route to the gateway already covers a spoke: nothing to add, as in a hub-and-spoke
    // design whose tables send 10.0.0.0/8 to the transit gateway.
    const summary = new TestEditor(
      withProps(threeVpcs(tgw, attach('att1', 'privA'), attach('att2', 'net2')), 'rt2', {
        routes: [{ destination: '10.0.0.0/8', target: 'tgw' }],
      }),
    );
    expect(summary.refused(routeToGateway, { table: 'rt2', gateway: 'tgw' }).text).toBe(
      'rt2 already sends 10.0.0.0/16 to tgw: there is nothing to add. Edit its routes in the inspector to change them.',
    );
    const alone = new TestEditor(threeVpcs(tgw, attach('att1', 'privA')));
    expect(alone.refused(routeToGateway, { table: 'rtPrivA', gateway: 'tgw' }).text).toBe(
      'No other VPC is attached to tgw yet, so there is nothing to route to. Attach the other VPCs first.',
    );
  });

  it('associates the table with a gateway endpoint once', () => {
    const editor = new TestEditor(healthyVpc());
    editor.ok(routeToGateway, { table: 'rtPublic', gateway: 's3Endpoint' });
    expect(editor.props('s3Endpoint').routeTables).toEqual(['rtPrivA', 'rtPrivB', 'rtPublic']);
    expect(editor.refused(routeToGateway, { table: 'rtPrivA', gateway: 's3Endpoint' }).key).toBe(
      'edit.connect.alreadyAssociated',
    );
  });

  it('refuses a route that is already there, saying so in English and Korean', () => {
    const editor = new TestEditor(healthyVpc());
    const refusal = editor.refused(routeToGateway, { table: 'rtPublic', gateway: 'igw1' });
    expect(refusal.text).toBe(
      'rtPublic already sends 0.0.0.0/0 to igw1: there is nothing to add. Edit its routes in the inspector to change them.',
    );
    expect(editor.refused(routeToGateway, { table: 'rtPublic', gateway: 'igw1' }, 'ko').text).toBe(
      'rtPublic은(는) 이미 0.0.0.0/0을(를) igw1(으)로 보내므로 추가할 경로가 없습니다. 바꾸려면 인스펙터에서 경로를 편집하세요.',
    );
  });

  it('replaces a conflicting default route in place, as one undoable edit', () => {
    const design = withProps(healthyVpc(), 'rtPrivA', {
      routes: [
        { destination: '0.0.0.0/0', target: 'natA' },
        { destination: '192.168.0.0/16', target: 'natA' },
      ],
    });
    const editor = new TestEditor(design);
    const meaning = connectionMeaning(editor.design, 'rtPrivA', 'natB');
    expect(meaning.ok && meaning.value.kind === 'route' && meaning.value.replaced).toEqual([
      { destination: '0.0.0.0/0', target: 'natA' },
    ]);
    const before = editor.historySize;
    editor.ok(routeToGateway, { table: 'rtPrivA', gateway: 'natB' });
    expect(routes(editor, 'rtPrivA')).toEqual([
      { destination: '0.0.0.0/0', target: 'natB' },
      { destination: '192.168.0.0/16', target: 'natA' },
    ]);
    expect(editor.historySize).toBe(before + 1);
    expect(editor.undoLabel()).toBe('Route 0.0.0.0/0 to natB instead of natA');
    expect(editor.undoLabel('ko')).toBe('0.0.0.0/0 경로를 natA 대신 natB(으)로 변경');
    editor.undo();
    expect(routes(editor, 'rtPrivA')[0]).toEqual({ destination: '0.0.0.0/0', target: 'natA' });
  });

  it('refuses what is not a route target, and plumbing of another VPC, and never connects traffic', () => {
    const editor = new TestEditor(threeVpcs());
    expect(editor.refused(routeToGateway, { table: 'rtPublic', gateway: 'sgAlb' }).key).toBe(
      'edit.connect.notRouteTarget',
    );
    expect(editor.refused(routeToGateway, { table: 'rt2', gateway: 'igw1' }).key).toBe(
      'edit.connect.otherVpc',
    );
    expect(editor.refused(routeToGateway, { table: 'pubA', gateway: 'igw1' }).key).toBe(
      'edit.connect.meaningless',
    );
    // A line drawn from the gateway to the table means the same as the table onto the gateway.
    const twin = new TestEditor(withEmptyTable());
    twin.ok(connect, { from: 'igw1', to: 'rtNew' });
    expect(routes(twin, 'rtNew')).toEqual([{ destination: '0.0.0.0/0', target: 'igw1' }]);
    expect(twin.design.connections).toEqual(healthyVpc().connections);
  });
});

describe('a route table shape dropped on a gateway (network details view)', () => {
  it('means the route, not a move; the drop goes through associate as one undo entry', () => {
    const design = twoAzDesign();
    // igw1 is drawn at (300, 680) absolute: drop rtPriv's box right on it.
    const pair = associationAt(design, 'rtPriv', { x: 300, y: 680 });
    expect(pair).toEqual({ from: 'rtPriv', to: 'igw1' });
    const editor = new TestEditor(design);
    editor.ok(associate, pair!);
    expect(routes(editor, 'rtPriv')).toEqual([{ destination: '0.0.0.0/0', target: 'igw1' }]);
    expect(editor.design.connections).toEqual(design.connections);
    expect(editor.undoLabel()).toBe('Route 0.0.0.0/0 to igw1 instead of nat1');
    // Dropped beside it, on the empty VPC: an ordinary move.
    expect(associationAt(design, 'rtPriv', { x: 200, y: 560 })).toBeUndefined();
  });
});
