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
  'egress-only-internet-gateway',
] as const;
export type FreeType = (typeof FREE_TYPES)[number];

export function isFreeType(type: string): type is FreeType {
  return (FREE_TYPES as readonly string[]).includes(type);
}

/** Message and price keys by type, built once rather than as two template strings per resource. */
const KEYS = new Map<string, { description: MessageKey; priceKey: string }>(
  FREE_TYPES.map((type) => [
    type,
    { description: `cost.line.free.${type}` as MessageKey, priceKey: `free.${type}` },
  ]),
);

export function priceFree(resource: Resource, ctx: PricingContext): CostLine[] {
  const keys = KEYS.get(resource.type) ?? {
    description: `cost.line.free.${resource.type}` as MessageKey,
    priceKey: `free.${resource.type}`,
  };
  return [
    ctx.free(
      {
        id: 'free',
        description: keys.description,
        quantity: 1,
        unit: 'cost.unit.resource',
      },
      keys.priceKey,
    ),
  ];
}
