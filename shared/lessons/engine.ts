/**
 * The engine that grading asks: paths from the network model, findings from the rules, the
 * monthly total from the cost report. Kept in one place so that goal evaluation itself stays a
 * pure function of (lesson, design, engine) and its unit tests can pin each answer down.
 */
import { computeCost } from '../cost/engine';
import { isSupportedRegion } from '../cost/prices';
import type { Design } from '../model/index';
import { trace } from '../network/index';
import { RULES, runRules } from '../rules/index';
import type { GoalEngine } from './goals';

export function defaultEngine(): GoalEngine {
  return {
    trace: (design, from, to, protocol, port, ipVersion) =>
      trace(design, from, to, protocol, port, ipVersion === 6 ? { ipVersion } : undefined),
    findings: (design: Design) => runRules(design),
    ruleIds: RULES.map((rule) => rule.meta.id),
    monthlyTotal: (design: Design) =>
      isSupportedRegion(design.region) ? computeCost(design).monthlyTotal : undefined,
  };
}
