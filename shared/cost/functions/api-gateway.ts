/**
 * API Gateway, priced by API type: HTTP and REST APIs per million requests (tiered), WebSocket
 * APIs per million messages (connection minutes are not a design prop (docs/file-format.md) and are not priced;
 * the line says so). Its free tier is a 12-month one, so freeTier does not apply here.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { grouped } from '../money';
import type { CostLine } from '../types';

export function priceApiGateway(resource: ResourceOf<'api-gateway'>, ctx: PricingContext): CostLine[] {
  const requests = ctx.number(resource, 'requestsPerMonth');
  const apiType = resource.props.apiType;
  if (apiType === 'websocket') {
    return ctx.tiered(
      {
        id: 'messages',
        description: 'cost.line.apigw.websocket',
        params: { requests: grouped(requests) },
        quantity: requests / 1e6,
        unit: 'cost.unit.millionMessages',
        note: { key: 'cost.note.websocketMinutes' },
      },
      'apigw.websocket.messagesMillion',
    );
  }
  return ctx.tiered(
    {
      id: 'requests',
      description: apiType === 'rest' ? 'cost.line.apigw.rest' : 'cost.line.apigw.http',
      params: { requests: grouped(requests) },
      quantity: requests / 1e6,
      unit: 'cost.unit.millionRequests',
    },
    apiType === 'rest' ? 'apigw.rest.requestsMillion' : 'apigw.http.requestsMillion',
  );
}
