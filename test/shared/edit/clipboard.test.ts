import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../../../shared/model/types';
import {
  copyItems,
  deleteFrom,
  deleteItems,
  deletionSet,
  duplicate,
  freshId,
  insertResource,
  pasteInto,
  pasteOffset,
  reparentTo,
} from '../../../shared/edit/index';
import { GRID, RESOURCE_SIZE } from '../../../shared/diagram/geometry';
import { TestEditor } from './harness';
import { twoTierDesign } from './designs';

function find(design: Design, id: string): Resource {
  const resource = design.resources.find((r) => r.id === id);
  if (!resource) throw new Error(`no ${id}`);
  return resource;
}

describe('ids, delete, copy and paste', () => {
  it('makes ids from the catalog prefix, unique across resources and connections', () => {
    const design = twoTierDesign();
    design.connections.push({ id: 'nat2', from: 'app1', to: 'internet' });
    expect(freshId(design, 'nat')).toBe('nat3');
    const added = produce(design, (draft) => {
      insertResource(draft, 'subnet', 'vpc1', { x: 1, y: 2, w: 300, h: 200 });
    });
    // 10.0.1.0/24 and 10.0.2.0/24 are taken, both in AZ a: the new one gets the free block and AZ b.
    expect(find(added, 'subnet1')).toMatchObject({
      type: 'subnet',
      parent: 'vpc1',
      name: 'Subnet B',
      props: { cidr: '10.0.0.0/24', az: 'b' },
    });
    expect(added.layout?.subnet1).toEqual({ x: 1, y: 2, w: 300, h: 200 });
  });

  it('offsets a paste beside the original so the copy does not cover it', () => {
    const design = twoTierDesign();
    const overlapsOriginal = (ids: string[], step: number): boolean => {
      const clip = copyItems(design, ids);
      if (!clip) throw new Error('nothing copied');
      const offset = pasteOffset(clip, step);
      // The pasted roots keep their sizes and move by offset: they must clear every original root.
      const roots = clip.resources.filter((r) => !ids.includes(r.parent ?? ''));
      return roots.some((a) =>
        roots.some((b) => {
          const boxA = clip.layout[a.id];
          const boxB = clip.layout[b.id];
          const w = a.type === 'subnet' ? (boxA?.w ?? 0) : RESOURCE_SIZE.w;
          const wb = b.type === 'subnet' ? (boxB?.w ?? 0) : RESOURCE_SIZE.w;
          const ax = (boxA?.x ?? 0) + offset.x;
          const ay = (boxA?.y ?? 0) + offset.y;
          return (
            ax < (boxB?.x ?? 0) + wb &&
            (boxB?.x ?? 0) < ax + w &&
            Math.abs(ay - (boxB?.y ?? 0)) < RESOURCE_SIZE.h
          );
        }),
      );
    };
    expect(pasteOffset(copyItems(design, ['app1'])!, 1)).toEqual({ x: RESOURCE_SIZE.w + GRID, y: 0 });
    expect(overlapsOriginal(['app1'], 1)).toBe(false);
    expect(overlapsOriginal(['pub'], 1)).toBe(false);
    expect(overlapsOriginal(['pub', 'priv'], 1)).toBe(false);
    // The second paste of the same clip goes one more step, clear of the first copy.
    expect(pasteOffset(copyItems(design, ['pub'])!, 2)).toEqual({ x: 2 * (300 + 16), y: 0 });
  });

  it('pastes a VPC with fresh ids and references remapped inside the copied set', () => {
    const design = twoTierDesign();
    const clip = copyItems(design, ['vpc1']);
    if (!clip) throw new Error('nothing copied');
    let roots: string[] = [];
    const pasted = produce(design, (draft) => {
      roots = pasteInto(draft, clip, { x: 32, y: 32 });
    });
    expect(roots).toEqual(['vpc2']);
    const ids = pasted.resources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The copy's subnets use the copy's route tables, which route to the copy's gateways.
    const copies = pasted.resources.filter((r) => !design.resources.some((o) => o.id === r.id));
    expect(copies).toHaveLength(9);
    const pubCopy = copies.find((r) => r.type === 'subnet' && r.props.cidr === '10.0.1.0/24') as Resource & {
      type: 'subnet';
    };
    const rtCopy = find(pasted, pubCopy.props.routeTable as string) as Resource & { type: 'route-table' };
    expect(rtCopy.id).not.toBe('rtPub');
    expect(rtCopy.parent).toBe('vpc2');
    const igwCopy = find(pasted, rtCopy.props.routes[0]?.target as string);
    expect(igwCopy).toMatchObject({ type: 'internet-gateway', parent: 'vpc2' });
    const appCopy = copies.find((r) => r.type === 'ec2-instance') as Resource & { type: 'ec2-instance' };
    const sgCopy = find(pasted, appCopy.props.securityGroups[0] as string) as Resource & {
      type: 'security-group';
    };
    expect(sgCopy.id).not.toBe('sg1');
    expect(sgCopy.props.inbound[0]?.peer).toBe(sgCopy.id);
    // Only the top-level item moves by the offset; children stay relative to their parent.
    expect(pasted.layout?.vpc2).toMatchObject({ x: 32, y: 32 });
    expect(pasted.layout?.[pubCopy.id]).toEqual(design.layout?.pub);
    // The connection to the internet is not copied: its far end was not in the selection.
    expect(pasted.connections).toHaveLength(1);
  });

  it('pastes a single instance next to the original, keeping outside references', () => {
    const design = twoTierDesign();
    const clip = copyItems(design, ['app1']);
    if (!clip) throw new Error('nothing copied');
    const pasted = produce(design, (draft) => {
      pasteInto(draft, clip, { x: 32, y: 32 });
    });
    const copy = find(pasted, 'ec21') as Resource & { type: 'ec2-instance' };
    expect(copy.parent).toBe('priv');
    expect(copy.props.securityGroups).toEqual(['sg1']);
    expect(pasted.layout?.ec21).toEqual({ x: 72, y: 92 });
  });

  it('copies connections whose both ends are copied, with remapped ends', () => {
    const design = twoTierDesign();
    const clip = copyItems(design, ['app1', 'internet']);
    if (!clip) throw new Error('nothing copied');
    const pasted = produce(design, (draft) => {
      pasteInto(draft, clip, { x: 10, y: 10 });
    });
    expect(pasted.connections).toHaveLength(2);
    expect(pasted.connections[1]).toMatchObject({
      id: 'c2',
      from: 'ec21',
      to: 'internet1',
      protocol: 'tcp',
      port: 443,
    });
  });

  it('deletes children, connections and references with the container', () => {
    const design = twoTierDesign();
    expect([...deletionSet(design, ['pub'])].sort()).toEqual(['nat1', 'pub']);
    const next = produce(design, (draft) => deleteFrom(draft, ['pub', 'priv']));
    expect(next.resources.map((r) => r.id).sort()).toEqual([
      'igw1',
      'internet',
      'rtPriv',
      'rtPub',
      'sg1',
      'vpc1',
    ]);
    expect(next.connections).toEqual([]);
    // The private table's route pointed at the deleted NAT gateway: the route goes too.
    expect((find(next, 'rtPriv') as Resource & { type: 'route-table' }).props.routes).toEqual([]);
    expect(next.layout?.nat1).toBeUndefined();
  });

  it('clears a subnet reference to a deleted route table', () => {
    const next = produce(twoTierDesign(), (draft) => deleteFrom(draft, ['rtPub']));
    expect((find(next, 'pub') as Resource & { type: 'subnet' }).props.routeTable).toBeUndefined();
  });

  it('re-parents keeping the absolute position', () => {
    const next = produce(twoTierDesign(), (draft) => reparentTo(draft, 'app1', 'pub', { x: 440, y: 120 }));
    expect(find(next, 'app1').parent).toBe('pub');
    expect(next.layout?.app1).toEqual({ x: 420, y: 60 });
  });

  it('deletes and duplicates as undoable operations, selecting the copies', () => {
    const editor = new TestEditor(twoTierDesign());
    const copies = editor.ok(duplicate, { ids: ['app1'] });
    expect(copies).toEqual(['ec21']);
    expect(editor.undoLabel()).toBe('Duplicate');
    editor.ok(deleteItems, { ids: ['pub'] });
    expect(editor.design.resources.some((r) => r.id === 'nat1')).toBe(false);
    editor.undo();
    expect(editor.resource('nat1').parent).toBe('pub');
    editor.redo();
    expect(editor.design.resources.some((r) => r.id === 'pub')).toBe(false);
  });

  it('copies replica boxes with a spread resource and re-points them at the copies', () => {
    const design = twoTierDesign();
    design.resources.push({
      id: 'lb',
      type: 'alb',
      parent: 'pub',
      props: { scheme: 'internal', subnets: ['pub', 'priv'], securityGroups: [], listeners: [] },
    });
    design.layout = { ...design.layout, lb: { x: 150, y: 60 }, 'lb@priv': { x: 150, y: 60 } };
    const editor = new TestEditor(design);
    const [vpcCopy] = editor.ok(duplicate, { ids: ['vpc1'] });
    const lbCopy = editor.design.resources.find((r) => r.type === 'alb' && r.id !== 'lb')!;
    const subnets = (lbCopy.props as { subnets: string[] }).subnets;
    expect(subnets).not.toContain('pub');
    expect(editor.resource(subnets[0]!).parent).toBe(vpcCopy);
    expect(editor.box(`${lbCopy.id}@${subnets[1]}`)).toEqual({ x: 150, y: 60 });
  });
});
