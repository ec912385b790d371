/**
 * Messages between the page and the engine worker (engine.worker.ts). Every request carries a
 * document version; the answer echoes it, so the page can drop an answer about a document that
 * is no longer the current one (engineClient.ts).
 *
 * Findings requests after the first carry a patch (patch.ts) against the document of request
 * `base`, which the worker keeps: an edit sends what it changed, not the whole design. The first
 * request, and the one after any failed findings answer, sends the whole document.
 *
 * Likewise findings answers after the first are deltas (findingsDelta.ts) against the answer
 * before. A request with the whole document starts both sides over: its answer is whole.
 */
import type { LayoutBox, Design } from '../../shared/model/types';
import type { DesignPatch } from './patch';
import type { CostTags } from './cost';
import type { Finding } from '../../shared/rules/index';
import type { DerivedFindings, ResourceFindings } from './findings';

export type FindingsRequest =
  | { kind: 'findings'; version: number; design: Design }
  | { kind: 'findings'; version: number; base: number; patch: DesignPatch };

/**
 * Cost tags for the canvas: the monthly price of each resource in a region. `of` names the
 * findings request whose document to price, when that was the last one sent (the worker holds
 * its copy); any other document comes whole.
 */
export type CostRequest =
  | { kind: 'cost'; version: number; region: string; of: number }
  | { kind: 'cost'; version: number; region: string; design: Design };

export type EngineRequest =
  FindingsRequest | CostRequest | { kind: 'layout'; version: number; design: Design };

/** The worker's answer about a document: its findings and, from the same network model, which subnets are public. */
export interface FindingsResult extends DerivedFindings {
  publicSubnets: ReadonlyMap<string, boolean>;
}

/** A findings answer as the difference from the one before (findingsDelta.ts). */
export interface FindingsDelta {
  /** The version of the answer this one is written against. */
  base: number;
  /**
   * The new answer's findings in order: a place in the base answer's findings (>= 0), or
   * -1 - k for `added[k]`.
   */
  order: Int32Array;
  added: Finding[];
  /** Per-id counts that are new or changed; null for an id that no longer has any. */
  counts: [string, ResourceFindings | null][];
  publicSubnets: ReadonlyMap<string, boolean>;
}

export type EngineAnswer =
  | { kind: 'findings'; version: number; result: FindingsResult }
  | { kind: 'findings'; version: number; delta: FindingsDelta }
  | { kind: 'layout'; version: number; result: Record<string, LayoutBox> }
  | { kind: 'cost'; version: number; result: CostTags }
  | { kind: EngineRequest['kind']; version: number; error: string };

export type EngineKind = EngineRequest['kind'];

/** What the answer of each kind carries. */
export interface EngineResults {
  findings: FindingsResult;
  layout: Record<string, LayoutBox>;
  cost: CostTags;
}
