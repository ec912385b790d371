/**
 * VPC endpoints. Gateway endpoints (S3, DynamoDB) are free. Interface endpoints are billed per
 * hour in each AZ where they have a network interface (one per subnet, one subnet per AZ), plus
 * per GB processed, tiered over the Region's monthly total.
 */
import { isKnownEndpointService } from '../../catalog/index';
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { azsOf } from '../placement';
import type { CostLine } from '../types';

export function priceVpcEndpoint(resource: ResourceOf<'vpc-endpoint'>, ctx: PricingContext): CostLine[] {
  if (resource.props.endpointType === 'gateway') {
    return [
      ctx.free(
        {
          id: 'free',
          description: 'cost.line.free.gateway-endpoint',
          params: { service: resource.props.service },
          quantity: 1,
          unit: 'cost.unit.resource',
        },
        'free.gateway-endpoint',
      ),
    ];
  }
  const azs = azsOf(resource, ctx.byId).length;
  const hours = ctx.hours;
  const gb = ctx.number(resource, 'dataProcessedGbPerMonth');
  const hourLine = ctx.line(
    {
      id: 'hours',
      description: 'cost.line.vpce.hours',
      params: { service: resource.props.service, azs, hours },
      quantity: azs * hours,
      unit: 'cost.unit.azHour',
    },
    'vpce.interface.azHour',
  );
  // AWS bills every AWS service's interface endpoint at one rate; a name Skyplan does not know
  // (a new service, or a partner's) is priced at that rate and flagged as an estimate.
  if (!isKnownEndpointService(resource.props.service)) {
    hourLine.estimate = true;
    hourLine.note = { key: 'cost.note.vpce.unknownService', params: { service: resource.props.service } };
  }
  return [
    hourLine,
    ...ctx.tiered(
      { id: 'data', description: 'cost.line.vpce.data', params: { gb }, quantity: gb, unit: 'cost.unit.gb' },
      'vpce.interface.dataGb',
    ),
  ];
}
