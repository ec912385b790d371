/**
 * A small shape checker for the JSON this area reads (scenarios in a design, lesson files). It
 * reports with the model's own message keys (schema.required, schema.type, ...) and JSON paths,
 * so a bad scenario or lesson reads exactly like a bad design: "file $.goals[2].port: ...".
 */
import type { MessageKey, MessageParams } from '../i18n/index';
import type { DesignIssue, JsonPath } from '../model/index';
import { ID_PATTERN, isObject, issue } from '../model/index';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function fieldName(path: JsonPath): string {
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
    this.report('schema.enum', path, { found: describe(value), options: options.join(', ') });
    return false;
  }

  typeError(value: unknown, path: JsonPath, expected: 'string' | 'number' | 'boolean' | 'object'): void {
    this.report('schema.type', path, { expected: `{schema.expected.${expected}}`, found: describe(value) });
  }
}
