import { describe, expect, it } from 'vitest';
import { defaultConnection } from '../../renderer/canvas/connect';
import { placeAt, placeSomewhere, refusalMessage } from '../../renderer/canvas/placement';
import { translator } from '../../shared/i18n/index';
import type { Resource } from '../../shared/model/types';
import { twoTierDesign } from './fixtures';

describe('placing dropped resources', () => {
  it('puts a drop in the innermost container under the point, relative to it', () => {
    const placement = placeAt(twoTierDesign(), 'nat-gateway', { x: 200, y: 200 });
    expect(placement).toEqual({ ok: true, parent: 'pub', box: { x: 128, y: 96 } });
  });

  it('refuses what the catalog forbids, naming where it may go', () => {
    const outside = placeAt(twoTierDesign(), 'nat-gateway', { x: 2000, y: 2000 });
    expect(outside).toEqual({ ok: false, type: 'nat-gateway', parentType: undefined });
    const t = translator('en');
    expect(refusalMessage(t, 'nat-gateway', undefined)).toBe(
      'NAT gateway cannot be placed on the canvas itself. Put it in: Subnet.',
    );
    expect(placeAt(twoTierDesign(), 'subnet', { x: 100, y: 150 })).toMatchObject({
      ok: false,
      parentType: 'subnet',
    });
    expect(refusalMessage(translator('ko'), 'subnet', 'subnet')).toContain('서브넷');
  });

  it('adds by keyboard into the selected container when allowed, else the first that allows it', () => {
    const design = twoTierDesign();
    expect(placeSomewhere(design, 'ec2-instance', ['priv'], { x: 0, y: 0 })).toMatchObject({
      ok: true,
      parent: 'priv',
    });
    expect(placeSomewhere(design, 'ec2-instance', ['nat1'], { x: 0, y: 0 })).toMatchObject({
      ok: true,
      parent: 'pub',
    });
    expect(placeSomewhere(design, 'subnet', [], { x: 0, y: 0 })).toMatchObject({ ok: true, parent: 'vpc1' });
    expect(placeSomewhere(design, 's3-bucket', ['priv'], { x: 500, y: 500 })).toMatchObject({
      ok: true,
      parent: undefined,
    });
    const empty = { ...design, resources: [], layout: {} };
    expect(placeSomewhere(empty, 'subnet', [], { x: 0, y: 0 })).toMatchObject({ ok: false });
  });
});

describe('adding without a pointer', () => {
  it('puts a load balancer added to a VPC in a free band, not on top of a subnet', () => {
    const design = twoTierDesign();
    const placement = placeSomewhere(design, 'alb', ['vpc1'], { x: 0, y: 0 });
    if (!placement.ok) throw new Error('refused');
    expect(placement.parent).toBe('vpc1');
    const { x, y } = placement.box;
    for (const child of design.resources.filter((r) => r.parent === 'vpc1')) {
      const box = design.layout?.[child.id] ?? { x: 0, y: 0 };
      const w = box.w ?? 96;
      const h = box.h ?? 88;
      const clear = x + 96 <= box.x || box.x + w <= x || y + 88 <= box.y || box.y + h <= y;
      expect(clear, `overlaps ${child.id}`).toBe(true);
    }
    expect(placement.box).toEqual({ x: 24, y: 280 });
  });
});

describe('new connections', () => {
  const r = (id: string, type: Resource['type'], props: Record<string, unknown> = {}) =>
    ({ id, type, props }) as Resource;

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

  it('defaults network traffic to HTTPS, or the database port', () => {
    expect(defaultConnection(r('a', 'ec2-instance'), r('i', 'internet'))).toEqual({
      from: 'a',
      to: 'i',
      protocol: 'tcp',
      port: 443,
    });
    expect(
      defaultConnection(r('a', 'ec2-instance'), r('db', 'rds-instance', { engine: 'postgres' })),
    ).toMatchObject({ port: 5432 });
    expect(defaultConnection(r('a', 'ec2-instance'), r('db', 'rds-instance'))).toMatchObject({ port: 3306 });
  });
});
