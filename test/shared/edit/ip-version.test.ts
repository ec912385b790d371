/** Switching a connection between IPv4 and IPv6 from the inspector: one undoable edit, IPv4 written as absent. */
import { describe, expect, it } from 'vitest';
import { setConnectionField } from '../../../shared/edit/index';
import { healthyVpc } from '../../fixtures/designs';
import { TestEditor } from './harness';

describe('connection IP version', () => {
  it('writes ipVersion 6, removes it for IPv4, and undoes', () => {
    const editor = new TestEditor(healthyVpc());
    editor.ok(setConnectionField, { id: 'cOut', field: 'ipVersion', value: 6 });
    expect(editor.design.connections.find((c) => c.id === 'cOut')?.ipVersion).toBe(6);
    expect(editor.undoLabel()).toBe('Edit IP version');
    editor.ok(setConnectionField, { id: 'cOut', field: 'ipVersion', value: 4 });
    expect(editor.design.connections.find((c) => c.id === 'cOut')).not.toHaveProperty('ipVersion');
    editor.undo();
    expect(editor.design.connections.find((c) => c.id === 'cOut')?.ipVersion).toBe(6);
  });
});
