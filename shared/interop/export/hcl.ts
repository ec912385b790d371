/**
 * A small HCL writer for the Terraform export: attributes, maps, lists, nested blocks and raw
 * expressions (references such as `aws_vpc.main.id`). Only what the exporter needs.
 */

/** A Terraform expression written as is: `aws_vpc.main.id`, `var.region`, `jsonencode(...)`. */
export class Expr {
  constructor(readonly text: string) {}
}

/** A nested block (`ingress { ... }`), as opposed to an attribute holding a map. */
export class Block {
  constructor(readonly body: Body) {}
}

export type Value =
  string | number | boolean | Expr | Block | readonly Value[] | { readonly [key: string]: Value | undefined };
export type Body = { readonly [key: string]: Value | undefined };

export const expr = (text: string): Expr => new Expr(text);
export const block = (body: Body): Block => new Block(body);

/** A string literal: JSON escapes, and `${` / `%{` doubled so they are not template syntax. */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : quote(name);
}

function value(v: Value, indent: string): string {
  if (v instanceof Expr) return v.text;
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${(v as readonly Value[]).map((item) => value(item, indent)).join(', ')}]`;
  const entries = Object.entries(v as Body).filter(
    (entry): entry is [string, Value] => entry[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  const inner = `${indent}  `;
  return `{\n${entries.map(([k, item]) => `${inner}${key(k)} = ${value(item, inner)}`).join('\n')}\n${indent}}`;
}

export function body(b: Body, indent = '  '): string {
  const lines: string[] = [];
  for (const [name, v] of Object.entries(b)) {
    if (v === undefined) continue;
    const blocks =
      v instanceof Block
        ? [v]
        : Array.isArray(v) && v.length > 0 && v.every((item) => item instanceof Block)
          ? (v as Block[])
          : undefined;
    if (blocks) {
      for (const nested of blocks)
        lines.push(`${indent}${name} {\n${body(nested.body, `${indent}  `)}${indent}}`);
    } else {
      lines.push(`${indent}${key(name)} = ${value(v, indent)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** `resource "aws_vpc" "main" { ... }` and the like. */
export function topBlock(labels: readonly string[], b: Body): string {
  return `${labels.map((label, i) => (i === 0 ? label : quote(label))).join(' ')} {\n${body(b)}}\n`;
}
