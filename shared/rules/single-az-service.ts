/**
 * An Availability Zone can fail as a whole. A service whose every copy sits in one zone stops
 * with it: ECS tasks or a VPC Lambda in subnets of one AZ, or a database without Multi-AZ.
 * Load balancers are left to alb-multi-az, where AWS makes two zones mandatory.
 */
import type { Resource } from '../model/types';
import type { Rule } from './types';
import type { DesignIndex } from './utils/design-index';
import { designIndex } from './utils/design-index';

/** The one AZ all the resource's subnets are in, or undefined (none, or several). */
function onlyZone(resource: Resource, index: DesignIndex): string | undefined {
  const subnets = index.subnetsOf(resource);
  const az = subnets[0]?.props.az;
  return subnets.every((subnet) => subnet.props.az === az) ? az : undefined;
}

const rule: Rule = {
  meta: {
    id: 'single-az-service',
    severity: 'warning',
    category: 'availability',
    docs: { description: 'rules.single-az-service.description' },
    messages: [
      'rules.single-az-service.oneZone',
      'rules.single-az-service.oneZoneFix',
      'rules.single-az-service.database',
      'rules.single-az-service.databaseFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const services: Resource[] = [...index.ofType('ecs-service'), ...index.ofType('lambda-function')];
    for (const service of services) {
      // Its subnets (and so its zones) are in its trace scope.
      if (ctx.reuse?.(service.id)) continue;
      if (service.type === 'ecs-service' && (index.prop(service, 'desiredCount') ?? 0) === 0) continue;
      const az = onlyZone(service, index);
      if (az === undefined) continue;
      ctx.report({
        resources: [service.id],
        message: 'rules.single-az-service.oneZone',
        params: { service: index.label(service.id), az },
        nested: { type: { key: `type.${service.type}` } },
        fix: 'rules.single-az-service.oneZoneFix',
      });
    }
    for (const db of index.ofType('rds-instance')) {
      if (ctx.reuse?.(db.id)) continue;
      if (index.prop(db, 'multiAz') === true) continue;
      ctx.report({
        resources: [db.id],
        message: 'rules.single-az-service.database',
        params: { db: index.label(db.id) },
        fix: 'rules.single-az-service.databaseFix',
      });
    }
  },
};

export default rule;
