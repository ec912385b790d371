/**
 * Joining VPCs. A peering connection has no hourly charge; data crossing it between AZs is
 * billed $0.01 a GB each way (out of one AZ, into the other), data to an accepter VPC in another
 * Region at the sending Region's inter-Region rate. A transit gateway bills each attachment by
 * the hour and every GB an attachment sends into it; the gateway and its route tables are free.
 * Figures, sources and dates: prices/REGION.json (tgw.*, peering.*, transfer.interRegionGb).
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import type { CostLine } from '../types';

export function priceVpcPeering(resource: ResourceOf<'vpc-peering'>, ctx: PricingContext): CostLine[] {
  const crossAz = ctx.number(resource, 'crossAzGbPerMonth');
  const interRegion = ctx.number(resource, 'interRegionGbPerMonth');
  const lines = [
    ctx.free(
      {
        id: 'connection',
        description: 'cost.line.peering.connection',
        quantity: 1,
        unit: 'cost.unit.resource',
      },
      'peering.connection',
    ),
    // Each crossing GB leaves one AZ and enters another: both sides are billed.
    ctx.line(
      {
        id: 'crossAz',
        description: 'cost.line.peering.crossAz',
        params: { gb: crossAz },
        quantity: crossAz * 2,
        unit: 'cost.unit.gb',
      },
      'peering.crossAzGb',
    ),
  ];
  if (interRegion > 0) {
    lines.push(
      ctx.line(
        {
          id: 'interRegion',
          description: 'cost.line.peering.interRegion',
          params: { gb: interRegion },
          quantity: interRegion,
          unit: 'cost.unit.gb',
        },
        'transfer.interRegionGb',
      ),
    );
  }
  return lines;
}

export function priceTransitGatewayAttachment(
  resource: ResourceOf<'transit-gateway-attachment'>,
  ctx: PricingContext,
): CostLine[] {
  const hours = ctx.hours;
  const gb = ctx.number(resource, 'dataProcessedGbPerMonth');
  return [
    ctx.line(
      {
        id: 'hours',
        description: 'cost.line.tgw.attachmentHours',
        params: { hours },
        quantity: hours,
        unit: 'cost.unit.hour',
      },
      'tgw.attachmentHour',
    ),
    ctx.line(
      { id: 'data', description: 'cost.line.tgw.data', params: { gb }, quantity: gb, unit: 'cost.unit.gb' },
      'tgw.dataGb',
    ),
  ];
}

export function priceTransitGatewayFree(
  resource: ResourceOf<'transit-gateway'> | ResourceOf<'transit-gateway-route-table'>,
  ctx: PricingContext,
): CostLine[] {
  const gateway = resource.type === 'transit-gateway';
  return [
    ctx.free(
      {
        id: 'free',
        description: gateway ? 'cost.line.tgw.gateway' : 'cost.line.tgw.routeTable',
        quantity: 1,
        unit: 'cost.unit.resource',
      },
      gateway ? 'tgw.gateway' : 'tgw.routeTable',
    ),
  ];
}
