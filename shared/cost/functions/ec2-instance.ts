/**
 * EC2 instance (Linux, shared tenancy, on demand): instance hours, its root EBS volume, and a
 * public IPv4 address when it has one. An Elastic IP is priced on the elastic-ip resource.
 * The root volume: `rootVolumeGb` (docs/file-format.md, Usage), else 8 GB of gp3 (the usual
 * Amazon Linux default), shown as an assumption.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { KeyCache } from '../keys';
import type { CostLine } from '../types';

export const DEFAULT_ROOT_VOLUME_GB = 8;

const HOUR_KEYS = new KeyCache('ec2.', '.hour');

function hasPublicIp(resource: ResourceOf<'ec2-instance'>, ctx: PricingContext): boolean {
  if (resource.props.elasticIp) return false;
  if (typeof resource.props.publicIp === 'boolean') {
    ctx.assume(resource.id, 'publicIp', resource.props.publicIp, 'design');
    return resource.props.publicIp;
  }
  // Left out: the instance gets what its subnet's auto-assign setting gives it.
  const subnet = resource.parent ? ctx.byId.get(resource.parent) : undefined;
  const mapped = subnet?.type === 'subnet' && subnet.props.mapPublicIp === true;
  ctx.assume(resource.id, 'publicIp', mapped, 'default');
  return mapped;
}

export function priceEc2Instance(resource: ResourceOf<'ec2-instance'>, ctx: PricingContext): CostLine[] {
  const hours = ctx.hours;
  const instanceType = String(ctx.usage(resource, 'instanceType'));
  const priceKey = HOUR_KEYS.of(instanceType);
  const spec = {
    id: 'hours',
    description: 'cost.line.ec2.hours' as const,
    params: { instanceType, hours },
    quantity: hours,
    unit: 'cost.unit.hour' as const,
  };
  const lines = [
    ctx.entry(priceKey)
      ? ctx.line(spec, priceKey)
      : ctx.unpriced({
          ...spec,
          note: { key: 'cost.note.noPrice', params: { what: instanceType, region: ctx.table.region } },
        }),
  ];
  const rootGb = ctx.number(resource, 'rootVolumeGb', DEFAULT_ROOT_VOLUME_GB);
  lines.push(
    ctx.line(
      {
        id: 'ebs',
        description: 'cost.line.ec2.ebs',
        params: { gb: rootGb },
        quantity: rootGb,
        unit: 'cost.unit.gbMonth',
      },
      'ebs.gp3GbMonth',
    ),
  );
  if (hasPublicIp(resource, ctx)) {
    lines.push(
      ctx.line(
        {
          id: 'ipv4',
          description: 'cost.line.ec2.ipv4',
          params: { hours },
          quantity: hours,
          unit: 'cost.unit.ipHour',
        },
        'ipv4.inUseHour',
      ),
    );
  }
  return lines;
}
