/**
 * Service auto scaling as a cost range. The monthly total prices the service at its desired
 * count; with `autoScalingMax` set the real figure lies anywhere between the scaling minimum and
 * maximum, depending on load the design does not describe. So the item gets one $0 line that
 * names the range and its assumption (all month at min, all month at max) instead of guessing a
 * load curve. Both ends are priced by the same Fargate function as the service itself, so they
 * follow the CPU architecture, ephemeral storage and public IPv4 lines. On the EC2 launch type
 * the tasks run on instances already billed as EC2: no range.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { sumCents } from '../money';
import type { CostLine } from '../types';
import { priceEcsService } from './ecs-service';

/** The service's Fargate lines with `count` tasks running all month, added up. */
function monthlyAt(resource: ResourceOf<'ecs-service'>, ctx: PricingContext, count: number): number {
  const atCount = { ...resource, props: { ...resource.props, desiredCount: count } };
  return sumCents(priceEcsService(atCount, ctx).map((line) => line.monthly));
}

export function priceScalingRange(resource: ResourceOf<'ecs-service'>, ctx: PricingContext): CostLine[] {
  const max = resource.props.autoScalingMax;
  if (max === undefined || ctx.usage(resource, 'launchType') === 'ec2') return [];
  const desired = ctx.number(resource, 'desiredCount');
  const min = Math.min(max, resource.props.autoScalingMin ?? desired);
  const low = monthlyAt(resource, ctx, min);
  const high = monthlyAt(resource, ctx, max);
  return [
    ctx.zero({
      id: 'scaling.range',
      description: 'cost.line.ecs.scalingRange',
      params: {
        min,
        max,
        low: low.toFixed(2),
        high: high.toFixed(2),
        metric: resource.props.scalingMetric ?? 'cpu',
        target: resource.props.scalingTargetValue ?? 70,
      },
      quantity: max,
      unit: 'cost.unit.tasksAtMax',
      note: { key: 'cost.note.ecs.scalingRange', params: { desired } },
    }),
  ];
}
