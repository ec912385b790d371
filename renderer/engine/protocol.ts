/**
 * Messages between the page and the engine worker (engine.worker.ts). Every request carries a
 * document version; the answer echoes it, so the page can drop an answer about a document that
 * is no longer the current one (engineClient.ts).
 */
import type { LayoutBox, Design } from '../../shared/model/types';
import type { DerivedFindings } from './findings';

export type EngineRequest =
  { kind: 'findings'; version: number; design: Design } | { kind: 'layout'; version: number; design: Design };

export type EngineAnswer =
  | { kind: 'findings'; version: number; result: DerivedFindings }
  | { kind: 'layout'; version: number; result: Record<string, LayoutBox> }
  | { kind: EngineRequest['kind']; version: number; error: string };

export type EngineKind = EngineRequest['kind'];

/** What the answer of each kind carries. */
export interface EngineResults {
  findings: DerivedFindings;
  layout: Record<string, LayoutBox>;
}
