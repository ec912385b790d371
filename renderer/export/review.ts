/**
 * The inputs of every report export, taken from the editor's current state: the document, its
 * findings (the same cached findings the problems panel shows) and its cost report (priced in
 * the region override when one is set, as the cost panel does).
 */
import type { CostReport } from '../../shared/cost/index';
import { computeCost } from '../../shared/cost/index';
import type { Review } from '../../shared/io/index';
import { buildReview } from '../../shared/io/index';
import { findingsOf } from '../engine/index';
import type { EditorState } from '../store/index';

export function costOf(state: EditorState): CostReport | { error: string } {
  try {
    return computeCost(state.design, state.regionOverride ? { region: state.regionOverride } : {});
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function reviewOf(state: EditorState, now: Date = new Date()): Review {
  return buildReview({
    design: state.design,
    findings: findingsOf(state.design),
    cost: costOf(state),
    locale: state.locale,
    date: now.toISOString().slice(0, 10),
  });
}

/** "shop.skyplan.json" -> "shop"; an unsaved design is named after its title. */
export function exportBaseName(state: EditorState): string {
  const fromFile = state.file?.name.replace(/\.skyplan\.json$|\.json$/i, '');
  // eslint-disable-next-line no-control-regex
  const raw = fromFile || state.design.name.replace(/[\u0000-\u001f/\\:*?"<>|]+/g, '-').trim();
  return (raw || 'design').slice(0, 120);
}
