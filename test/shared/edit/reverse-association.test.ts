// The reverse of a chip drop: a subnet dragged onto a route table or network ACL chip shown on
// another subnet's header is associated with that table (shared/edit/gestures.ts subnetOntoChip,
// then `associate`), as one undoable edit.
import { describe, expect, it } from 'vitest';
import { associate, subnetOntoChip } from '../../../shared/edit/index';
import { healthyVpc, makeDesign, routeTable, subnet, vpcNetwork, withAdded } from '../../fixtures/designs';
import { TestEditor } from './harness';

describe('a subnet dropped onto a table chip', () => {
  it('is associated with that route table; undo restores its own table', () => {
    const editor = new TestEditor(healthyVpc());
    const pair = subnetOntoChip(editor.design, ['privB'], 'rtPrivA');
    expect(pair).toEqual({ from: 'privB', to: 'rtPrivA' });
    editor.ok(associate, pair!);
    expect(editor.props('privB').routeTable).toBe('rtPrivA');
    expect(editor.undoLabel()).toBe('Associate privB with rtPrivA');
    expect(editor.undoLabel('ko')).toBe('privB에 rtPrivA 연결');
    editor.undo();
    expect(editor.props('privB').routeTable).toBe('rtPrivB');
  });

  it('is associated with a network ACL the same way', () => {
    const design = withAdded(healthyVpc(), {
      id: 'acl1',
      type: 'network-acl',
      parent: 'vpc1',
      props: { inbound: [], outbound: [] },
    });
    const editor = new TestEditor(design);
    editor.ok(associate, subnetOntoChip(editor.design, ['dataA'], 'acl1')!);
    expect(editor.props('dataA').networkAcl).toBe('acl1');
  });

  it('means nothing for several shapes, a non-subnet or a security group chip', () => {
    const design = healthyVpc();
    expect(subnetOntoChip(design, ['privA', 'privB'], 'rtPublic')).toBeUndefined();
    // The AZ group React Flow drags along does not count as a second shape.
    expect(subnetOntoChip(design, ['privB', 'az:vpc1:b'], 'rtPublic')).toEqual({
      from: 'privB',
      to: 'rtPublic',
    });
    expect(subnetOntoChip(design, ['alb1'], 'rtPublic')).toBeUndefined();
    expect(subnetOntoChip(design, ['privB'], 'sgApp')).toBeUndefined();
  });

  it('is refused, with the reason, for a table it already uses or a table of another VPC', () => {
    const design = makeDesign([
      ...vpcNetwork(),
      { id: 'vpc2', type: 'vpc', props: { cidr: '10.2.0.0/16' } },
      routeTable('rt2', 'vpc2', []),
      subnet('net2', 'vpc2', '10.2.1.0/24', 'a', 'rt2'),
    ]);
    const editor = new TestEditor(design);
    expect(editor.refused(associate, subnetOntoChip(design, ['pubB'], 'rtPublic')!).text).toBe(
      'pubB already uses rtPublic.',
    );
    expect(editor.refused(associate, subnetOntoChip(design, ['net2'], 'rtPublic')!).text).toBe(
      'net2 and rtPublic are in different VPCs.',
    );
  });
});
