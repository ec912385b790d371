import { describe, expect, it } from 'vitest';
import {
  addResource,
  associate,
  associationAt,
  connect,
  connectionMeaning,
  defaultConnection,
  disassociate,
} from '../../../shared/edit/index';
import type { Resource } from '../../../shared/model/types';
import { TestEditor } from './harness';
import { twoAzDesign, twoTierDesign } from './designs';

const r = (id: string, type: Resource['type'], props: Record<string, unknown> = {}) =>
  ({ id, type, props }) as Resource;

describe('association gestures', () => {
  it('turns a route table dragged to an internet gateway into a route, not a traffic edge', () => {
    const design = twoAzDesign();
    design.resources.push({ id: 'rtNew', type: 'route-table', parent: 'vpc1', props: { routes: [] } });
    const editor = new TestEditor(design);
    const result = editor.ok(connect, { from: 'rtNew', to: 'igw1' });
    expect(result.select).toBe('rtNew');
    expect(editor.props('rtNew').routes).toEqual([{ destination: '0.0.0.0/0', target: 'igw1' }]);
    expect(editor.design.connections).toHaveLength(1);
    expect(editor.undoLabel()).toBe('Add route 0.0.0.0/0 → igw1');
    editor.undo();
    // The reverse drag means the same.
    editor.ok(connect, { from: 'igw1', to: 'rtNew' });
    expect(editor.props('rtNew').routes).toEqual([{ destination: '0.0.0.0/0', target: 'igw1' }]);
  });

  it('replaces a default route to another gateway (gateway-routes.ts), refuses the same one', () => {
    const editor = new TestEditor(twoTierDesign());
    editor.ok(connect, { from: 'rtPriv', to: 'igw1' });
    expect(editor.props('rtPriv').routes).toEqual([{ destination: '0.0.0.0/0', target: 'igw1' }]);
    expect(editor.undoLabel()).toBe('Route 0.0.0.0/0 to igw1 instead of nat1');
    expect(editor.refused(connect, { from: 'rtPriv', to: 'igw1' }).text).toBe(
      'rtPriv already sends 0.0.0.0/0 to igw1: there is nothing to add. Edit its routes in the inspector to change them.',
    );
  });

  it('routes to a gateway endpoint by associating the table, and refuses an interface endpoint', () => {
    const design = twoTierDesign();
    design.resources.push(
      {
        id: 'vpce1',
        type: 'vpc-endpoint',
        parent: 'vpc1',
        props: { service: 's3', endpointType: 'gateway' },
      },
      {
        id: 'vpce2',
        type: 'vpc-endpoint',
        parent: 'vpc1',
        props: { service: 'sqs', endpointType: 'interface' },
      },
    );
    const editor = new TestEditor(design);
    editor.ok(connect, { from: 'rtPriv', to: 'vpce1' });
    expect(editor.props('vpce1').routeTables).toEqual(['rtPriv']);
    expect(editor.refused(connect, { from: 'rtPriv', to: 'vpce2' }).key).toBe(
      'edit.connect.interfaceEndpoint',
    );
    expect(editor.refused(connect, { from: 'rtPriv', to: 'app1' }).key).toBe('edit.connect.notRouteTarget');
  });

  it('attaches a security group dropped on a resource, once', () => {
    const design = twoTierDesign();
    design.resources.push({ id: 'sg2', type: 'security-group', parent: 'vpc1', props: { inbound: [] } });
    const editor = new TestEditor(design);
    editor.ok(connect, { from: 'sg2', to: 'app1' });
    expect(editor.props('app1').securityGroups).toEqual(['sg1', 'sg2']);
    expect(editor.undoLabel()).toBe('Attach sg2 to app1');
    expect(editor.refused(associate, { from: 'app1', to: 'sg2' }).text).toBe(
      'sg2 is already attached to app1.',
    );
    expect(editor.refused(connect, { from: 'sg2', to: 'igw1' }).key).toBe('edit.connect.noSecurityGroups');
    editor.ok(disassociate, { from: 'app1', to: 'sg2' });
    expect(editor.props('app1').securityGroups).toEqual(['sg1']);
    expect(editor.undoLabel()).toBe('Detach sg2 from app1');
  });

  it('associates a subnet with a route table or network ACL, in either direction', () => {
    const design = twoTierDesign();
    design.resources.push({
      id: 'acl1',
      type: 'network-acl',
      parent: 'vpc1',
      props: { inbound: [], outbound: [] },
    });
    const editor = new TestEditor(design);
    editor.ok(associate, { from: 'rtPub', to: 'priv' });
    expect(editor.props('priv').routeTable).toBe('rtPub');
    expect(editor.undoLabel('ko')).toBe('priv에 rtPub 연결');
    editor.ok(connect, { from: 'pub', to: 'acl1' });
    expect(editor.props('pub').networkAcl).toBe('acl1');
    expect(editor.refused(connect, { from: 'pub', to: 'acl1' }).key).toBe('edit.connect.alreadyAssociated');
    editor.ok(disassociate, { from: 'acl1', to: 'pub' });
    expect(editor.props('pub').networkAcl).toBeUndefined();
    expect(editor.design.connections).toHaveLength(1);
  });

  it('refuses pairs that mean nothing, and plumbing across VPCs', () => {
    const editor = new TestEditor(twoTierDesign());
    expect(editor.refused(connect, { from: 'pub', to: 'app1' }).text).toContain(
      'Cannot connect Subnet to EC2 instance.',
    );
    expect(editor.refused(connect, { from: 'app1', to: 'app1' }).key).toBe('ui.connect.self');
    expect(editor.refused(connect, { from: 'app1', to: 'internet' }).key).toBe('ui.connect.duplicate');
    editor.ok(addResource, {
      type: 'vpc',
      spot: { parent: undefined, box: { x: 1000, y: 0, w: 400, h: 300 } },
    });
    editor.ok(addResource, { type: 'route-table', selection: ['vpc2'] });
    expect(editor.refused(connect, { from: 'rt1', to: 'igw1' }).key).toBe('edit.connect.otherVpc');
  });
});

describe('new traffic connections', () => {
  it('infers the flow kind from the pair of services', () => {
    expect(defaultConnection(r('api', 'api-gateway'), r('fn', 'lambda-function'))).toEqual({
      from: 'api',
      to: 'fn',
      kind: 'invoke',
    });
    expect(defaultConnection(r('t', 'sns-topic'), r('q', 'sqs-queue'))).toMatchObject({ kind: 'subscribe' });
    expect(defaultConnection(r('q', 'sqs-queue'), r('fn', 'lambda-function'))).toMatchObject({
      kind: 'trigger',
    });
  });

  it('takes the port from the target: container port, engine port, listener, else HTTPS', () => {
    expect(defaultConnection(r('a', 'ec2-instance'), r('i', 'internet'))).toEqual({
      from: 'a',
      to: 'i',
      protocol: 'tcp',
      port: 443,
    });
    expect(defaultConnection(r('lb', 'alb'), r('svc', 'ecs-service', { containerPort: 8080 }))).toMatchObject(
      { port: 8080 },
    );
    expect(
      defaultConnection(r('a', 'ecs-service'), r('db', 'rds-instance', { engine: 'postgres' })),
    ).toMatchObject({
      port: 5432,
    });
    expect(defaultConnection(r('a', 'ec2-instance'), r('db', 'rds-instance'))).toMatchObject({ port: 3306 });
    expect(
      defaultConnection(r('i', 'internet'), r('lb', 'alb', { listeners: [{ port: 80, protocol: 'HTTP' }] })),
    ).toMatchObject({ port: 80 });
  });

  it('adds the connection through the editor and selects it', () => {
    const design = twoAzDesign();
    design.resources.push(
      { id: 'svc', type: 'ecs-service', parent: 'priv', props: { securityGroups: [], containerPort: 3000 } },
      {
        id: 'lb',
        type: 'alb',
        parent: 'pub',
        props: { scheme: 'internet-facing', subnets: ['pub'], securityGroups: [], listeners: [] },
      },
    );
    const meaning = connectionMeaning(design, 'lb', 'svc');
    expect(meaning).toMatchObject({ ok: true, value: { kind: 'traffic' } });
    const editor = new TestEditor(design);
    const result = editor.ok(connect, { from: 'lb', to: 'svc' });
    expect(result.select).toBe('c2');
    expect(editor.design.connections[1]).toEqual({
      id: 'c2',
      from: 'lb',
      to: 'svc',
      protocol: 'tcp',
      port: 3000,
    });
    expect(editor.undoLabel()).toBe('Connect');
  });
});

describe('association by dropping plumbing onto its target', () => {
  it('attaches a security group dropped on a resource and associates a table dropped on a subnet', () => {
    const design = twoAzDesign();
    design.resources.push({ id: 'sg2', type: 'security-group', parent: 'vpc1', props: { inbound: [] } });
    design.layout = { ...design.layout, sg2: { x: 200, y: 680 } };
    // app1 is drawn at (440, 120) absolute: drop sg2 with its centre on it.
    expect(associationAt(design, 'sg2', { x: 440, y: 120 })).toEqual({ from: 'sg2', to: 'app1' });
    // rtPub dropped in privB (abs 400..700 x 300..500): associate the two.
    expect(associationAt(design, 'rtPub', { x: 500, y: 350 })).toEqual({ from: 'rtPub', to: 'privB' });
    // Dropped on empty VPC area: an ordinary move.
    expect(associationAt(design, 'rtPub', { x: 300, y: 560 })).toBeUndefined();
    expect(associationAt(design, 'app1', { x: 60, y: 360 })).toBeUndefined();
    const editor = new TestEditor(design);
    editor.ok(associate, associationAt(design, 'rtPub', { x: 500, y: 350 })!);
    expect(editor.props('privB').routeTable).toBe('rtPub');
  });
});
