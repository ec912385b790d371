/**
 * The version-1 schema. Top-level and connection shapes are written out here; resource props
 * are checked from the catalog's field specs, so a field added to the catalog is validated
 * without touching this file. Unknown props and top-level fields are allowed (newer features
 * may add them) and kept as they are.
 */
import type { CatalogEntry, FieldSpec } from '../catalog/index';
import { CATALOG, ENDPOINT_SERVICE_PATTERN, isResourceType } from '../catalog/index';
import { CONNECTION_KINDS, FORMAT, ID_PATTERN, PROTOCOLS, RESOURCE_TYPES } from './types';
import type { DesignIssue } from './issues';
import { issue } from './issues';
import { describeValue as describe, fieldName, isObject } from './shape';
import { parseCidr } from '../network/cidr';
import { isPrefixListPeer } from '../network/prefix-lists';
import { looksLikeIpv6, parseCidr6 } from '../network/cidr6';

type Path = (string | number)[];

const REGION_PATTERN = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const PORTS_PATTERN = /^(\d{1,5})(?:-(\d{1,5}))?$/;
/**
 * Every number has a maximum, so no sum or product downstream (cost, layout) can overflow to
 * Infinity. Props take theirs from the catalog field specs; these are for the fixed fields.
 * An exabyte a month and ten million pixels are far beyond any real design.
 */
const MAX_GB_PER_MONTH = 1e9;
const MAX_COORDINATE = 1e7;
const LISTENER_PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP'];

class SchemaChecker {
  readonly issues: DesignIssue[] = [];

  private report(code: DesignIssue['code'], path: Path, params: DesignIssue['params'] = {}): void {
    this.issues.push(issue(code, path, { field: fieldName(path), ...params }));
  }

  checkDocument(doc: Record<string, unknown>): void {
    if (doc.format !== FORMAT) this.report('schema.format', ['format'], { found: describe(doc.format) });
    this.string(doc, 'name', ['name'], true);
    if (this.string(doc, 'region', ['region'], true) && !REGION_PATTERN.test(doc.region as string)) {
      this.report('schema.region', ['region'], { found: String(doc.region) });
    }
    this.string(doc, 'description', ['description'], false);
    if (doc.assumptions !== undefined) this.checkAssumptions(doc.assumptions, ['assumptions']);
    if (this.array(doc.resources, ['resources'], true)) {
      (doc.resources as unknown[]).forEach((r, i) => this.checkResource(r, ['resources', i]));
    }
    if (this.array(doc.connections, ['connections'], true)) {
      (doc.connections as unknown[]).forEach((c, i) => this.checkConnection(c, ['connections', i]));
    }
    if (doc.layout !== undefined) this.checkLayout(doc.layout, ['layout']);
  }

  private checkAssumptions(value: unknown, path: Path): void {
    if (!isObject(value)) return this.report('schema.notObject', path);
    this.number(value.hoursPerMonth, [...path, 'hoursPerMonth'], { min: 1, max: 744 });
    this.boolean(value.freeTier, [...path, 'freeTier']);
    this.number(value.krwPerUsd, [...path, 'krwPerUsd'], { min: 1, max: 100000 });
    this.number(value.lambdaConcurrencyLimit, [...path, 'lambdaConcurrencyLimit'], { min: 1, max: 1000000 });
  }

  private checkResource(value: unknown, path: Path): void {
    if (!isObject(value)) return this.report('schema.notObject', path);
    this.id(value.id, [...path, 'id']);
    this.string(value, 'name', [...path, 'name'], false);
    if (value.parent !== undefined && typeof value.parent !== 'string') {
      this.typeError(value.parent, [...path, 'parent'], 'string');
    }
    if (value.type === undefined) return this.report('schema.required', [...path, 'type']);
    if (!isResourceType(value.type)) {
      return this.report('schema.unknownType', [...path, 'type'], {
        // describe, not String: a hostile `{"toString": 1}` must not throw here.
        found: typeof value.type === 'string' ? value.type : describe(value.type),
        options: RESOURCE_TYPES.join(', '),
      });
    }
    const propsPath = [...path, 'props'];
    const props = value.props ?? {};
    if (!isObject(props)) return this.report('schema.notObject', propsPath);
    this.checkProps(CATALOG[value.type], props, propsPath);
  }

  private checkProps(entry: CatalogEntry, props: Record<string, unknown>, path: Path): void {
    for (const field of entry.fields) {
      const value = props[field.key];
      const fieldPath = [...path, field.key];
      if (value === undefined) {
        if (field.required) this.report('schema.required', fieldPath);
        continue;
      }
      this.checkField(field, value, fieldPath);
    }
  }

  private checkField(field: FieldSpec, value: unknown, path: Path): void {
    switch (field.kind) {
      case 'text':
      case 'ref':
        if (typeof value !== 'string') this.typeError(value, path, 'string');
        return;
      case 'cidr':
        return this.cidr(value, path);
      case 'ipv6Cidr':
        return this.cidr6(value, path);
      case 'az':
        if (typeof value !== 'string' || !/^[a-z]$/.test(value)) {
          this.report('schema.az', path, { found: describe(value) });
        }
        return;
      case 'integer':
      case 'number':
        this.number(value, path, { min: field.min, max: field.max, integer: field.kind === 'integer' });
        return;
      case 'boolean':
        return this.boolean(value, path);
      case 'enum':
        // An open list accepts any name of the right shape; the options are only suggestions.
        if (field.open && typeof value === 'string' && ENDPOINT_SERVICE_PATTERN.test(value)) return;
        return this.enumValue(value, path, field.options ?? []);
      case 'refs':
        if (this.array(value, path, true)) {
          (value as unknown[]).forEach((item, i) => {
            if (typeof item !== 'string') this.typeError(item, [...path, i], 'string');
          });
        }
        return;
      case 'routes':
        return this.list(value, path, (item, itemPath) => {
          this.cidr(item.destination, [...itemPath, 'destination'], true, true);
          this.requiredString(item.target, [...itemPath, 'target']);
        });
      case 'sgRules':
        return this.list(value, path, (item, itemPath) => {
          this.enumValue(item.protocol, [...itemPath, 'protocol'], PROTOCOLS, true);
          this.ports(item.ports, [...itemPath, 'ports']);
          // A peer is a CIDR or a security-group id; ids are checked with the references.
          // A prefix list (pl-s3, com.amazonaws.<region>.s3) is neither; see network/prefix-lists.ts.
          if (
            this.requiredString(item.peer, [...itemPath, 'peer']) &&
            /[./]/.test(item.peer as string) &&
            !isPrefixListPeer(item.peer)
          ) {
            this.cidr(item.peer, [...itemPath, 'peer'], false, true);
          }
        });
      case 'naclRules':
        return this.list(value, path, (item, itemPath) => {
          this.number(item.rule, [...itemPath, 'rule'], {
            min: 1,
            max: 32766,
            integer: true,
            required: true,
          });
          this.enumValue(item.protocol, [...itemPath, 'protocol'], PROTOCOLS, true);
          this.ports(item.ports, [...itemPath, 'ports']);
          this.cidr(item.cidr, [...itemPath, 'cidr'], true, true);
          this.enumValue(item.action, [...itemPath, 'action'], ['allow', 'deny'], true);
        });
      case 'listeners':
        return this.list(value, path, (item, itemPath) => {
          this.number(item.port, [...itemPath, 'port'], {
            min: 1,
            max: 65535,
            integer: true,
            required: true,
          });
          this.enumValue(item.protocol, [...itemPath, 'protocol'], LISTENER_PROTOCOLS, true);
        });
    }
  }

  private checkConnection(value: unknown, path: Path): void {
    if (!isObject(value)) return this.report('schema.notObject', path);
    this.id(value.id, [...path, 'id']);
    this.requiredString(value.from, [...path, 'from']);
    this.requiredString(value.to, [...path, 'to']);
    this.string(value, 'name', [...path, 'name'], false);
    this.enumValue(value.kind, [...path, 'kind'], CONNECTION_KINDS);
    this.enumValue(value.protocol, [...path, 'protocol'], PROTOCOLS);
    this.number(value.port, [...path, 'port'], { min: 0, max: 65535, integer: true });
    this.number(value.dataOutGbPerMonth, [...path, 'dataOutGbPerMonth'], { min: 0, max: MAX_GB_PER_MONTH });
    this.number(value.dataGbPerMonth, [...path, 'dataGbPerMonth'], { min: 0, max: MAX_GB_PER_MONTH });
    if (value.ipVersion !== undefined && value.ipVersion !== 4 && value.ipVersion !== 6) {
      this.report('schema.enum', [...path, 'ipVersion'], {
        found: describe(value.ipVersion),
        options: '4, 6',
      });
    }
  }

  private checkLayout(value: unknown, path: Path): void {
    if (!isObject(value)) return this.report('schema.notObject', path);
    for (const [id, box] of Object.entries(value)) {
      const boxPath = [...path, id];
      if (!isObject(box)) {
        this.report('schema.notObject', boxPath);
        continue;
      }
      const coordinate = { min: -MAX_COORDINATE, max: MAX_COORDINATE, required: true };
      this.number(box.x, [...boxPath, 'x'], coordinate);
      this.number(box.y, [...boxPath, 'y'], coordinate);
      this.number(box.w, [...boxPath, 'w'], { min: 0, max: MAX_COORDINATE });
      this.number(box.h, [...boxPath, 'h'], { min: 0, max: MAX_COORDINATE });
    }
  }

  private list(
    value: unknown,
    path: Path,
    checkItem: (item: Record<string, unknown>, itemPath: Path) => void,
  ): void {
    if (!this.array(value, path, true)) return;
    (value as unknown[]).forEach((item, i) => {
      if (isObject(item)) checkItem(item, [...path, i]);
      else this.report('schema.notObject', [...path, i]);
    });
  }

  private id(value: unknown, path: Path): void {
    if (value === undefined) return this.report('schema.required', path);
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
      this.report('schema.id', path, { found: typeof value === 'string' ? value : describe(value) });
    }
  }

  /** `ipv6`: the place also takes an IPv6 CIDR (routes, SG peers, NACL rules). */
  private cidr(value: unknown, path: Path, required = false, ipv6 = false): void {
    if (value === undefined) {
      if (required) this.report('schema.required', path);
      return;
    }
    if (ipv6 && looksLikeIpv6(value)) return this.cidr6(value, path);
    const parsed = typeof value === 'string' ? parseCidr(value) : undefined;
    if (!parsed) return this.report('schema.cidr', path, { found: describe(value) });
    if (parsed.hostBitsSet) {
      this.report('schema.cidrHostBits', path, { found: String(value), suggestion: parsed.canonical });
    }
  }

  private cidr6(value: unknown, path: Path): void {
    const parsed = typeof value === 'string' ? parseCidr6(value) : undefined;
    if (!parsed) return this.report('schema.cidr', path, { found: describe(value) });
    if (parsed.hostBitsSet) {
      this.report('schema.cidrHostBits', path, { found: String(value), suggestion: parsed.canonical });
    }
  }

  private ports(value: unknown, path: Path): void {
    if (value === undefined) return;
    const match = typeof value === 'string' ? PORTS_PATTERN.exec(value) : null;
    const low = match ? Number(match[1]) : NaN;
    const high = match?.[2] !== undefined ? Number(match[2]) : low;
    if (!match || high > 65535 || low > high) {
      this.report('schema.ports', path, { found: describe(value) });
    }
  }

  private string(obj: Record<string, unknown>, key: string, path: Path, required: boolean): boolean {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.report('schema.required', path);
      return false;
    }
    if (typeof value !== 'string') {
      this.typeError(value, path, 'string');
      return false;
    }
    return true;
  }

  private requiredString(value: unknown, path: Path): boolean {
    if (value === undefined) {
      this.report('schema.required', path);
      return false;
    }
    if (typeof value !== 'string') {
      this.typeError(value, path, 'string');
      return false;
    }
    return true;
  }

  private number(
    value: unknown,
    path: Path,
    limits: { min?: number; max?: number; integer?: boolean; required?: boolean },
  ): void {
    if (value === undefined) {
      if (limits.required) this.report('schema.required', path);
      return;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.typeError(value, path, 'number');
    if (limits.integer && !Number.isInteger(value)) {
      return this.report('schema.integer', path, { found: value });
    }
    const { min, max } = limits;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      // One-sided limits read better as "at least" / "at most" than as a range.
      if (max === undefined) this.report('schema.min', path, { found: value, min: min ?? 0 });
      else if (min === undefined) this.report('schema.max', path, { found: value, max });
      else this.report('schema.range', path, { found: value, min, max });
    }
  }

  private boolean(value: unknown, path: Path): void {
    if (value !== undefined && typeof value !== 'boolean') this.typeError(value, path, 'boolean');
  }

  private enumValue(value: unknown, path: Path, options: readonly string[], required = false): void {
    if (value === undefined) {
      if (required) this.report('schema.required', path);
      return;
    }
    if (typeof value !== 'string' || !options.includes(value)) {
      this.report('schema.enum', path, { found: describe(value), options: options.join(', ') });
    }
  }

  private array(value: unknown, path: Path, required: boolean): boolean {
    if (value === undefined) {
      if (required) this.report('schema.required', path);
      return false;
    }
    if (!Array.isArray(value)) {
      this.report('schema.notArray', path);
      return false;
    }
    return true;
  }

  private typeError(value: unknown, path: Path, expected: 'string' | 'number' | 'boolean'): void {
    this.report('schema.type', path, { expected: `{schema.expected.${expected}}`, found: describe(value) });
  }
}

/**
 * Checks the shape of a version-1 document (after migration). Returns every issue found, in
 * document order; an empty list means the document has the shape of a design. References
 * between resources are checked separately (`checkReferences`).
 */
export function checkSchema(doc: unknown): DesignIssue[] {
  const checker = new SchemaChecker();
  if (!isObject(doc)) {
    checker.issues.push(issue('schema.notObject', [], { field: '$' }));
    return checker.issues;
  }
  checker.checkDocument(doc);
  return checker.issues;
}
