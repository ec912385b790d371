/** Small designs for cost tests: only what a test is about, everything else left to defaults. */
import { computeCost } from '../../../shared/cost/index';
import type { CostItem, CostLine, CostOptions, CostReport } from '../../../shared/cost/index';
import type { Assumptions, Connection, Design, Resource } from '../../../shared/model/types';

export function design(
  resources: Resource[],
  connections: Connection[] = [],
  assumptions: Assumptions = {},
  region = 'us-east-1',
): Design {
  return { format: 'skyplan', version: 1, name: 'test', region, assumptions, resources, connections };
}

/** A VPC with one subnet per AZ letter: vpc1, subnet-a, subnet-b, ... */
export function vpcWithSubnets(azs: string[] = ['a', 'b']): Resource[] {
  return [
    { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
    ...azs.map((az, i): Resource => ({
      id: `subnet-${az}`,
      type: 'subnet',
      parent: 'vpc1',
      props: { cidr: `10.0.${i}.0/24`, az },
    })),
  ];
}

export function price(doc: Design, options?: CostOptions): CostReport {
  return computeCost(doc, options);
}

export function itemOf(report: CostReport, id: string): CostItem {
  const item = report.items.find((candidate) => candidate.resource === id);
  if (!item) throw new Error(`no item for ${id}`);
  return item;
}

export function lineOf(report: CostReport, id: string, lineId: string): CostLine {
  const line = itemOf(report, id).lines.find((candidate) => candidate.id === lineId);
  if (!line)
    throw new Error(
      `no line ${lineId} on ${id}: ${itemOf(report, id)
        .lines.map((l) => l.id)
        .join(', ')}`,
    );
  return line;
}

/** Monthly amounts of an item's lines, by line id. */
export function amounts(report: CostReport, id: string): Record<string, number> {
  return Object.fromEntries(itemOf(report, id).lines.map((line) => [line.id, line.monthly]));
}
