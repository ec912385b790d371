/**
 * Generates realistic designs of any size, for the benchmarks (test/bench/), the bench pages of
 * the app (renderer/bench/) and tests that need scale: N resources spread over VPCs of
 * ~100 resources each (public and private subnets in two AZs, NAT per AZ, S3 endpoint, security
 * groups, instances, ECS services, Lambdas, queues) and about as many connections as resources.
 * Deterministic: the same size always gives the same design.
 *
 * The layout holds the top-level boxes only (the VPCs and the internet), as a saved design has
 * them; what is inside a VPC is left to the app's automatic layout, which fills it in on open
 * (shared/diagram/layout.ts). The VPCs sit in a grid of wrapped rows about the shape of a
 * screen, each box as large as the app's layout of a full VPC makes it, so none overlaps its
 * neighbour and the whole design fits one view.
 */
import type { Connection, Design, LayoutBox, Resource } from './types';

/**
 * A full generated VPC as the app lays it out (two AZ columns of subnets with up to two shapes
 * a row, the internet gateway and endpoints beside them): 936 x 3424 with today's grid, plus a
 * margin. test/shared/model/generate.test.ts checks the app's layout still fits inside.
 */
export const GENERATED_VPC = { w: 960, h: 3460 } as const;
/** Space between neighbouring VPCs of the grid. */
const GAP = 120;
/** Width over height of the area the grid aims for: a 1440x900 window's canvas. */
const SCREEN_ASPECT = 1.42;

/** Columns of the VPC grid: its rows wrap so that the whole is about the shape of a screen. */
export function gridColumns(vpcs: number): number {
  const pitch = { w: GENERATED_VPC.w + GAP, h: GENERATED_VPC.h + GAP };
  return Math.max(1, Math.min(vpcs, Math.round(Math.sqrt((vpcs * SCREEN_ASPECT * pitch.h) / pitch.w))));
}

/** The boxes of `vpcs` VPCs in wrapped rows, and of the internet to the left of the first row. */
function gridLayout(vpcs: number): Record<string, LayoutBox> {
  const columns = gridColumns(vpcs);
  const layout: Record<string, LayoutBox> = { internet: { x: -GAP - 112, y: GENERATED_VPC.h / 2 - 52 } };
  for (let v = 0; v < vpcs; v++) {
    layout[`v${v}vpc`] = {
      x: (v % columns) * (GENERATED_VPC.w + GAP),
      y: Math.floor(v / columns) * (GENERATED_VPC.h + GAP),
      w: GENERATED_VPC.w,
      h: GENERATED_VPC.h,
    };
  }
  return layout;
}

export function generateDesign(resourceCount: number): Design {
  const resources: Resource[] = [{ id: 'internet', type: 'internet', props: {} }];
  const connections: Connection[] = [];
  let v = 0;
  while (resources.length < resourceCount) {
    const p = `v${v}`;
    const second = v % 250;
    const first = 10 + Math.floor(v / 250);
    const cidr = `${first}.${second}.0.0/16`;
    const base = `${first}.${second}`;
    resources.push(
      { id: `${p}vpc`, type: 'vpc', name: `VPC ${v}`, props: { cidr } },
      { id: `${p}igw`, type: 'internet-gateway', parent: `${p}vpc`, props: {} },
      {
        id: `${p}rtPub`,
        type: 'route-table',
        parent: `${p}vpc`,
        props: { routes: [{ destination: '0.0.0.0/0', target: `${p}igw` }] },
      },
      {
        id: `${p}sgWeb`,
        type: 'security-group',
        parent: `${p}vpc`,
        props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }] },
      },
      {
        id: `${p}sgApp`,
        type: 'security-group',
        parent: `${p}vpc`,
        props: { inbound: [{ protocol: 'tcp', ports: '8080', peer: `${p}sgWeb` }] },
      },
      {
        id: `${p}s3`,
        type: 'vpc-endpoint',
        parent: `${p}vpc`,
        props: { service: 's3', endpointType: 'gateway', routeTables: [`${p}rtA`, `${p}rtB`] },
      },
    );
    for (const [i, az] of ['a', 'b'].entries()) {
      resources.push(
        {
          id: `${p}pub${az}`,
          type: 'subnet',
          parent: `${p}vpc`,
          props: { cidr: `${base}.${i}.0/24`, az, routeTable: `${p}rtPub` },
        },
        {
          id: `${p}priv${az}`,
          type: 'subnet',
          parent: `${p}vpc`,
          props: { cidr: `${base}.${16 + i * 16}.0/20`, az, routeTable: `${p}rt${az.toUpperCase()}` },
        },
        { id: `${p}nat${az}`, type: 'nat-gateway', parent: `${p}pub${az}`, props: {} },
        {
          id: `${p}rt${az.toUpperCase()}`,
          type: 'route-table',
          parent: `${p}vpc`,
          props: { routes: [{ destination: '0.0.0.0/0', target: `${p}nat${az}` }] },
        },
      );
    }
    resources.push({
      id: `${p}alb`,
      type: 'alb',
      parent: `${p}vpc`,
      props: {
        scheme: 'internet-facing',
        subnets: [`${p}puba`, `${p}pubb`],
        securityGroups: [`${p}sgWeb`],
        listeners: [{ port: 443, protocol: 'HTTPS' }],
      },
    });
    connections.push({ id: `${p}cIn`, from: 'internet', to: `${p}alb`, protocol: 'tcp', port: 443 });
    // Fill the VPC with workloads, alternating AZs and kinds, each wired to the ALB or outwards.
    for (let n = 0; n < 82 && resources.length < resourceCount; n++) {
      const az = n % 2 === 0 ? 'a' : 'b';
      const id = `${p}w${n}`;
      if (n % 3 === 0) {
        resources.push({
          id,
          type: 'ecs-service',
          parent: `${p}priv${az}`,
          props: { securityGroups: [`${p}sgApp`], containerPort: 8080 },
        });
        connections.push({ id: `${p}c${n}`, from: `${p}alb`, to: id, protocol: 'tcp', port: 8080 });
      } else if (n % 3 === 1) {
        resources.push({
          id,
          type: 'ec2-instance',
          parent: `${p}priv${az}`,
          props: { securityGroups: [`${p}sgApp`] },
        });
        connections.push({ id: `${p}c${n}`, from: id, to: 'internet', protocol: 'tcp', port: 443 });
      } else {
        resources.push({
          id,
          type: 'lambda-function',
          // In its subnet, as the app saves a VPC Lambda (at the VPC level the automatic layout
          // would stack all of them in one column beside the subnets).
          parent: `${p}priv${az}`,
          props: { subnets: [`${p}priv${az}`], securityGroups: [`${p}sgApp`] },
        });
        connections.push({ id: `${p}c${n}`, from: id, to: `${p}alb`, protocol: 'tcp', port: 443 });
      }
    }
    v++;
  }
  resources.length = Math.min(resources.length, resourceCount);
  const ids = new Set(resources.map((r) => r.id));
  return {
    format: 'skyplan',
    version: 1,
    name: `Generated ${resourceCount}`,
    region: 'us-east-1',
    resources,
    connections: connections.filter((c) => ids.has(c.from) && ids.has(c.to)),
    layout: Object.fromEntries(Object.entries(gridLayout(v)).filter(([id]) => ids.has(id))),
  };
}
