import { describe, expect, it } from 'vitest';
import { addResource } from '../../../shared/edit/index';
import type { Design } from '../../../shared/model/types';
import { TestEditor } from './harness';

function vpcWith(extra: Design['resources'] = []): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'Empty VPC',
    region: 'us-east-1',
    resources: [{ id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } }, ...extra],
    connections: [],
    layout: { vpc1: { x: 0, y: 0, w: 2000, h: 2000 } },
  };
}

const addSubnet = (editor: TestEditor, locale?: 'en' | 'ko') =>
  editor.ok(addResource, { type: 'subnet', selection: ['vpc1'], locale });

describe('default names follow the language of the person adding', () => {
  it('names a subnet made in Korean "서브넷 A", then "서브넷 B", "서브넷 A 2"', () => {
    const editor = new TestEditor(vpcWith());
    const ids = [addSubnet(editor, 'ko'), addSubnet(editor, 'ko'), addSubnet(editor, 'ko')];
    expect(ids.map((id) => editor.resource(id).name)).toEqual(['서브넷 A', '서브넷 B', '서브넷 A 2']);
  });

  it('names a subnet that starts public "퍼블릭 A" in Korean', () => {
    const editor = new TestEditor(
      vpcWith([
        { id: 'igw1', type: 'internet-gateway', parent: 'vpc1', props: {} },
        {
          id: 'rt1',
          type: 'route-table',
          parent: 'vpc1',
          props: { main: true, routes: [{ destination: '0.0.0.0/0', target: 'igw1' }] },
        },
      ]),
    );
    expect(editor.resource(addSubnet(editor, 'ko')).name).toBe('퍼블릭 A');
  });

  it('stays English when no language is given (scripts, templates, old callers)', () => {
    const editor = new TestEditor(vpcWith());
    expect(editor.resource(addSubnet(editor)).name).toBe('Subnet A');
    expect(editor.resource(addSubnet(editor, 'en')).name).toBe('Subnet B');
  });

  it('gives other new resources no stored name, so none is left in English', () => {
    // Route tables, security groups and the rest show their id until renamed; only the subnet
    // gets a stored default name, which is why only it needs the language.
    const editor = new TestEditor(vpcWith());
    const subnet = addSubnet(editor, 'ko');
    for (const type of ['route-table', 'security-group', 'network-acl', 'internet-gateway'] as const) {
      const id = editor.ok(addResource, { type, selection: ['vpc1'], locale: 'ko' });
      expect(editor.resource(id).name, type).toBeUndefined();
    }
    const ec2 = editor.ok(addResource, { type: 'ec2-instance', selection: [subnet], locale: 'ko' });
    expect(editor.resource(ec2).name).toBeUndefined();
  });
});
