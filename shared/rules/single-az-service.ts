/**
 * An Availability Zone can fail as a whole. A service whose every copy sits in one zone stops
 * with it: ECS tasks or a VPC Lambda in subnets of one AZ, or a database without Multi-AZ.
 * Load balancers are left to alb-multi-az, where AWS makes two zones mandatory.
 */
import type { Resource } from '../model/types';
import type { Rule } from './types';
import type { DesignIndex } from './utils/design-index';
import { designIndex } from './utils/design-index';

function zonesOf(resource: Resource, index: DesignIndex): string[] {
  return [...new Set(index.subnetsOf(resource).map((subnet) => subnet.props.az))];
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
      if (service.type === 'ecs-service' && (index.props(service).desiredCount ?? 0) === 0) continue;
      const zones = zonesOf(service, index);
      if (zones.length !== 1) continue;
      ctx.report({
        resources: [service.id],
        message: 'rules.single-az-service.oneZone',
        params: { service: index.label(service.id), az: zones[0] ?? '' },
        nested: { type: { key: `type.${service.type}` } },
        fix: 'rules.single-az-service.oneZoneFix',
      });
    }
    for (const db of index.ofType('rds-instance')) {
      if (index.props(db).multiAz === true) continue;
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
