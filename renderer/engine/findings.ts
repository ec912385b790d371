/**
 * Findings of a design, computed once per document content (memo.ts) and shared by every
 * caller: the Problems panel, the inspector, the canvas badges and the review export. The
 * engine worker computes the same thing off the main thread (live.ts) and primes this cache
 * with its answer, so a caller asking afterwards gets it without running the rules again.
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

export interface DerivedFindings {
  findings: Finding[];
  byResource: Map<string, ResourceFindings>;
}

/** Runs the rules and counts findings per resource/connection id (pure; the worker runs it too). */
export function deriveFindings(design: Design): DerivedFindings {
  return countFindings(runRules(design));
}

/** Counts findings per resource/connection id (the worker's incremental runner gives it findings). */
export function countFindings(findings: Finding[]): DerivedFindings {
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
}

export const derivedFindings = memoOnContent(deriveFindings);

export function findingsOf(design: Design): Finding[] {
  return derivedFindings(design).findings;
}

/** Counts per resource or connection id, for badges. */
export function findingsByResource(design: Design): Map<string, ResourceFindings> {
  return derivedFindings(design).byResource;
}
