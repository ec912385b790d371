import { describe, expect, it } from 'vitest';
import {
  addResource,
  deleteItems,
  dropShapes,
  extendToSubnet,
  moveShapes,
  normalizePlacement,
  placeAt,
  placeSomewhere,
  reparent,
  setProp,
  shapesIn,
  translateMessage,
} from '../../../shared/edit/index';
import { defaultSize } from '../../../shared/diagram/geometry';
import { translator } from '../../../shared/i18n/index';
import type { Design } from '../../../shared/model/types';
import { TestEditor } from './harness';
import { twoAzDesign, twoTierDesign } from './designs';

describe('where a dropped resource lands', () => {
  it('puts a drop in the innermost container under the point, relative to it', () => {
    expect(placeAt(twoTierDesign(), 'nat-gateway', { x: 200, y: 200 })).toEqual({
      ok: true,
      value: { parent: 'pub', box: { x: 128, y: 96 } },
    });
  });

  it('lands in the innermost container that accepts it: a subnet dropped on a subnet goes to the VPC', () => {
    const spot = placeAt(twoTierDesign(), 'subnet', { x: 100, y: 150 });
    expect(spot).toMatchObject({ ok: true, value: { parent: 'vpc1' } });
    const table = placeAt(twoTierDesign(), 'route-table', { x: 100, y: 150 });
    expect(table).toMatchObject({ ok: true, value: { parent: 'vpc1' } });
    // A gateway endpoint (the catalog's starting props) belongs to the VPC, not the subnet.
    const endpoint = placeAt(twoTierDesign(), 'vpc-endpoint', { x: 100, y: 150 });
    expect(endpoint).toMatchObject({ ok: true, value: { parent: 'vpc1' } });
  });

  it('refuses what the catalog forbids, naming where it may go, in both languages', () => {
    const outside = placeAt(twoTierDesign(), 'nat-gateway', { x: 2000, y: 2000 });
    if (outside.ok) throw new Error('expected a refusal');
    expect(translateMessage(translator('en'), outside.refusal)).toBe(
      'NAT gateway cannot be placed on the canvas itself. Put it in: Subnet.',
    );
    const vpcOnly = placeAt(twoTierDesign(), 'route-table', { x: 2000, y: 2000 });
    if (vpcOnly.ok) throw new Error('expected a refusal');
    expect(translateMessage(translator('en'), vpcOnly.refusal)).toBe(
      'Route table cannot be placed on the canvas itself. Put it in: VPC.',
    );
    expect(translateMessage(translator('ko'), vpcOnly.refusal)).toContain('VPC');
    // Outside any VPC a load balancer is offered a subnet only, not the VPC level.
    const alb = placeAt(twoTierDesign(), 'alb', { x: 2000, y: 2000 });
    if (alb.ok) throw new Error('expected a refusal');
    expect(translateMessage(translator('en'), alb.refusal)).toContain('Put it in: Subnet.');
  });

  it('refuses an ECS service dropped in its VPC outside every subnet, listing the subnets', () => {
    const editor = new TestEditor(twoTierDesign());
    const refusal = editor.refused(addResource, { type: 'ecs-service', at: { x: 400, y: 320 } });
    expect(refusal.text).toBe('ECS service goes inside a subnet. Put it in one of: pub, priv.');
    expect(editor.refused(addResource, { type: 'ecs-service', at: { x: 400, y: 320 } }, 'ko').text).toContain(
      '서브넷',
    );
  });

  it('adds by keyboard into the selected container when allowed, else the first that allows it', () => {
    const design = twoTierDesign();
    const at = { x: 0, y: 0 };
    expect(placeSomewhere(design, 'ec2-instance', ['priv'], at)).toMatchObject({ value: { parent: 'priv' } });
    expect(placeSomewhere(design, 'ec2-instance', ['nat1'], at)).toMatchObject({ value: { parent: 'pub' } });
    expect(placeSomewhere(design, 'subnet', [], at)).toMatchObject({ value: { parent: 'vpc1' } });
    expect(placeSomewhere(design, 's3-bucket', ['priv'], { x: 500, y: 500 })).toMatchObject({
      ok: true,
      value: { parent: undefined },
    });
    const empty: Design = { ...design, resources: [], layout: {} };
    expect(placeSomewhere(empty, 'subnet', [], at)).toMatchObject({ ok: false });
  });

  it('puts a keyboard-added load balancer in a public subnet, clear of what is there', () => {
    const design = twoTierDesign();
    const spot = placeSomewhere(design, 'alb', ['vpc1'], { x: 0, y: 0 });
    if (!spot.ok) throw new Error('refused');
    expect(spot.value.parent).toBe('pub');
    // nat1 sits at (40, 60) in pub: the new shape takes a free slot, clear of it.
    const { x, y } = spot.value.box;
    const nat = shapesIn(design, 'pub').find((shape) => shape.key === 'nat1')!;
    const size = defaultSize('alb');
    const clear = x + size.w <= nat.x || nat.x + nat.w <= x || y + size.h <= nat.y || nat.y + nat.h <= y;
    expect(clear).toBe(true);
  });
});

describe('placing multi-subnet resources', () => {
  it('lists the subnet a resource is dropped in, so "Placed in" and "Subnets" agree', () => {
    const editor = new TestEditor(twoAzDesign());
    const id = editor.ok(addResource, { type: 'alb', at: { x: 200, y: 400 } });
    expect(editor.resource(id)).toMatchObject({ parent: 'pubB', props: { subnets: ['pubB'] } });
    const ecs = editor.ok(addResource, { type: 'ecs-service', at: { x: 550, y: 150 } });
    expect(editor.resource(ecs)).toMatchObject({ parent: 'priv', props: { subnets: ['priv'] } });
  });

  it('grows the container to fit a shape dropped at its edge', () => {
    const editor = new TestEditor(twoAzDesign());
    // Centred near priv's bottom-right corner (abs 700, 260): the shape overhangs it.
    editor.ok(addResource, { type: 'ec2-instance', at: { x: 690, y: 250 } });
    expect(editor.box('priv')!.w).toBeGreaterThan(300);
    expect(editor.box('priv')!.h).toBeGreaterThan(200);
  });

  it('moves the home shape to another subnet when dragged there', () => {
    const editor = new TestEditor(twoAzDesign());
    const id = editor.ok(addResource, { type: 'alb', at: { x: 200, y: 150 } });
    editor.ok(dropShapes, { items: [{ key: id, at: { x: 60, y: 360 } }] });
    expect(editor.resource(id)).toMatchObject({ parent: 'pubB', props: { subnets: ['pubB'] } });
    expect(editor.box(id)).toMatchObject({ x: 40, y: 60 });
    expect(editor.undoLabel()).toBe('Move');
  });

  it('extends to a second subnet with a replica shape, and one undo takes it back', () => {
    const editor = new TestEditor(twoAzDesign());
    const id = editor.ok(addResource, { type: 'alb', at: { x: 200, y: 150 } });
    const home = editor.box(id);
    editor.ok(dropShapes, { items: [{ key: id, at: { x: 60, y: 360 } }], extend: true });
    expect(editor.resource(id)).toMatchObject({ parent: 'pub', props: { subnets: ['pub', 'pubB'] } });
    expect(editor.box(id)).toEqual(home);
    expect(editor.box(`${id}@pubB`)).toMatchObject({ x: 40, y: 60 });
    editor.undo();
    expect(editor.props(id).subnets).toEqual(['pub']);
    expect(editor.box(`${id}@pubB`)).toBeUndefined();
  });

  it('moves one placement when its replica is dragged to another subnet', () => {
    const editor = new TestEditor(twoAzDesign());
    const id = editor.ok(addResource, { type: 'ecs-service', at: { x: 550, y: 150 } });
    editor.ok(extendToSubnet, { id, subnet: 'privB' });
    expect(editor.props(id).subnets).toEqual(['priv', 'privB']);
    editor.ok(dropShapes, { items: [{ key: `${id}@privB`, at: { x: 60, y: 360 } }] });
    expect(editor.props(id).subnets).toEqual(['priv', 'pubB']);
    expect(editor.box(`${id}@privB`)).toBeUndefined();
    expect(editor.box(`${id}@pubB`)).toMatchObject({ x: 40, y: 60 });
  });

  it('refuses with a reason: single-subnet types, a subnet it is already in, another VPC, no subnet', () => {
    const editor = new TestEditor(twoAzDesign());
    expect(
      editor.refused(dropShapes, { items: [{ key: 'app1', at: { x: 60, y: 360 } }], extend: true }).text,
    ).toBe('EC2 instance lives in exactly one subnet, so it cannot extend to a second one.');
    const id = editor.ok(addResource, { type: 'rds-instance', at: { x: 550, y: 150 } });
    expect(editor.refused(extendToSubnet, { id, subnet: 'priv' }).key).toBe('edit.refused.alreadyIn');
    // A second VPC with one subnet, to the right of the first.
    editor.ok(addResource, {
      type: 'vpc',
      spot: { parent: undefined, box: { x: 1000, y: 0, w: 400, h: 300 } },
    });
    editor.ok(addResource, { type: 'subnet', at: { x: 1200, y: 150 } });
    expect(editor.refused(extendToSubnet, { id, subnet: 'subnet1' }).text).toBe(
      'RDS database can only span subnets of one VPC. Put it in one of: pub, priv, pubB, privB.',
    );
    // Dragged out of every subnet onto the VPC's free area: refused, listing the subnets.
    expect(editor.refused(dropShapes, { items: [{ key: id, at: { x: 380, y: 560 } }] }).key).toBe(
      'edit.refused.needsSubnet',
    );
  });

  it('follows the inspector: unlisting a subnet removes its replica, unlisting home moves home', () => {
    const editor = new TestEditor(twoAzDesign());
    const id = editor.ok(addResource, { type: 'alb', at: { x: 200, y: 150 } });
    editor.ok(setProp, { id, key: 'subnets', value: ['pub', 'pubB', 'priv'] });
    expect(editor.box(`${id}@pubB`)).toBeDefined();
    expect(editor.box(`${id}@priv`)).toBeDefined();
    editor.ok(setProp, { id, key: 'subnets', value: ['pub', 'pubB'] });
    expect(editor.box(`${id}@priv`)).toBeUndefined();
    const replica = editor.box(`${id}@pubB`);
    editor.ok(setProp, { id, key: 'subnets', value: ['pubB'] });
    expect(editor.resource(id).parent).toBe('pubB');
    expect(editor.box(id)).toEqual(replica);
    expect(editor.box(`${id}@pubB`)).toBeUndefined();
  });

  it('keeps a resource spread over subnets when its home subnet is deleted', () => {
    const editor = new TestEditor(twoAzDesign());
    const id = editor.ok(addResource, { type: 'alb', at: { x: 200, y: 150 } });
    editor.ok(extendToSubnet, { id, subnet: 'pubB' });
    editor.ok(deleteItems, { ids: ['pub'] });
    expect(editor.resource(id)).toMatchObject({ parent: 'pubB', props: { subnets: ['pubB'] } });
    expect(Object.keys(editor.design.layout ?? {}).filter((k) => k.includes('@'))).toEqual([]);
  });

  it('normalises an old design: parent becomes the first subnet, replicas appear, and it is idempotent', () => {
    const design = twoAzDesign();
    design.resources.push({
      id: 'alb1',
      type: 'alb',
      parent: 'vpc1',
      props: { scheme: 'internet-facing', subnets: ['pub', 'pubB'], securityGroups: [], listeners: [] },
    });
    design.resources.push({ id: 'ecs1', type: 'ecs-service', parent: 'priv', props: { securityGroups: [] } });
    design.layout = { ...design.layout, alb1: { x: 300, y: 560 }, ecs1: { x: 150, y: 60 } };
    const editor = new TestEditor(design);
    editor.ok(
      {
        name: 'normalize',
        label: () => ({ key: 'ui.action.move' }),
        run: (d) => (normalizePlacement(d), { ok: true, value: undefined }),
      },
      {},
    );
    expect(editor.resource('alb1').parent).toBe('pub');
    expect(editor.box('alb1@pubB')).toBeDefined();
    expect(editor.props('ecs1').subnets).toEqual(['priv']);
    const once = JSON.stringify(editor.design);
    const again = structuredClone(editor.design);
    normalizePlacement(again);
    expect(JSON.stringify(again)).toBe(once);
  });
});

describe('moving within a container', () => {
  it('grows the container when a shape is dragged past its edge, in the same undo entry as the drop', () => {
    const editor = new TestEditor(twoAzDesign());
    // priv is 300 wide: the centre stays inside it, the right half hangs out.
    const x = 300 - defaultSize('ec2-instance').w / 2 - 8;
    editor.ok(moveShapes, { moves: [{ key: 'app1', x, y: 60 }] });
    editor.ok(dropShapes, { items: [{ key: 'app1' }] });
    expect(editor.resource('app1').parent).toBe('priv');
    expect(editor.box('priv')!.w).toBeGreaterThanOrEqual(x + defaultSize('ec2-instance').w);
  });
});

describe('moving a resource of an old design', () => {
  it('takes the subnet it is dragged into as its first when it was drawn at VPC level', () => {
    const design = twoAzDesign();
    design.resources.push({
      id: 'lb',
      type: 'alb',
      parent: 'vpc1',
      props: { scheme: 'internal', subnets: ['pub'], securityGroups: [], listeners: [] },
    });
    design.layout = { ...design.layout, lb: { x: 300, y: 560 } };
    const editor = new TestEditor(design);
    editor.ok(dropShapes, { items: [{ key: 'lb', at: { x: 440, y: 360 } }] });
    expect(editor.resource('lb')).toMatchObject({ parent: 'privB', props: { subnets: ['privB', 'pub'] } });
    expect(editor.box('lb')).toMatchObject({ x: 40, y: 60 });
    expect(editor.box('lb@pub')).toBeDefined();
  });
});

describe('reparent', () => {
  it('moves into a container that accepts it, keeping the place on screen, and refuses others', () => {
    const editor = new TestEditor(twoTierDesign());
    editor.ok(reparent, { id: 'app1', parent: 'pub', at: { x: 440, y: 120 } });
    expect(editor.resource('app1').parent).toBe('pub');
    expect(editor.box('app1')).toEqual({ x: 420, y: 60 });
    expect(editor.refused(reparent, { id: 'nat1', parent: 'vpc1', at: { x: 0, y: 0 } }).key).toBe(
      'edit.refused.needsSubnet',
    );
    expect(editor.refused(reparent, { id: 'pub', parent: 'priv', at: { x: 0, y: 0 } }).text).toBe(
      'Subnet cannot be placed inside a Subnet, so it went back. Put it in: VPC.',
    );
    expect(editor.refused(reparent, { id: 'vpc1', parent: 'vpc1', at: { x: 0, y: 0 } }).key).toBe(
      'ui.move.refused',
    );
  });
});

describe('VPC endpoints', () => {
  it('makes an endpoint dropped on a subnet an interface endpoint placed there, and one dropped on the VPC a gateway', () => {
    const editor = new TestEditor(twoAzDesign());
    const inSubnet = editor.ok(addResource, { type: 'vpc-endpoint', at: { x: 550, y: 150 } });
    expect(editor.resource(inSubnet)).toMatchObject({
      parent: 'priv',
      props: { endpointType: 'interface', subnets: ['priv'] },
    });
    const atVpc = editor.ok(addResource, { type: 'vpc-endpoint', at: { x: 380, y: 580 } });
    expect(editor.resource(atVpc)).toMatchObject({ parent: 'vpc1', props: { endpointType: 'gateway' } });
  });
});

describe('switching an endpoint to gateway', () => {
  it('takes it out of its subnets, back to the VPC level, keeping its place on screen', () => {
    const editor = new TestEditor(twoAzDesign());
    const id = editor.ok(addResource, { type: 'vpc-endpoint', at: { x: 550, y: 150 } });
    editor.ok(extendToSubnet, { id, subnet: 'privB' });
    const box = editor.box(id)!;
    editor.ok(setProp, { id, key: 'endpointType', value: 'gateway' });
    expect(editor.resource(id).parent).toBe('vpc1');
    expect(editor.props(id).subnets).toBeUndefined();
    expect(editor.box(id)).toMatchObject({ x: box.x + 400, y: box.y + 60 });
    expect(editor.box(`${id}@privB`)).toBeUndefined();
  });
});
