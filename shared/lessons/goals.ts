/**
 * Grading: each goal of a lesson is checked against ANY design a student made, not compared
 * with the answer. Resources are found by id, and by type (and name) when the student drew
 * their own; paths are traced by the network model, findings come from the rules, cost from
 * the cost report. Results are message keys and parameters, so the checklist reads in the
 * panel's language and the CLI's --lang alike.
 */
import { withDefaults } from '../catalog/index';
import type { Locale, MessageKey, MessageParams } from '../i18n/index';
import { isMessageKey, t } from '../i18n/index';
import type { Design, Protocol, Resource } from '../model/index';
import { SUPPORTED_REGIONS } from '../cost/prices';
import type { Finding, NestedMessage } from '../rules/types';
import { zonesOf } from '../simulate/failures';
import { nameOf, nameParams, resolveParams } from '../simulate/names';
import type { TraceShape } from '../simulate/trace-shape';
import type {
  Bilingual,
  Goal,
  Lesson,
  NoFindingsGoal,
  PathGoal,
  ResourceExistsGoal,
  ResourceRef,
} from './types';

/** The engine questions grading asks; `defaultEngine` (engine.ts) answers them with shared/. */
export interface GoalEngine {
  trace(
    design: Design,
    from: string,
    to: string,
    protocol?: Protocol,
    port?: number,
    ipVersion?: 4 | 6,
  ): TraceShape;
  findings(design: Design): readonly Finding[];
  /** Known rule ids, so that a goal naming a missing rule fails with a clear message. */
  ruleIds: readonly string[];
  /** Estimated monthly total in USD; undefined when the design's region has no price table. */
  monthlyTotal(design: Design): number | undefined;
}

export interface Message {
  key: MessageKey;
  params: MessageParams;
  /**
   * Parameters that are messages themselves (a rule finding's `nested`: a resource type, a
   * direction, the network engine's explanation), translated in the reader's locale.
   */
  nested?: Record<string, NestedMessage>;
}

export interface GoalResult {
  id: string;
  passed: boolean;
  /** What the goal asks, for the checklist: the lesson's own words, or a generated sentence. */
  title: Message | Bilingual;
  /** Why it passed or failed. */
  message: Message;
  /** A nested explanation (the blocking hop's reason, the first finding), when there is one. */
  reason?: Message;
  /** Resources to point at on the canvas. */
  resources: string[];
}

export interface LessonResult {
  lesson: string;
  /** Whole percent of goals passed, 0 to 100. */
  progress: number;
  goals: GoalResult[];
}

const msg = (key: MessageKey, params: MessageParams = {}): Message => ({ key, params });

export function label(resource: Resource): string {
  return resource.name && resource.name !== resource.id ? `${resource.name} (${resource.id})` : resource.id;
}

function refText(ref: ResourceRef): string {
  if (typeof ref === 'string') return ref;
  return ref.id ?? ref.name ?? ref.type ?? '?';
}

/** Every resource a reference can mean in this design, best match first. */
export function resolveRef(design: Design, ref: ResourceRef): Resource[] {
  const spec = typeof ref === 'string' ? { id: ref } : ref;
  if (spec.id) {
    const byId = design.resources.find((resource) => resource.id === spec.id);
    if (byId && (!spec.type || byId.type === spec.type)) return [byId];
  }
  if (!spec.type) return [];
  const ofType = design.resources.filter((resource) => resource.type === spec.type);
  if (spec.name) {
    const wanted = spec.name.toLowerCase();
    const named = ofType.filter((resource) => resource.name?.toLowerCase() === wanted);
    if (named.length > 0) return named;
  }
  return ofType;
}

function flowText(protocol: Protocol | undefined, port: number | undefined): string {
  const name = protocol ?? 'tcp';
  return port === undefined ? name : `${name}/${port}`;
}

function pathGoal(design: Design, goal: PathGoal, engine: GoalEngine): Omit<GoalResult, 'title'> {
  const froms = resolveRef(design, goal.from);
  const tos = resolveRef(design, goal.to);
  const flow = flowText(goal.protocol, goal.port);
  const missing = froms.length === 0 ? goal.from : tos.length === 0 ? goal.to : null;
  if (missing !== null) {
    // Deleting the database does not make it unreachable in a way worth grading.
    return {
      id: goal.id,
      passed: false,
      message: msg('lessons.result.missing', { ref: refText(missing) }),
      resources: [],
    };
  }
  const traces: { from: Resource; to: Resource; trace: TraceShape }[] = [];
  for (const from of froms) {
    for (const to of tos) {
      if (from.id !== to.id)
        traces.push({
          from,
          to,
          trace: engine.trace(design, from.id, to.id, goal.protocol, goal.port, goal.ipVersion),
        });
    }
  }
  const open = traces.find((entry) => entry.trace.reachable);
  const closed = traces.find((entry) => !entry.trace.reachable);
  if (goal.type === 'reachable') {
    // Any matching pair will do: the student may have named their server differently.
    if (open) {
      return {
        id: goal.id,
        passed: true,
        message: msg('lessons.result.reachable.pass', { from: label(open.from), to: label(open.to), flow }),
        resources: [open.from.id, open.to.id],
      };
    }
    return blockedResult(design, goal.id, false, closed, flow, 'lessons.result.reachable.fail');
  }
  // Unreachable must hold for every matching pair: one open path is a hole.
  if (open) {
    return {
      id: goal.id,
      passed: false,
      message: msg('lessons.result.unreachable.fail', { from: label(open.from), to: label(open.to), flow }),
      resources: [open.from.id, open.to.id],
    };
  }
  return blockedResult(design, goal.id, true, closed, flow, 'lessons.result.unreachable.pass');
}

function blockedResult(
  design: Design,
  id: string,
  passed: boolean,
  entry: { from: Resource; to: Resource; trace: TraceShape } | undefined,
  flow: string,
  key: MessageKey,
): Omit<GoalResult, 'title'> {
  const block = entry?.trace.blocked;
  const base = {
    from: entry ? label(entry.from) : '?',
    to: entry ? label(entry.to) : '?',
    flow,
    code: block?.code ?? '-',
    resource: block ? nameOf(design, block.resource) : '-',
  };
  const result: Omit<GoalResult, 'title'> = {
    id,
    passed,
    message: msg(key, base),
    resources: block ? [block.resource] : [],
  };
  // The engine's params carry ids; the student reads names.
  if (block) result.reason = msg(block.message, nameParams(design, block.params));
  return result;
}

function noFindingsGoal(design: Design, goal: NoFindingsGoal, engine: GoalEngine): Omit<GoalResult, 'title'> {
  if (!engine.ruleIds.includes(goal.rule)) {
    return {
      id: goal.id,
      passed: false,
      message: msg('lessons.result.unknownRule', { rule: goal.rule }),
      resources: [],
    };
  }
  const scope = goal.resources
    ? new Set(goal.resources.flatMap((ref) => resolveRef(design, ref).map((r) => r.id)))
    : null;
  const found = engine
    .findings(design)
    .filter((finding) => finding.rule === goal.rule)
    .filter((finding) => !scope || finding.resources.some((id) => scope.has(id)));
  const first = found[0];
  if (!first) {
    return {
      id: goal.id,
      passed: true,
      message: msg('lessons.result.noFindings.pass', { rule: goal.rule }),
      resources: [],
    };
  }
  return {
    id: goal.id,
    passed: false,
    message: msg('lessons.result.noFindings.fail', { rule: goal.rule, count: found.length }),
    reason: first.nested
      ? { key: first.message, params: first.params, nested: first.nested }
      : msg(first.message, first.params),
    resources: first.resources,
  };
}

function costGoal(design: Design, amount: number, id: string, engine: GoalEngine): Omit<GoalResult, 'title'> {
  const total = engine.monthlyTotal(design);
  if (total === undefined) {
    // A valid region without prices (us-west-2): the goal cannot pass, and says why.
    return {
      id,
      passed: false,
      message: msg('lessons.result.costBelow.unpriced', {
        region: design.region,
        regions: SUPPORTED_REGIONS.join(', '),
        amount: amount.toFixed(2),
      }),
      resources: [],
    };
  }
  const params = { total: total.toFixed(2), amount: amount.toFixed(2) };
  const passed = total < amount;
  return {
    id,
    passed,
    message: msg(passed ? 'lessons.result.costBelow.pass' : 'lessons.result.costBelow.fail', params),
    resources: [],
  };
}

/** Lists match when every expected item is in the actual list; objects match key by key. */
export function propsMatch(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((item) => actual.some((have) => propsMatch(have, item)));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const have = actual as Record<string, unknown>;
    return Object.entries(expected).every(([key, value]) => propsMatch(have[key], value));
  }
  return actual === expected;
}

/**
 * A resource's props as the engine reads them and the inspector shows them: the catalog's
 * defaults filled in. A goal "canary of 10% for 5 minutes" is met by a service set to canary
 * that leaves 10% and 5 minutes at their defaults.
 */
function effectiveProps(resource: Resource): unknown {
  return withDefaults(resource);
}

function existsGoal(design: Design, goal: ResourceExistsGoal): Omit<GoalResult, 'title'> {
  const byId = new Map(design.resources.map((resource) => [resource.id, resource]));
  const matching = design.resources.filter(
    (resource) =>
      resource.type === goal.resourceType &&
      (!goal.props || propsMatch(effectiveProps(resource), goal.props)) &&
      (goal.hasProps ?? []).every((key) => (resource.props as Record<string, unknown>)[key] !== undefined) &&
      (!goal.parentType || byId.get(resource.parent ?? '')?.type === goal.parentType) &&
      (!goal.minZones || zonesOf(design, resource.id).length >= goal.minZones),
  );
  const count = goal.count ?? 1;
  const passed = matching.length >= count;
  return {
    id: goal.id,
    passed,
    message: passed
      ? msg('lessons.result.exists.pass', { ids: matching.map(label).join(', ') })
      : msg(goal.minZones ? 'lessons.result.existsZones.fail' : 'lessons.result.exists.fail', {
          found: matching.length,
          count,
          zones: goal.minZones ?? 1,
          type: `{type.${goal.resourceType}}`,
        }),
    resources: matching.map((resource) => resource.id),
  };
}

/** The checklist label of a goal: its own title, or a sentence made from what it checks. */
export function goalTitle(goal: Goal): Message {
  switch (goal.type) {
    case 'reachable':
    case 'unreachable':
      return msg(goal.type === 'reachable' ? 'lessons.goal.reachable' : 'lessons.goal.unreachable', {
        from: refText(goal.from),
        to: refText(goal.to),
        flow: flowText(goal.protocol, goal.port),
      });
    case 'no-findings':
      return msg(goal.resources ? 'lessons.goal.noFindingsFor' : 'lessons.goal.noFindings', {
        rule: goal.rule,
        resources: (goal.resources ?? []).map(refText).join(', '),
      });
    case 'cost-below':
      return msg('lessons.goal.costBelow', { amount: goal.amount.toFixed(2) });
    case 'resource-exists':
      return msg(goal.minZones ? 'lessons.goal.existsZones' : 'lessons.goal.exists', {
        type: `{type.${goal.resourceType}}`,
        zones: goal.minZones ?? 1,
        count: goal.count ?? 1,
      });
  }
}

export function evaluateGoal(design: Design, goal: Goal, engine: GoalEngine): GoalResult {
  let result: Omit<GoalResult, 'title'>;
  switch (goal.type) {
    case 'reachable':
    case 'unreachable':
      result = pathGoal(design, goal, engine);
      break;
    case 'no-findings':
      result = noFindingsGoal(design, goal, engine);
      break;
    case 'cost-below':
      result = costGoal(design, goal.amount, goal.id, engine);
      break;
    case 'resource-exists':
      result = existsGoal(design, goal);
      break;
  }
  return { ...result, title: goal.title ?? goalTitle(goal) };
}

export function evaluateLesson(lesson: Lesson, design: Design, engine: GoalEngine): LessonResult {
  const goals = lesson.goals.map((goal) => evaluateGoal(design, goal, engine));
  const passed = goals.filter((goal) => goal.passed).length;
  const progress = goals.length === 0 ? 0 : Math.floor((passed * 100) / goals.length);
  return { lesson: lesson.id, progress, goals };
}

/**
 * Fills a message; parameters written "{key}" are messages themselves (resource type names),
 * and so is every entry of `nested` (with its own parameters).
 */
export function messageText(message: Message | Bilingual, locale: Locale): string {
  if (!('key' in message)) return message[locale];
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(message.params)) {
    const nested = typeof value === 'string' ? /^\{([\w.-]+)\}$/.exec(value)?.[1] : undefined;
    params[name] = nested && isMessageKey(nested) ? t(locale, nested) : value;
  }
  for (const [name, nested] of Object.entries(message.nested ?? {})) {
    params[name] = t(locale, nested.key, nested.params);
  }
  return t(locale, message.key, resolveParams(locale, params));
}

/** The title of a goal in a language: the lesson's own words when it has them. */
export function goalTitleText(goal: Goal, locale: Locale): string {
  return messageText(goal.title ?? goalTitle(goal), locale);
}

/** The result sentence, with the nested reason when there is one. */
export function resultText(result: GoalResult, locale: Locale): string {
  const main = messageText(result.message, locale);
  return result.reason ? `${main} ${messageText(result.reason, locale)}` : main;
}
