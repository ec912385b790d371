/**
 * A Fargate task pulls its image before it starts. From ECR that takes three services: ecr.api
 * (authentication), ecr.dkr (the registry) and S3 (the image layers); each needs a NAT gateway,
 * an endpoint, or, in a public subnet, a public IP on the task. Images from public registries
 * need the internet itself. Without a path the task stops with "CannotPullContainerError".
 */
import type { ServiceAccess } from '../network/index';
import { INTERNET_IP, networkOf } from '../network/index';
import type { NetworkModel } from '../network/index';
import type { ResourceOf } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

export const ECR_SERVICES = ['ecr.api', 'ecr.dkr', 's3'] as const;

/** Whether a task reaches something along this path (an internet gateway needs a public IP). */
function works(access: ServiceAccess['via'], publicIp: boolean): boolean {
  return access === 'internet-gateway' ? publicIp : access !== 'none';
}

/** What this subnet cannot reach of what the image source needs. */
function missingIn(
  net: NetworkModel,
  subnet: ResourceOf<'subnet'>,
  source: 'ecr' | 'public',
  publicIp: boolean,
): string[] {
  if (source === 'public') {
    const route = net.routeFor(subnet.id, { ip: INTERNET_IP });
    const target = route && net.resource(route.target);
    const out = target?.type === 'nat-gateway' || (target?.type === 'internet-gateway' && publicIp);
    return out ? [] : ['internet'];
  }
  return ECR_SERVICES.filter((service) => !works(net.serviceAccess(subnet.id, service).via, publicIp));
}

const rule: Rule = {
  meta: {
    id: 'fargate-image-pull',
    severity: 'error',
    category: 'containers',
    docs: { description: 'rules.fargate-image-pull.description' },
    messages: [
      'rules.fargate-image-pull.ecr',
      'rules.fargate-image-pull.ecrFix',
      'rules.fargate-image-pull.public',
      'rules.fargate-image-pull.publicFix',
      'rules.fargate-image-pull.noPublicIp',
      'rules.fargate-image-pull.noPublicIpFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    // Many services share few subnets: ask the network model once per subnet and situation.
    const memo = new Map<string, string[]>();
    const lackingIn = (subnet: ResourceOf<'subnet'>, source: 'ecr' | 'public', publicIp: boolean) => {
      const key = `${subnet.id}|${source}|${publicIp}`;
      let lacking = memo.get(key);
      if (!lacking) {
        lacking = missingIn(net, subnet, source, publicIp);
        memo.set(key, lacking);
      }
      return lacking;
    };
    for (const service of index.ofType('ecs-service')) {
      // A subnet's way out (its route table, NAT, gateways, endpoints) is in the service's trace scope.
      if (ctx.reuse?.(service.id)) continue;
      if (index.prop(service, 'launchType') !== 'fargate') continue;
      const source = index.prop(service, 'imageSource') ?? 'ecr';
      const publicIp = index.prop(service, 'assignPublicIp') === true;
      const blocked: string[] = [];
      const missing = new Set<string>();
      for (const subnet of index.subnetsOf(service)) {
        const lacking = lackingIn(subnet, source, publicIp);
        if (lacking.length === 0) continue;
        blocked.push(subnet.id);
        for (const name of lacking) missing.add(name);
      }
      if (blocked.length === 0) continue;
      const params = {
        service: index.label(service.id),
        subnets: blocked.map((id) => index.label(id)).join(', '),
        missing: [...missing].join(', '),
      };
      // In public subnets the internet gateway is right there: the task only lacks an address.
      const onlyAddress = !publicIp && blocked.every((id) => net.isPublicSubnet(id));
      ctx.report({
        resources: [service.id, ...blocked],
        message: onlyAddress
          ? 'rules.fargate-image-pull.noPublicIp'
          : source === 'ecr'
            ? 'rules.fargate-image-pull.ecr'
            : 'rules.fargate-image-pull.public',
        params,
        fix: onlyAddress
          ? 'rules.fargate-image-pull.noPublicIpFix'
          : source === 'ecr'
            ? 'rules.fargate-image-pull.ecrFix'
            : 'rules.fargate-image-pull.publicFix',
      });
    }
  },
};

export default rule;
