/**
 * From text to a design: read the JSON, upgrade its version, check its shape, check its
 * references. Each step stops the pipeline when it finds something, because later steps
 * assume the earlier ones passed. Issues found after reading carry the line and column of the
 * value they name, found by reading the text a second time (only when there are issues).
 */
import type { DesignIssue } from './issues';
import { issue } from './issues';
import type { JsonPath } from './json';
import { pathToString, positionAt, readJson } from './json';
import type { MigrationPlan } from './migrate';
import { DEFAULT_PLAN, migrate } from './migrate';
import { checkReferences } from './references';
import { checkScenarios } from './scenarios';
import { checkSchema } from './schema';
import { isObject } from './shape';
import type { Design } from './types';

export type LoadResult =
  { ok: true; design: Design; migratedFrom?: number } | { ok: false; issues: DesignIssue[] };

export function locate(text: string, issues: DesignIssue[]): DesignIssue[] {
  const read = readJson(text, { withPositions: true });
  if (!read.ok || !read.positions) return issues;
  const positions = read.positions;
  const find = (path: JsonPath): number | undefined => {
    // The nearest enclosing value that exists: a missing prop points at its object.
    for (let length = path.length; length >= 0; length--) {
      const offset = positions.get(pathToString(path.slice(0, length)));
      if (offset !== undefined) return offset;
    }
    return undefined;
  };
  return issues.map((found) => {
    const offset = find(found.path);
    if (offset === undefined) return found;
    const { line, column } = positionAt(text, offset);
    return { ...found, line, column };
  });
}

/**
 * The schema lets a resource leave out `props` (or write null) and means `{}`; every engine
 * reads `resource.props.x`, so the `{}` is stored in the design here. The caller's value is
 * not changed: only the resources that need it are copied.
 */
function withPropsFilledIn(doc: Record<string, unknown>): Record<string, unknown> {
  const resources = doc.resources as Record<string, unknown>[];
  if (resources.every((resource) => isObject(resource.props))) return doc;
  return {
    ...doc,
    resources: resources.map((resource) =>
      isObject(resource.props) ? resource : { ...resource, props: {} },
    ),
  };
}

/** Checks an in-memory value as a design (used by the loader, IPC and the canvas). */
export function checkDesignValue(value: unknown, plan: MigrationPlan = DEFAULT_PLAN): LoadResult {
  if (!isObject(value)) return { ok: false, issues: [issue('schema.notObject', [], { field: '$' })] };
  if (value.format !== 'skyplan') {
    return { ok: false, issues: checkSchema(value).filter((found) => found.code === 'schema.format') };
  }
  const migrated = migrate(value, plan);
  if (!migrated.ok) return { ok: false, issues: [migrated.issue] };
  const schemaIssues = checkSchema(migrated.doc);
  if (schemaIssues.length > 0) return { ok: false, issues: schemaIssues };
  const design = withPropsFilledIn(migrated.doc) as unknown as Design;
  const referenceIssues = checkReferences(design);
  if (referenceIssues.length > 0) return { ok: false, issues: referenceIssues };
  // Top-level fields added by features (format 1 leaves them open) check their own shape.
  const scenarioIssues = checkScenarios(design);
  if (scenarioIssues.length > 0) return { ok: false, issues: scenarioIssues };
  return migrated.steps.length > 0 ? { ok: true, design, migratedFrom: migrated.from } : { ok: true, design };
}

/** Parses design text. Never throws for bad input: every problem comes back as an issue. */
export function parseDesign(text: string, plan: MigrationPlan = DEFAULT_PLAN): LoadResult {
  const read = readJson(text);
  if (!read.ok) {
    const { code, params, line, column } = read.error;
    return { ok: false, issues: [{ code, params, path: [], line, column }] };
  }
  const result = checkDesignValue(read.value, plan);
  return result.ok ? result : { ok: false, issues: locate(text, result.issues) };
}
