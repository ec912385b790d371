import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../shared/model/types';
import { designIndex } from '../../../../shared/rules/utils/design-index';
import { alb, makeDesign, fn, vpcNetwork, service } from '../../../fixtures/designs';

describe('designIndex', () => {
  it('is built once per design object and again for a new one (an immer edit)', () => {
    const first = makeDesign(vpcNetwork());
    expect(designIndex(first)).toBe(designIndex(first));
    expect(designIndex({ ...first })).not.toBe(designIndex(first));
  });

  it('places resources in their listed subnets, else their parent subnet', () => {
    const instance: Resource = {
      id: 'i1',
      type: 'ec2-instance',
      parent: 'privA',
      props: { securityGroups: [] },
    };
    const index = designIndex(
      makeDesign([...vpcNetwork(), alb(), service({ subnets: [] }), instance, fn('f')]),
    );
    const ids = (id: string) => index.subnetsOf(index.get(id) as Resource).map((s) => s.id);
    expect(ids('alb1')).toEqual(['pubA', 'pubB']);
    expect(ids('i1')).toEqual(['privA']);
    expect(ids('web')).toEqual([]);
    expect(ids('f')).toEqual([]);
  });

  it('finds the VPC through parents or subnets, and none outside a VPC', () => {
    const index = designIndex(makeDesign([...vpcNetwork(), alb(), fn('f', { subnets: ['privB'] }), fn('g')]));
    const vpc = (id: string) => index.vpcOf(index.get(id) as Resource)?.id;
    expect([vpc('vpc1'), vpc('natA'), vpc('alb1'), vpc('f'), vpc('g')]).toEqual([
      'vpc1',
      'vpc1',
      'vpc1',
      'vpc1',
      undefined,
    ]);
  });

  it('reads catalog defaults for props the document leaves out, without changing it', () => {
    const queue: Resource = { id: 'q', type: 'sqs-queue', props: { fifo: true } };
    const index = designIndex(makeDesign([queue]));
    expect([index.prop(queue, 'fifo'), index.prop(queue, 'visibilityTimeoutSec')]).toEqual([true, 30]);
    expect(queue.props).toEqual({ fifo: true });
  });

  it('labels resources and connections by name, else by id', () => {
    const index = designIndex(
      makeDesign([...vpcNetwork(), alb()], [{ id: 'c1', from: 'internet', to: 'alb1', name: 'Users in' }]),
    );
    expect([index.label('alb1'), index.label('vpc1'), index.label('c1'), index.label('gone')]).toEqual([
      'Web ALB',
      'vpc1',
      'Users in',
      'gone',
    ]);
  });
});
