/**
 * Findings of a design, computed once per document content and shared by every caller.
 * The cache is keyed on the resources and connections arrays (immer keeps their identity when
 * only layout or the name changes), so dragging a node does not re-run the rules.
 */
import { runRules } from '../../shared/rules/index';
import type { Finding, Severity } from '../../shared/rules/index';
import type { Design } from '../../shared/model/types';

interface Cached {
  design: Design;
  connections: Design['connections'];
  region: string;
  assumptions: Design['assumptions'];
  findings: Finding[];
  byResource: Map<string, ResourceFindings>;
}

export interface ResourceFindings {
  errors: number;
  warnings: number;
  infos: number;
  worst: Severity;
}

const cache = new WeakMap<Design['resources'], Cached>();

function compute(design: Design): Cached {
  const hit = cache.get(design.resources);
  if (
    hit &&
    hit.connections === design.connections &&
    hit.region === design.region &&
    hit.assumptions === design.assumptions
  ) {
    return hit;
  }
  const findings = runRules(design);
  const byResource = new Map<string, ResourceFindings>();
  for (const finding of findings) {
    for (const id of finding.resources) {
      const entry = byResource.get(id) ?? { errors: 0, warnings: 0, infos: 0, worst: 'info' };
      if (finding.severity === 'error') entry.errors++;
      else if (finding.severity === 'warning') entry.warnings++;
      else entry.infos++;
      entry.worst = entry.errors > 0 ? 'error' : entry.warnings > 0 ? 'warning' : 'info';
      byResource.set(id, entry);
    }
  }
  const fresh: Cached = {
    design,
    connections: design.connections,
    region: design.region,
    assumptions: design.assumptions,
    findings,
    byResource,
  };
  cache.set(design.resources, fresh);
  return fresh;
}

export function findingsOf(design: Design): Finding[] {
  return compute(design).findings;
}

/** Counts per resource or connection id, for badges. */
export function findingsByResource(design: Design): Map<string, ResourceFindings> {
  return compute(design).byResource;
}
