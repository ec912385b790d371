/**
 * The small shape checker for JSON the model reads beside the design's own schema (scenarios in a
 * design, lesson files), and the two helpers every checker here shares: how a found value is
 * quoted in a message (`describeValue`) and how the place is named (`fieldName`). It reports with the
 * model's own message keys (schema.required, schema.type, ...) and JSON paths, so a bad scenario
 * or lesson reads exactly like a bad design: "file $.goals[2].port: ...".
 */
import type { MessageKey, MessageParams } from '../i18n/index';
import type { DesignIssue } from './issues';
import { issue } from './issues';
import type { JsonPath } from './json';
import { ID_PATTERN } from './types';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A found value as messages quote it: JSON, cut at 40 characters. JSON.stringify rather than
 * String, so a hostile `{"toString": 1}` cannot throw here.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify writes Infinity (a literal like 1e999) as "null", which would mislead.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The name a message gives the place: the last key, `list[3]` for an item, `$` for the root. */
export function fieldName(path: JsonPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return '$';
  return typeof last === 'number' ? `${String(path[path.length - 2] ?? '')}[${last}]` : String(last);
}

export class ShapeChecker {
  readonly issues: DesignIssue[] = [];

  report(code: MessageKey, path: JsonPath, params: MessageParams = {}): void {
    this.issues.push(issue(code, path, { field: fieldName(path), ...params }));
  }

  object(value: unknown, path: JsonPath): value is Record<string, unknown> {
    if (isObject(value)) return true;
    this.report(value === undefined ? 'schema.required' : 'schema.notObject', path);
    return false;
  }

  array(value: unknown, path: JsonPath, required = true): value is unknown[] {
    if (value === undefined) {
      if (required) this.report('schema.required', path);
      return false;
    }
    if (Array.isArray(value)) return true;
    this.report('schema.notArray', path);
    return false;
  }

  string(value: unknown, path: JsonPath, required = true): value is string {
    if (value === undefined) {
      if (required) this.report('schema.required', path);
      return false;
    }
    if (typeof value === 'string') return true;
    this.typeError(value, path, 'string');
    return false;
  }

  id(value: unknown, path: JsonPath): value is string {
    if (!this.string(value, path)) return false;
    if (ID_PATTERN.test(value)) return true;
    this.report('schema.id', path, { found: value });
    return false;
  }

  number(
    value: unknown,
    path: JsonPath,
    limits: { min?: number; max?: number; integer?: boolean; required?: boolean } = {},
  ): value is number {
    if (value === undefined) {
      if (limits.required) this.report('schema.required', path);
      return false;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.typeError(value, path, 'number');
      return false;
    }
    if (limits.integer && !Number.isInteger(value)) {
      this.report('schema.integer', path, { found: value });
      return false;
    }
    const min = limits.min ?? -Infinity;
    const max = limits.max ?? Infinity;
    if (value < min || value > max) {
      this.report('schema.range', path, {
        found: value,
        min: Number.isFinite(min) ? min : '-',
        max: Number.isFinite(max) ? max : '-',
      });
      return false;
    }
    return true;
  }

  boolean(value: unknown, path: JsonPath): void {
    if (value !== undefined && typeof value !== 'boolean') this.typeError(value, path, 'boolean');
  }

  oneOf<T extends string>(
    value: unknown,
    path: JsonPath,
    options: readonly T[],
    required = false,
  ): value is T {
    if (value === undefined) {
      if (required) this.report('schema.required', path);
      return false;
    }
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return true;
    this.report('schema.enum', path, { found: describeValue(value), options: options.join(', ') });
    return false;
  }

  typeError(value: unknown, path: JsonPath, expected: 'string' | 'number' | 'boolean' | 'object'): void {
    this.report('schema.type', path, {
      expected: `{schema.expected.${expected}}`,
      found: describeValue(value),
    });
  }
}
