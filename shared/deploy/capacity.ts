/**
 * Where a service's tasks can go during a deploy: one slot count per subnet it is placed in.
 *
 * Fargate (awsvpc): every task has its own network interface, so a slot is a free private IPv4
 * address. AWS keeps 5 addresses of every subnet; every other interface in the subnet takes one
 * (an interface endpoint's ENI, a NAT gateway, an instance, a database, a VPC Lambda's ENI), an
 * ALB is counted with the 8 free addresses AWS asks it to have for scaling, and other Fargate
 * services with their share of tasks, the same figures the subnet-capacity rule uses.
 *
 * EC2 launch type (bridge networking assumed): a slot is room on a container instance. A task
 * fits floor((instance MB - reserved MB) / task MB) times by memory and floor(vCPU / task vCPU)
 * times by CPU ("a 512 MB container fits twice in 1,024 MB"); a fixed host port lets only one
 * task of the service run per instance. Instances are spread evenly over the service's subnets.
 */
import { parseCidr, sizeOf } from '../network/cidr';
import { placedSubnetIds } from '../model/placement';
import type { Design, Resource, ResourceOf } from '../model/types';
import { ALB_ADDRESSES_PER_SUBNET, AWS_RESERVED_PER_SUBNET } from '../rules/subnet-capacity';
import { lookupOf } from './design-lookup';
import type { DeploySettings } from './settings';

/** vCPUs and memory (MiB) of the instance types the price tables know, and a few more. */
export const INSTANCE_SIZES: Readonly<Record<string, { vcpu: number; memoryMb: number }>> = {
  't3.micro': { vcpu: 2, memoryMb: 1024 },
  't3.small': { vcpu: 2, memoryMb: 2048 },
  't3.medium': { vcpu: 2, memoryMb: 4096 },
  't3.large': { vcpu: 2, memoryMb: 8192 },
  't4g.small': { vcpu: 2, memoryMb: 2048 },
  't4g.medium': { vcpu: 2, memoryMb: 4096 },
  'm5.large': { vcpu: 2, memoryMb: 8192 },
  'm5.xlarge': { vcpu: 4, memoryMb: 16384 },
  'm6i.large': { vcpu: 2, memoryMb: 8192 },
  'c5.large': { vcpu: 2, memoryMb: 4096 },
  'c5.xlarge': { vcpu: 4, memoryMb: 8192 },
};

export interface SubnetSlots {
  subnet: string;
  az: string;
  cidr: string;
  /** Slots for this service's tasks when none of them runs. */
  capacity: number;
  /** Fargate: usable addresses (size - 5) and those other interfaces take. */
  usable?: number;
  usedByOthers?: number;
  /** EC2: container instances in this subnet. */
  instances?: number;
}

export interface InstanceFit {
  instanceType: string;
  known: boolean;
  memoryMb: number;
  reservedMb: number;
  taskMb: number;
  byMemory: number;
  byCpu: number;
  /** Tasks of this service one instance holds (host port considered). */
  perInstance: number;
}

export interface CapacityModel {
  kind: 'addresses' | 'instances';
  subnets: SubnetSlots[];
  fit?: InstanceFit;
}

function addressesTakenBy(resource: Resource, subnetCount: number): number {
  switch (resource.type) {
    case 'alb':
      return ALB_ADDRESSES_PER_SUBNET;
    case 'vpc-endpoint':
      return resource.props.endpointType === 'interface' ? 1 : 0;
    case 'ecs-service': {
      if ((resource.props.launchType ?? 'fargate') !== 'fargate') return 0;
      return Math.ceil((resource.props.desiredCount ?? 2) / Math.max(1, subnetCount));
    }
    case 'nat-gateway':
    case 'ec2-instance':
    case 'rds-instance':
    case 'lambda-function':
      return 1;
    default:
      return 0;
  }
}

/** Addresses every resource takes, per subnet; built once per design object (designs are immutable). */
const TAKEN = new WeakMap<Design, Map<string, number>>();

function addressesTaken(design: Design): Map<string, number> {
  const cached = TAKEN.get(design);
  if (cached) return cached;
  const { byId } = lookupOf(design);
  const taken = new Map<string, number>();
  for (const resource of design.resources) {
    const placed = placedSubnetIds(resource, resource.parent ? byId.get(resource.parent)?.type : undefined);
    const each = addressesTakenBy(resource, placed.length);
    if (each > 0) for (const id of placed) taken.set(id, (taken.get(id) ?? 0) + each);
  }
  TAKEN.set(design, taken);
  return taken;
}

export function instanceFit(settings: DeploySettings): InstanceFit {
  const size = INSTANCE_SIZES[settings.instanceType];
  const taskMb = Math.round(settings.memoryGb * 1024);
  const memoryMb = size?.memoryMb ?? 0;
  const byMemory = size ? Math.floor(Math.max(0, memoryMb - settings.reservedMemoryMb) / taskMb) : 0;
  const byCpu = size ? Math.floor((size.vcpu * 1024) / Math.max(1, Math.round(settings.cpu * 1024))) : 0;
  const byResources = Math.min(byMemory, byCpu);
  return {
    instanceType: settings.instanceType,
    known: size !== undefined,
    memoryMb,
    reservedMb: settings.reservedMemoryMb,
    taskMb,
    byMemory,
    byCpu,
    perInstance: settings.hostPort > 0 ? Math.min(1, byResources) : byResources,
  };
}

export function capacityOf(
  design: Design,
  service: ResourceOf<'ecs-service'>,
  settings: DeploySettings,
): CapacityModel {
  const { byId } = lookupOf(design);
  const parentType = (r: Resource) => (r.parent ? byId.get(r.parent)?.type : undefined);
  const subnets = placedSubnetIds(service, parentType(service))
    .map((id) => byId.get(id))
    .filter((r): r is ResourceOf<'subnet'> => r?.type === 'subnet');
  if (settings.launchType === 'ec2') {
    const fit = instanceFit(settings);
    const count = settings.instanceCount;
    return {
      kind: 'instances',
      fit,
      subnets: subnets.map((subnet, i) => {
        // Instances are spread round-robin: the first subnets get the remainder.
        const instances = Math.floor(count / subnets.length) + (i < count % subnets.length ? 1 : 0);
        return {
          subnet: subnet.id,
          az: subnet.props.az,
          cidr: subnet.props.cidr,
          capacity: instances * fit.perInstance,
          instances,
        };
      }),
    };
  }
  const taken = addressesTaken(design);
  // The service's own running tasks are simulated, not counted as taken.
  const inDesign = byId.get(service.id) ?? service;
  const own = placedSubnetIds(inDesign, parentType(inDesign));
  const ownEach = addressesTakenBy(inDesign, own.length);
  return {
    kind: 'addresses',
    subnets: subnets.map((subnet) => {
      const cidr = parseCidr(subnet.props.cidr);
      const usable = cidr ? Math.max(0, sizeOf(cidr) - AWS_RESERVED_PER_SUBNET) : 0;
      const usedByOthers = (taken.get(subnet.id) ?? 0) - (own.includes(subnet.id) ? ownEach : 0);
      return {
        subnet: subnet.id,
        az: subnet.props.az,
        cidr: subnet.props.cidr,
        capacity: Math.max(0, usable - usedByOthers),
        usable,
        usedByOthers,
      };
    }),
  };
}
