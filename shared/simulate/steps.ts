/**
 * The step model of simulation mode (Packet Tracer's Capture / Forward and Back): a traced path
 * becomes a list of steps, one per hop, that a cursor walks forward and back. The forward leg
 * and the return leg are separate legs, because security groups are stateful and network ACLs
 * are not: the reply must pass the ACLs again, and a lesson about ephemeral ports needs to show
 * exactly where the reply dies. Pure data in, pure data out; the panel keeps only the cursor.
 */
import type { Locale, MessageKey, MessageParams } from '../i18n/index';
import { t } from '../i18n/index';
import type { ScenarioFlow } from '../model/scenarios';
import type { Design } from '../model/types';
import { namedText } from './names';
import type { HopDirection, TraceBlock, TraceHop, TraceShape } from './trace-shape';

/** One simulated flow: a connection of the design, or any source and destination. */
export interface Flow extends ScenarioFlow {
  /** The connection this flow simulates, when it is one (its edge is animated). */
  connection?: string;
}

export interface SimStep {
  index: number;
  leg: HopDirection;
  /** Where the packet is at this step. */
  resource: string;
  /** Where it came from on the same leg; null on the first step of a leg. */
  previous: string | null;
  /** The hop the network model reported; null for the drop step added after the last hop. */
  hop: TraceHop | null;
  /** Set on the step where the packet is dropped. */
  blocked: TraceBlock | null;
  /** The first step of its leg (the panel shows a leg heading there). */
  legStart: boolean;
}

export interface LegSpan {
  leg: HopDirection;
  first: number;
  last: number;
}

export interface Simulation {
  flow: Flow;
  reachable: boolean;
  kind: TraceShape['kind'];
  steps: SimStep[];
  legs: LegSpan[];
  /** Index of the drop step, or null when the path is reachable. */
  blockedStep: number | null;
}

export function buildSimulation(trace: TraceShape, flow: Flow): Simulation {
  const steps: SimStep[] = [];
  for (const hop of trace.hops) {
    const before = steps[steps.length - 1];
    const legStart = !before || before.leg !== hop.direction;
    steps.push({
      index: steps.length,
      leg: hop.direction,
      resource: hop.resource,
      previous: legStart ? null : (before?.resource ?? null),
      hop,
      blocked: null,
      legStart,
    });
  }
  let blockedStep: number | null = null;
  const block = trace.blocked;
  if (block) {
    const last = steps[steps.length - 1];
    if (last && last.resource === block.resource) {
      // The network model already stopped at the blocking resource: mark that hop.
      last.blocked = block;
      blockedStep = last.index;
    } else {
      // The drop happens at a resource after the last hop that passed (or before any hop).
      const leg = last?.leg ?? 'forward';
      steps.push({
        index: steps.length,
        leg,
        resource: block.resource,
        previous: last?.resource ?? null,
        hop: null,
        blocked: block,
        legStart: !last,
      });
      blockedStep = steps.length - 1;
    }
  }
  return { flow, reachable: trace.reachable, kind: trace.kind, steps, legs: legsOf(steps), blockedStep };
}

function legsOf(steps: readonly SimStep[]): LegSpan[] {
  const legs: LegSpan[] = [];
  for (const step of steps) {
    const current = legs[legs.length - 1];
    if (current && current.leg === step.leg && !step.legStart) current.last = step.index;
    else legs.push({ leg: step.leg, first: step.index, last: step.index });
  }
  return legs;
}

/** Cursor moves clamp at both ends, like Packet Tracer's Back at the first event. */
export function stepForward(sim: Simulation, position: number): number {
  return Math.min(position + 1, sim.steps.length - 1);
}

export function stepBack(sim: Simulation, position: number): number {
  return Math.max(position - 1, 0);
}

export function isLastStep(sim: Simulation, position: number): boolean {
  return position >= sim.steps.length - 1;
}

/** Jumps to the first step of the other leg (or stays when the path has one leg). */
export function jumpToLeg(sim: Simulation, leg: HopDirection): number | null {
  return sim.legs.find((span) => span.leg === leg)?.first ?? null;
}

/** What the canvas highlights at a position: the node, the moving link, the animated edge. */
export interface SimFocus {
  resource: string;
  /** The hop being drawn, from the previous resource to the current one. */
  link: { from: string; to: string } | null;
  /** The design connection whose edge is animated (when the flow is a connection). */
  connection?: string;
  leg: HopDirection;
  /** Set when the packet is dropped at this step. */
  blocked?: { code: string; resource: string };
}

export function focusAt(sim: Simulation, position: number): SimFocus | null {
  const step = sim.steps[position];
  if (!step) return null;
  const focus: SimFocus = {
    resource: step.resource,
    link:
      step.previous && step.previous !== step.resource ? { from: step.previous, to: step.resource } : null,
    leg: step.leg,
  };
  if (sim.flow.connection) focus.connection = sim.flow.connection;
  if (step.blocked) focus.blocked = { code: step.blocked.code, resource: step.blocked.resource };
  return focus;
}

/** A step in words, in the chosen language: what decided, and for a drop, why and the fix. */
export interface StepText {
  detail: string | null;
  blocked: { code: string; raCode?: string; message: string; fix: string } | null;
}

export function describeStep(step: SimStep, locale: Locale, design?: Design): StepText {
  // With the design, messages name resources by their names rather than their ids.
  const say = (key: MessageKey, params: MessageParams) =>
    design ? namedText(design, locale, key, params) : t(locale, key, params);
  const detail = step.hop ? say(step.hop.detail, step.hop.params) : null;
  const block = step.blocked;
  if (!block) return { detail, blocked: null };
  const blocked: StepText['blocked'] = {
    code: block.code,
    message: say(block.message, block.params),
    fix: say(block.fix, block.fixParams ?? block.params),
  };
  if (block.raCode && blocked) blocked.raCode = block.raCode;
  return { detail, blocked };
}
