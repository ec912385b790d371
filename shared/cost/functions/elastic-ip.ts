/** Elastic IP: billed per hour as a public IPv4 address, in use or idle (same price since 2024). */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import type { CostLine } from '../types';

/** The resource this address is attached to: its own attachedTo, or an EC2/NAT naming it. */
export function attachmentOf(eip: ResourceOf<'elastic-ip'>, ctx: PricingContext): string | undefined {
  return ctx.elasticIpLinks().get(eip.id);
}

export function priceElasticIp(resource: ResourceOf<'elastic-ip'>, ctx: PricingContext): CostLine[] {
  const hours = ctx.hours;
  const target = attachmentOf(resource, ctx);
  if (target === undefined) {
    return [
      ctx.line(
        {
          id: 'ipv4',
          description: 'cost.line.eip.idle',
          params: { hours },
          quantity: hours,
          unit: 'cost.unit.ipHour',
        },
        'ipv4.idleHour',
      ),
    ];
  }
  const onNat = ctx.byId.get(target)?.type === 'nat-gateway';
  return [
    ctx.line(
      {
        id: 'ipv4',
        description: 'cost.line.eip.attached',
        params: { hours, target },
        quantity: hours,
        unit: 'cost.unit.ipHour',
        ...(onNat ? { note: { key: 'cost.note.natIpv4OpenQuestion' as const } } : {}),
      },
      'ipv4.inUseHour',
    ),
  ];
}
