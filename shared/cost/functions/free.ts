/** Resources AWS does not charge for: a $0.00 line that says so, with the figure's source. */
import type { MessageKey } from '../../i18n/index';
import type { Resource } from '../../model/types';
import type { PricingContext } from '../context';
import type { CostLine } from '../types';

export const FREE_TYPES = [
  'vpc',
  'subnet',
  'route-table',
  'internet-gateway',
  'security-group',
  'network-acl',
] as const;
export type FreeType = (typeof FREE_TYPES)[number];

export function isFreeType(type: string): type is FreeType {
  return (FREE_TYPES as readonly string[]).includes(type);
}

export function priceFree(resource: Resource, ctx: PricingContext): CostLine[] {
  const type = resource.type as FreeType;
  return [
    ctx.free(
      {
        id: 'free',
        description: `cost.line.free.${type}` as MessageKey,
        quantity: 1,
        unit: 'cost.unit.resource',
      },
      `free.${type}`,
    ),
  ];
}
