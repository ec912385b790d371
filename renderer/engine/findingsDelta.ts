/**
 * Findings answers written as the difference from the answer before. After an edit most
 * findings are those of the last answer: the worker's incremental runner hands back the same
 * objects for every rule and connection the edit did not touch (at 1,000 resources, ~500 of
 * ~590), and a rule that ran again mostly rebuilds findings equal to the ones it had. Sent whole,
 * every answer was ~590 findings and ~1,000 counts to copy on both sides and new objects for the
 * page's collector; as a delta it is the few findings that are new and a list of places.
 *
 * Both sides keep the last findings answer: the worker the one it sent (engine.worker.ts), the
 * page the one it received (engineClient.ts), which is the same one because a port delivers in
 * order. The page rebuilds each answer from its copy, so a finding that did not change is the
 * same object in both answers, and whatever the page keeps per finding stays valid.
 */
import type { Finding } from '../../shared/rules/index';
import type { ResourceFindings } from './findings';
import type { FindingsDelta, FindingsResult } from './protocol';

function sameCounts(a: ResourceFindings, b: ResourceFindings): boolean {
  return a.errors === b.errors && a.warnings === b.warnings && a.infos === b.infos && a.worst === b.worst;
}

/**
 * Places in `base` of the findings of `next`, by identity and then, for those the base did not
 * hand back as themselves, by content (each base finding stands for one new finding at most).
 */
function placesOf(base: readonly Finding[], next: readonly Finding[]): Int32Array {
  const byObject = new Map<Finding, number>();
  base.forEach((finding, i) => byObject.set(finding, i));
  const order = new Int32Array(next.length).fill(-1);
  const reused = new Uint8Array(base.length);
  next.forEach((finding, i) => {
    const at = byObject.get(finding);
    if (at === undefined) return;
    order[i] = at;
    reused[at] = 1;
  });
  let byContent: Map<string, number[]> | null = null;
  next.forEach((finding, i) => {
    if (order[i]! >= 0) return;
    if (!byContent) {
      byContent = new Map();
      base.forEach((old, at) => {
        if (reused[at]) return;
        const key = JSON.stringify(old);
        const places = byContent!.get(key);
        if (places) places.push(at);
        else byContent!.set(key, [at]);
      });
    }
    const at = byContent.get(JSON.stringify(finding))?.shift();
    if (at !== undefined) order[i] = at;
  });
  return order;
}

/** `next` as the difference from `base` (the answer of version `baseVersion`). */
export function findingsDelta(
  base: FindingsResult,
  baseVersion: number,
  next: FindingsResult,
): FindingsDelta {
  const order = placesOf(base.findings, next.findings);
  const added: Finding[] = [];
  next.findings.forEach((finding, i) => {
    if (order[i]! >= 0) return;
    order[i] = -1 - added.length;
    added.push(finding);
  });
  const counts: [string, ResourceFindings | null][] = [];
  next.byResource.forEach((entry, id) => {
    const old = base.byResource.get(id);
    if (!old || !sameCounts(old, entry)) counts.push([id, entry]);
  });
  base.byResource.forEach((_, id) => {
    if (!next.byResource.has(id)) counts.push([id, null]);
  });
  return { base: baseVersion, order, added, counts, publicSubnets: next.publicSubnets };
}

/** The answer `delta` describes, built on `base` (the answer of version `delta.base`). */
export function applyFindingsDelta(base: FindingsResult, delta: FindingsDelta): FindingsResult {
  // Plain loops, not Array.from or new Map(map): no iterator step per finding or per id.
  const findings = new Array<Finding>(delta.order.length);
  delta.order.forEach((at, i) => {
    const finding = at >= 0 ? base.findings[at] : delta.added[-1 - at];
    if (!finding) throw new Error(`a findings answer names finding ${at}, which its base does not have`);
    findings[i] = finding;
  });
  const byResource = new Map<string, ResourceFindings>();
  base.byResource.forEach((entry, id) => byResource.set(id, entry));
  for (const [id, entry] of delta.counts) {
    if (entry) byResource.set(id, entry);
    else byResource.delete(id);
  }
  return { findings, byResource, publicSubnets: delta.publicSubnets };
}
