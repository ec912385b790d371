/**
 * An internet-facing load balancer (ALB or NLB) holds one public IPv4 address in each AZ it is
 * enabled in, and AWS bills every in-use public IPv4 address by the hour
 * (https://aws.amazon.com/vpc/pricing/, "Public IPv4 Address"). Internal ones hold none.
 */
import type { MessageKey } from '../../i18n/index';
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { azsOf } from '../placement';
import type { CostLine } from '../types';

export function loadBalancerIpv4Lines(
  resource: ResourceOf<'alb'> | ResourceOf<'nlb'>,
  ctx: PricingContext,
  description: MessageKey,
): CostLine[] {
  if (resource.props.scheme !== 'internet-facing') return [];
  const azs = azsOf(resource, ctx.byId).length;
  const hours = ctx.hours;
  return [
    ctx.line(
      { id: 'ipv4', description, params: { azs, hours }, quantity: azs * hours, unit: 'cost.unit.ipHour' },
      'ipv4.inUseHour',
    ),
  ];
}
