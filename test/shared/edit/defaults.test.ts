import { describe, expect, it } from 'vitest';
import { addResource, nextFreeCidr, nextZone, zoneLetters } from '../../../shared/edit/index';
import type { Design } from '../../../shared/model/types';
import { TestEditor } from './harness';
import { twoTierDesign } from './designs';

function emptyVpc(region = 'us-east-1', cidr = '10.0.0.0/16'): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'Empty VPC',
    region,
    resources: [{ id: 'vpc1', type: 'vpc', props: { cidr } }],
    connections: [],
    layout: { vpc1: { x: 0, y: 0, w: 2000, h: 2000 } },
  };
}

function addSubnets(editor: TestEditor, count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(editor.ok(addResource, { type: 'subnet', selection: ['vpc1'] }));
  }
  return ids;
}

describe('new subnet defaults', () => {
  it('takes the next free CIDR inside the VPC, never one a sibling uses', () => {
    const design = twoTierDesign();
    // pub is 10.0.1.0/24 and priv 10.0.2.0/24: the first free /24 is 10.0.0.0/24, then 10.0.3.0/24.
    expect(nextFreeCidr(design, 'vpc1')).toBe('10.0.0.0/24');
    const editor = new TestEditor(design);
    const [first, second] = addSubnets(editor, 2);
    expect(editor.props(first!).cidr).toBe('10.0.0.0/24');
    expect(editor.props(second!).cidr).toBe('10.0.3.0/24');
  });

  it('cuts a small VPC in quarters and says when it is full', () => {
    const editor = new TestEditor(emptyVpc('us-east-1', '10.1.0.0/24'));
    const ids = addSubnets(editor, 4);
    expect(ids.map((id) => editor.props(id).cidr)).toEqual([
      '10.1.0.0/26',
      '10.1.0.64/26',
      '10.1.0.128/26',
      '10.1.0.192/26',
    ]);
    expect(nextFreeCidr(editor.design, 'vpc1')).toBeUndefined();
  });

  it('alternates AZs a and b, and names each subnet after its AZ', () => {
    const editor = new TestEditor(emptyVpc());
    const ids = addSubnets(editor, 4);
    expect(ids.map((id) => editor.props(id).az)).toEqual(['a', 'b', 'a', 'b']);
    expect(ids.map((id) => editor.resource(id).name)).toEqual([
      'Subnet A',
      'Subnet B',
      'Subnet A 2',
      'Subnet B 2',
    ]);
  });

  it('uses the region’s zone letters: Tokyo offers a, c and d', () => {
    expect(zoneLetters('ap-northeast-1')).toEqual(['a', 'c', 'd']);
    expect(zoneLetters('ap-northeast-2')).toEqual(['a', 'b', 'c', 'd']);
    const editor = new TestEditor(emptyVpc('ap-northeast-1'));
    const ids = addSubnets(editor, 3);
    expect(ids.map((id) => editor.props(id).az)).toEqual(['a', 'c', 'a']);
  });

  it('keeps alternating between the zones a VPC already uses', () => {
    const design = emptyVpc();
    design.resources.push(
      { id: 's1', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.0.0/24', az: 'b' } },
      { id: 's2', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.1.0/24', az: 'c' } },
      { id: 's3', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.2.0/24', az: 'b' } },
    );
    expect(nextZone(design, 'vpc1')).toBe('c');
  });

  it('names a subnet public when the VPC’s main route table reaches an internet gateway', () => {
    const design = emptyVpc();
    design.resources.push(
      { id: 'igw1', type: 'internet-gateway', parent: 'vpc1', props: {} },
      {
        id: 'rt1',
        type: 'route-table',
        parent: 'vpc1',
        props: { main: true, routes: [{ destination: '0.0.0.0/0', target: 'igw1' }] },
      },
    );
    const editor = new TestEditor(design);
    const [id] = addSubnets(editor, 1);
    expect(editor.resource(id!).name).toBe('Public A');
  });

  it('labels the undo entry with the type, translated when shown', () => {
    const editor = new TestEditor(emptyVpc());
    addSubnets(editor, 1);
    expect(editor.undoLabel()).toBe('Add Subnet');
    expect(editor.undoLabel('ko')).toBe('서브넷 추가');
  });
});
