/**
 * The deploy engine's settings and scaling-room lookups were made cheap enough to run for every
 * ECS service on every edit (the ecs-deploy-blocked rule): settings are read without building
 * the withDefaults object, and roomAtMax finds the service by id
 * instead of scanning the design. They must answer exactly what the old code (kept frozen in
 * settings-reference.ts) answered, on every bundled design and on generated designs whose
 * services carry every deploy setting, valid or not.
 */
import { describe, expect, it } from 'vitest';
import { planDeploy } from '../../../shared/deploy/plan';
import { roomAtMax } from '../../../shared/deploy/scaling';
import { deploySettings } from '../../../shared/deploy/settings';
import type { Design, Resource, ResourceOf } from '../../../shared/model/types';
import { generateDesign } from '../../bench/generate';
import { referenceDeploySettings, referenceRoomAtMax } from './settings-reference';
import { bundledDesigns } from '../../fixtures/bundled';

/** Values each deploy setting takes in the variants: defaults, edge cases and nonsense. */
const VALUES: Record<string, unknown[]> = {
  deploymentStrategy: ['rolling', 'blue-green', 'other', undefined],
  launchType: ['fargate', 'ec2', undefined],
  desiredCount: [0, 1, 2, 3, 7.6, -2, 40, undefined, 'many', Number.NaN],
  minimumHealthyPercent: [0, 50, 100, 150, undefined],
  maximumPercent: [100, 150, 200, 300, undefined],
  trafficShifting: ['canary', 'linear', 'all-at-once', 'sideways', undefined],
  shiftPercent: [0, 10, 50, 120, undefined],
  shiftIntervalMinutes: [0, 1, 10, undefined],
  rollbackOnFailure: [true, false, undefined],
  hostPort: [0, 80, undefined],
  containerPort: [80, 8080, undefined],
  containerInstanceType: ['t3.micro', 'm5.xlarge', 'x9.huge', 7, undefined],
  containerInstanceCount: [0, 1, 3, 2.5, undefined],
  reservedMemoryMb: [0, 256, undefined],
  cpu: [0.25, 0.5, 2, undefined],
  memoryGb: [0.5, 1, 4, undefined],
  deployStepMinutes: [0, 5, undefined],
  deploysPerMonth: [0, 30, undefined],
  autoScalingMax: [undefined, 0, 4, 12, 60],
};

/** A small deterministic generator, so a failure names a reproducible variant. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The design with every ECS service given random deploy settings (some keys left absent). */
function variant(design: Design, seed: number): Design {
  const next = random(seed);
  const pick = <T>(values: T[]): T => values[Math.floor(next() * values.length)]!;
  return {
    ...design,
    resources: design.resources.map((resource): Resource => {
      if (resource.type !== 'ecs-service') return resource;
      const props: Record<string, unknown> = { ...resource.props };
      for (const [key, values] of Object.entries(VALUES)) {
        const choice = next();
        if (choice < 0.3) delete props[key];
        else props[key] = pick(values);
      }
      return { ...resource, props } as Resource;
    }),
  };
}

const bundled = bundledDesigns();
const generated = generateDesign(400);
const designs: [string, Design][] = [
  ...bundled,
  ...bundled.map(([name, design], i): [string, Design] => [`${name} (variant ${i})`, variant(design, i + 1)]),
  ['generated 400', generated],
  ...[11, 12, 13, 14].map((seed): [string, Design] => [
    `generated 400 (variant ${seed})`,
    variant(generated, seed),
  ]),
];

const servicesOf = (design: Design) =>
  design.resources.filter((r): r is ResourceOf<'ecs-service'> => r.type === 'ecs-service');

describe('deploy settings and scaling room, fast versions', () => {
  it('cover services with every setting (the comparison is not vacuous)', () => {
    const all = designs.flatMap(([, design]) => servicesOf(design));
    expect(all.length).toBeGreaterThan(500);
    const strategies = new Set(all.map((s) => referenceDeploySettings(s).strategy));
    const launchTypes = new Set(all.map((s) => referenceDeploySettings(s).launchType));
    expect([...strategies].sort()).toEqual(['blue-green', 'rolling']);
    expect([...launchTypes].sort()).toEqual(['ec2', 'fargate']);
    const scaled = designs.flatMap(([, d]) => servicesOf(d).filter((s) => referenceRoomAtMax(d, s.id)));
    expect(scaled.length).toBeGreaterThan(50);
    const short = designs.flatMap(([, d]) =>
      servicesOf(d).filter((s) => (referenceRoomAtMax(d, s.id)?.problems.length ?? 0) > 0),
    );
    expect(short.length).toBeGreaterThan(5);
  });

  it.each(designs)('%s: deploySettings equals the withDefaults version', (_, design) => {
    for (const service of servicesOf(design)) {
      expect(deploySettings(service)).toEqual(referenceDeploySettings(service));
    }
  });

  it.each(designs)('%s: roomAtMax equals the scanning version', (_, design) => {
    for (const service of servicesOf(design)) {
      expect(roomAtMax(design, service.id)).toEqual(referenceRoomAtMax(design, service.id));
    }
  });

  it('an edited service plans with its new settings (nothing kept from the old object)', () => {
    const service = servicesOf(generated)[0]!;
    expect(deploySettings(service).desired).toBe(referenceDeploySettings(service).desired);
    const edited = { ...service, props: { ...service.props, desiredCount: 9 } };
    expect(deploySettings(edited).desired).toBe(9);
    const design = {
      ...generated,
      resources: generated.resources.map((r) => (r.id === service.id ? edited : r)),
    };
    expect(planDeploy(design, service.id).desired).toBe(9);
  });
});
