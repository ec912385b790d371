import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../../shared/model/types';
import {
  addResource,
  copyItems,
  deleteItems,
  deletionSet,
  freshId,
  pasteClip,
  pasteOffset,
  reparent,
} from '../../renderer/store/edits';
import { twoTierDesign } from './fixtures';

function find(design: Design, id: string): Resource {
  const resource = design.resources.find((r) => r.id === id);
  if (!resource) throw new Error(`no ${id}`);
  return resource;
}

describe('edits', () => {
  it('makes ids from the catalog prefix, unique across resources and connections', () => {
    const design = twoTierDesign();
    design.connections.push({ id: 'nat2', from: 'app1', to: 'internet' });
    expect(freshId(design, 'nat')).toBe('nat3');
    const added = produce(design, (draft) => {
      addResource(draft, 'subnet', 'vpc1', { x: 1, y: 2, w: 300, h: 200 });
    });
    expect(find(added, 'subnet1')).toMatchObject({
      type: 'subnet',
      parent: 'vpc1',
      props: { cidr: '10.0.1.0/24', az: 'a' },
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
          const w = a.type === 'subnet' ? (boxA?.w ?? 0) : 96;
          const wb = b.type === 'subnet' ? (boxB?.w ?? 0) : 96;
          const ax = (boxA?.x ?? 0) + offset.x;
          const ay = (boxA?.y ?? 0) + offset.y;
          return ax < (boxB?.x ?? 0) + wb && (boxB?.x ?? 0) < ax + w && Math.abs(ay - (boxB?.y ?? 0)) < 88;
        }),
      );
    };
    expect(pasteOffset(copyItems(design, ['app1'])!, 1)).toEqual({ x: 112, y: 0 });
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
      roots = pasteClip(draft, clip, { x: 32, y: 32 });
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
      pasteClip(draft, clip, { x: 32, y: 32 });
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
      pasteClip(draft, clip, { x: 10, y: 10 });
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
    const next = produce(design, (draft) => deleteItems(draft, ['pub', 'priv']));
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
    const next = produce(twoTierDesign(), (draft) => deleteItems(draft, ['rtPub']));
    expect((find(next, 'pub') as Resource & { type: 'subnet' }).props.routeTable).toBeUndefined();
  });

  it('re-parents keeping the absolute position', () => {
    const next = produce(twoTierDesign(), (draft) => reparent(draft, 'app1', 'pub', { x: 440, y: 120 }));
    expect(find(next, 'app1').parent).toBe('pub');
    expect(next.layout?.app1).toEqual({ x: 420, y: 60 });
  });
});
