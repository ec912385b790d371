import { describe, expect, it } from 'vitest';
import { addGroupOnto, chipDropPlan, commitChipDrop, describePlan } from '../../../renderer/canvas/chipDrop';
import type { ChipDrag } from '../../../renderer/canvas/chipDrop';
import { createEditorStore } from '../../../renderer/store/editorStore';
import { addResource } from '../../../shared/edit/index';
import type { Design } from '../../../shared/model/types';
import { healthyVpc, subnet, withAdded, withNacl } from '../../fixtures/designs';

const table: ChipDrag = { chip: 'rtPublic', kind: 'route-table', owner: 'pubA' };
const group: ChipDrag = { chip: 'sgAlb', kind: 'security-group', owner: 'alb1' };

function props(design: Design, id: string): Record<string, unknown> {
  return design.resources.find((r) => r.id === id)?.props as Record<string, unknown>;
}

/** healthyVpc() plus a second VPC with a subnet and an instance in it. */
function twoVpcs(): Design {
  return withAdded(
    healthyVpc(),
    { id: 'vpc2', type: 'vpc', props: { cidr: '10.1.0.0/16' } },
    subnet('otherA', 'vpc2', '10.1.0.0/24', 'a'),
    { id: 'other', type: 'ec2-instance', parent: 'otherA', props: { securityGroups: [] } },
  );
}

describe('which shape a dropped chip lands on', () => {
  it('a table chip over a resource in a subnet means that subnet', () => {
    expect(chipDropPlan(healthyVpc(), table, ['worker', 'privA', 'vpc1'])).toEqual({
      op: 'associate',
      from: 'rtPublic',
      to: 'privA',
    });
  });

  it('a security group chip means the topmost resource, never a container', () => {
    expect(chipDropPlan(healthyVpc(), group, ['db', 'dataA', 'vpc1'])).toEqual({
      op: 'associate',
      from: 'sgAlb',
      to: 'db',
    });
    expect(chipDropPlan(healthyVpc(), group, ['dataA', 'vpc1'])).toBeUndefined();
  });

  it('a drop on the empty canvas or back on its own shape does nothing', () => {
    expect(chipDropPlan(healthyVpc(), table, [])).toBeUndefined();
    expect(chipDropPlan(healthyVpc(), table, ['bastion', 'pubA', 'vpc1'])).toBeUndefined();
    expect(chipDropPlan(healthyVpc(), group, ['alb1', 'pubA'])).toBeUndefined();
    expect(chipDropPlan(healthyVpc(), group, ['missing'])).toBeUndefined();
  });
});

describe('a route table chip over a gateway', () => {
  it('means a route to the topmost gateway, even inside a subnet', () => {
    expect(chipDropPlan(healthyVpc(), table, ['natB', 'pubB', 'vpc1'])).toEqual({
      op: 'route',
      table: 'rtPublic',
      gateway: 'natB',
    });
    expect(chipDropPlan(healthyVpc(), table, ['igw1', 'vpc1'])).toEqual({
      op: 'route',
      table: 'rtPublic',
      gateway: 'igw1',
    });
    // A network ACL has no routes: over a NAT it still means the subnet around it.
    const acl: ChipDrag = { chip: 'acl', kind: 'network-acl', owner: 'pubA' };
    expect(chipDropPlan(healthyVpc(), acl, ['natB', 'pubB', 'vpc1'])).toEqual({
      op: 'associate',
      from: 'acl',
      to: 'pubB',
    });
  });

  it('describes what letting go does, or why not, before the drop', () => {
    const design = healthyVpc();
    const rtPrivA: ChipDrag = { chip: 'rtPrivA', kind: 'route-table', owner: 'privA' };
    const replace = describePlan(design, chipDropPlan(design, rtPrivA, ['igw1', 'vpc1'])!);
    expect(replace).toEqual({
      refused: false,
      message: {
        key: 'edit.action.replaceRoute',
        params: { destination: ['0.0.0.0/0'], target: 'igw1', previous: ['natA'] },
      },
    });
    const same = describePlan(design, chipDropPlan(design, table, ['igw1', 'vpc1'])!);
    expect(same.refused).toBe(true);
    expect(same.message.key).toBe('edit.connect.routeExists');
    const loop = describePlan(design, chipDropPlan(design, table, ['natA', 'pubA', 'vpc1'])!);
    expect(loop).toMatchObject({ refused: true, message: { key: 'edit.route.natLoop' } });
    const associate = describePlan(design, chipDropPlan(design, table, ['privA', 'vpc1'])!);
    expect(associate).toMatchObject({ refused: false, message: { key: 'edit.action.associate' } });
  });

  it('adds the route as one undo entry and never a traffic connection', () => {
    const store = createEditorStore(healthyVpc());
    const rtPrivB: ChipDrag = { chip: 'rtPrivB', kind: 'route-table', owner: 'privB' };
    const connections = store.getState().design.connections;
    expect(commitChipDrop(store, rtPrivB, ['natA', 'pubA', 'vpc1'])).toBeUndefined();
    expect(props(store.getState().design, 'rtPrivB').routes).toEqual([
      { destination: '0.0.0.0/0', target: 'natA' },
    ]);
    expect(store.getState().design.connections).toBe(connections);
    store.undo();
    expect(props(store.getState().design, 'rtPrivB').routes).toEqual([
      { destination: '0.0.0.0/0', target: 'natB' },
    ]);
    expect(store.getState().canUndo).toBe(false);
    expect(commitChipDrop(store, table, ['igw1', 'vpc1'])?.key).toBe('edit.connect.routeExists');
  });
});

describe('dropping a chip is one editor operation', () => {
  it('associates the subnet with the dragged route table; one undo restores its own', () => {
    const store = createEditorStore(healthyVpc());
    expect(commitChipDrop(store, table, ['privA', 'vpc1'])).toBeUndefined();
    expect(props(store.getState().design, 'privA').routeTable).toBe('rtPublic');
    store.undo();
    expect(props(store.getState().design, 'privA').routeTable).toBe('rtPrivA');
    expect(store.getState().canUndo).toBe(false);
  });

  it('associates a network ACL taken from one subnet with another', () => {
    const store = createEditorStore(withNacl(healthyVpc(), 'pubA', { inbound: [], outbound: [] }));
    const acl: ChipDrag = { chip: 'nacl-pubA', kind: 'network-acl', owner: 'pubA' };
    expect(commitChipDrop(store, acl, ['pubB'])).toBeUndefined();
    expect(props(store.getState().design, 'pubB').networkAcl).toBe('nacl-pubA');
  });

  it('attaches the dragged security group, keeping the ones already worn', () => {
    const store = createEditorStore(healthyVpc());
    expect(commitChipDrop(store, group, ['worker', 'privA', 'vpc1'])).toBeUndefined();
    expect(props(store.getState().design, 'worker').securityGroups).toEqual(['sgWorker', 'sgAlb']);
  });

  it('shows the editor refusal for another VPC, a repeat, or a resource without groups', () => {
    const store = createEditorStore(twoVpcs());
    const before = store.getState().design;
    expect(commitChipDrop(store, group, ['other', 'otherA', 'vpc2'])?.key).toBe('edit.connect.otherVpc');
    expect(commitChipDrop(store, table, ['otherA', 'vpc2'])?.key).toBe('edit.connect.otherVpc');
    expect(commitChipDrop(store, table, ['pubB', 'vpc1'])?.key).toBe('edit.connect.alreadyAssociated');
    expect(commitChipDrop(store, group, ['bucket'])?.key).toBe('edit.connect.noSecurityGroups');
    expect(store.getState().design).toBe(before);
    expect(store.getState().canUndo).toBe(false);
  });
});

describe('a security group dropped from the palette', () => {
  /** The palette's drop: addResource at a point of the worker's box (inside privA). */
  function adder(store: ReturnType<typeof createEditorStore>) {
    return () => {
      const result = store.perform(addResource, { type: 'security-group', at: { x: 300, y: 300 } });
      return result.ok ? result.value : null;
    };
  }

  it('over a resource is added and attached to it, one undo removes both', () => {
    const store = createEditorStore(healthyVpc());
    const before = store.getState().design;
    expect(addGroupOnto(store, ['worker', 'privA', 'vpc1'], adder(store))).toBeUndefined();
    const design = store.getState().design;
    const added = design.resources.filter((r) => r.type === 'security-group').length;
    expect(added).toBe(before.resources.filter((r) => r.type === 'security-group').length + 1);
    const groups = props(design, 'worker').securityGroups as string[];
    expect(groups).toHaveLength(2);
    expect(design.resources.find((r) => r.id === groups[1])?.type).toBe('security-group');
    store.undo();
    expect(store.getState().design.resources).toEqual(before.resources);
    expect(store.getState().canUndo).toBe(false);
  });

  it('over no resource is only added; over one without groups the reason is returned', () => {
    const store = createEditorStore(healthyVpc());
    expect(addGroupOnto(store, ['privA', 'vpc1'], adder(store))).toBeUndefined();
    expect(props(store.getState().design, 'worker').securityGroups).toEqual(['sgWorker']);
    expect(addGroupOnto(store, ['bucket'], adder(store))?.key).toBe('edit.connect.noSecurityGroups');
  });
});
