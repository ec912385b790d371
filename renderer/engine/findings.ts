/**
 * Findings of a design, computed once per document content (memo.ts) and shared by every
 * caller: the Problems panel, the inspector, the canvas badges and the review export.
 */
import { runRules } from '../../shared/rules/index';
import type { Finding, Severity } from '../../shared/rules/index';
import type { Design } from '../../shared/model/types';
import { memoOnContent } from './memo';

export interface ResourceFindings {
  errors: number;
  warnings: number;
  infos: number;
  worst: Severity;
}

interface Derived {
  findings: Finding[];
  byResource: Map<string, ResourceFindings>;
}

const derive = memoOnContent((design: Design): Derived => {
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
  return { findings, byResource };
});

export function findingsOf(design: Design): Finding[] {
  return derive(design).findings;
}

/** Counts per resource or connection id, for badges. */
export function findingsByResource(design: Design): Map<string, ResourceFindings> {
  return derive(design).byResource;
}
