/**
 * The Availability Zone of a new subnet. A design stores only the letter ("a"); the region
 * supplies the rest ("us-east-1a") and which letters exist (the catalog's zone table).
 */
import { zoneLettersOf } from '../catalog/index';
import type { Design } from '../model/types';

/** The zone letters of a region, in order (see shared/catalog/availability-zones.ts). */
export function zoneLetters(region: string): readonly string[] {
  return zoneLettersOf(region);
}

/**
 * The AZ for a new subnet of `vpcId`: the subnets alternate between zones, so a design grows
 * two-AZ by default. The zones in play are those the VPC already uses when it uses two or more,
 * else the region's first two; the one holding the fewest subnets wins (ties: the earlier one).
 */
export function nextZone(design: Design, vpcId: string): string {
  const letters = zoneLetters(design.region);
  const counts = new Map<string, number>();
  for (const resource of design.resources) {
    if (resource.type !== 'subnet' || resource.parent !== vpcId) continue;
    counts.set(resource.props.az, (counts.get(resource.props.az) ?? 0) + 1);
  }
  const used = letters.filter((letter) => counts.has(letter));
  const inPlay = used.length >= 2 ? used : letters.slice(0, 2);
  let best = inPlay[0] ?? 'a';
  for (const letter of inPlay) if ((counts.get(letter) ?? 0) < (counts.get(best) ?? 0)) best = letter;
  return best;
}
