/**
 * The values intrinsic functions resolve to, besides plain JSON: a reference to another resource
 * of the template (kept as such so the mapper can turn it into a Skyplan reference), a value that
 * lives outside the template (an id parameter, an ImportValue) and AWS::NoValue.
 */

/** `Ref: Res` or `Fn::GetAtt: [Res, Attr]`. In strings it reads as the logical id. */
export class ResourceRef {
  constructor(
    /** The stack it belongs to ('' for the top template, the Stack's logical id for nested ones). */
    readonly stack: string,
    readonly id: string,
    readonly attr?: string,
  ) {}
  toString(): string {
    return this.attr ? `${this.id}.${this.attr}` : this.id;
  }
}

export type ExternalKind = 'vpc' | 'subnet' | 'security-group' | 'value';

/** A value the template does not define: an id parameter, an ImportValue, an unknown function. */
export class External {
  constructor(
    /** What it stands for, e.g. the parameter name or the export name. */
    readonly label: string,
    readonly kind: ExternalKind,
  ) {}
  toString(): string {
    return `<${this.label}>`;
  }
}

export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof ResourceRef) &&
    !(value instanceof External)
  );
}

/** Plain text of a resolved value, for Sub/Join and for props that take text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof ResourceRef || value instanceof External) return value.toString();
  return undefined;
}
