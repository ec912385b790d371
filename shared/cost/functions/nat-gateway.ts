/**
 * NAT gateway: an hourly charge, a charge per GB processed (both directions, whatever the
 * destination), and the public IPv4 address of its Elastic IP.
 *
 * Open question (pricing-reference.md, Conflicts 3): one Price List summary says the NAT's
 * address is included in the NAT hour; AWS's 2024 policy bills every AWS-provided public IPv4
 * address, Elastic IPs included. Skyplan takes the conservative side and charges it, and the
 * line says so.
 */
import type { Resource, ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import type { CostLine } from '../types';
import { priceNatCrossAz } from './transfer';

/** The elastic-ip resource drawn for this NAT gateway, if the design has one. */
export function drawnElasticIp(nat: Resource, ctx: PricingContext): string | undefined {
  return ctx.elasticIpLinks().get(nat.id);
}

export function priceNatGateway(resource: ResourceOf<'nat-gateway'>, ctx: PricingContext): CostLine[] {
  const hours = ctx.hours;
  const gb = ctx.number(resource, 'dataProcessedGbPerMonth');
  const connectivity = ctx.usage(resource, 'connectivity');
  const lines = [
    ctx.line(
      {
        id: 'hours',
        description: 'cost.line.nat.hours',
        params: { hours },
        quantity: hours,
        unit: 'cost.unit.hour',
      },
      'nat.hour',
    ),
    ctx.line(
      { id: 'data', description: 'cost.line.nat.data', params: { gb }, quantity: gb, unit: 'cost.unit.gb' },
      'nat.dataGb',
    ),
  ];
  lines.push(...priceNatCrossAz(resource, ctx));
  if (connectivity === 'public') {
    const eip = drawnElasticIp(resource, ctx);
    if (eip === undefined) {
      lines.push(
        ctx.line(
          {
            id: 'ipv4',
            description: 'cost.line.nat.ipv4',
            params: { hours },
            quantity: hours,
            unit: 'cost.unit.ipHour',
            note: { key: 'cost.note.natIpv4OpenQuestion' },
          },
          'ipv4.inUseHour',
        ),
      );
    }
  }
  return lines;
}
