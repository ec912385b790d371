/**
 * Resolves CloudFormation intrinsic functions against parameters, pseudo parameters, mappings
 * and conditions. Anything it cannot know offline (ImportValue, an unknown function, a missing
 * parameter) becomes an `External` placeholder plus a named warning: import never crashes on it.
 */
import { ipToString, parseCidr } from '../../network/cidr';
import { zoneLetters } from '../../edit/zones';
import type { MessageKey, MessageParams } from '../../i18n/index';
import { InteropError } from '../messages';
import { External, isRecord, NO_VALUE, ResourceRef, textOf } from './values';

export const ACCOUNT_ID = '123456789012';

export interface ResolveContext {
  region: string;
  stackName: string;
  /** '' for the top template, the nested Stack's logical id otherwise. */
  stack: string;
  /** Outputs of an imported nested stack (`Fn::GetAtt: [Stack, Outputs.Name]`). */
  stackOutput?(stackId: string, output: string): unknown;
  /** Parameter values after --param and defaults; External for id parameters. */
  params: ReadonlyMap<string, unknown>;
  mappings: Record<string, unknown>;
  conditionDefs: Record<string, unknown>;
  resources: Record<string, unknown>;
  warn(key: MessageKey, params: MessageParams, path?: readonly (string | number)[]): void;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

type Path = readonly (string | number)[];

/** Attributes whose value is a property of the resource itself, so they resolve offline. */
const ATTRIBUTE_PROPS: Readonly<Record<string, string>> = {
  'AWS::EC2::VPC.CidrBlock': 'CidrBlock',
  'AWS::EC2::Subnet.AvailabilityZone': 'AvailabilityZone',
  'AWS::EC2::Subnet.CidrBlock': 'CidrBlock',
};

export class Resolver {
  private readonly conditionValues = new Map<string, boolean>();
  private readonly evaluating = new Set<string>();
  private readonly attrStack = new Set<string>();

  constructor(private readonly ctx: ResolveContext) {}

  condition(name: string, path: Path): boolean {
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    if (!(name in this.ctx.conditionDefs)) {
      this.ctx.warn('interop.warn.unknownCondition', { name }, path);
      return false;
    }
    if (this.evaluating.has(name)) {
      throw new InteropError({
        key: 'interop.error.conditionCycle',
        params: { cycle: [...this.evaluating, name].join(' → ') },
        ...lineAt(this.ctx, ['Conditions', name]),
      });
    }
    this.evaluating.add(name);
    const value = this.truth(this.ctx.conditionDefs[name], ['Conditions', name]);
    this.evaluating.delete(name);
    this.conditionValues.set(name, value);
    return value;
  }

  private truth(raw: unknown, path: Path): boolean {
    if (isRecord(raw)) {
      const [fn] = Object.keys(raw);
      const args = raw[fn ?? ''];
      const list = Array.isArray(args) ? args : [];
      if (fn === 'Condition' && typeof args === 'string') return this.condition(args, path);
      if (fn === 'Fn::Equals') {
        const [a, b] = list.map((arg, i) => this.resolve(arg, [...path, fn, i]));
        if (a instanceof External || b instanceof External) {
          this.ctx.warn('interop.warn.conditionUnknown', { path: path.join('.') }, path);
          return false;
        }
        return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
      }
      if (fn === 'Fn::And') return list.every((arg, i) => this.truth(arg, [...path, fn, i]));
      if (fn === 'Fn::Or') return list.some((arg, i) => this.truth(arg, [...path, fn, i]));
      if (fn === 'Fn::Not') return !this.truth(list[0], [...path, fn, 0]);
    }
    const value = this.resolve(raw, path);
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    this.ctx.warn('interop.warn.conditionUnknown', { path: path.join('.') }, path);
    return false;
  }

  /** Resolves every intrinsic inside `raw`; NO_VALUE entries are dropped from objects and lists. */
  resolve(raw: unknown, path: Path): unknown {
    if (Array.isArray(raw)) {
      return raw.map((item, i) => this.resolve(item, [...path, i])).filter((item) => item !== NO_VALUE);
    }
    if (!isRecord(raw)) return raw;
    const keys = Object.keys(raw);
    const [only] = keys;
    if (keys.length === 1 && only && (only === 'Ref' || only.startsWith('Fn::'))) {
      return this.intrinsic(only, raw[only], [...path, only]);
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = this.resolve(raw[key], [...path, key]);
      if (value !== NO_VALUE) out[key] = value;
    }
    return out;
  }

  private intrinsic(fn: string, args: unknown, path: Path): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(String(textOf(this.resolve(args, path)) ?? ''), path);
      case 'Fn::GetAtt':
        return this.getAtt(args, path);
      case 'Fn::Sub':
        return this.sub(args, path);
      case 'Fn::Join': {
        const [sep, list] = asList(this.resolve(args, path));
        const items = Array.isArray(list) ? list : [list];
        return items.map((item) => textOf(item) ?? '').join(textOf(sep) ?? '');
      }
      case 'Fn::Select': {
        const [index, list] = asList(this.resolve(args, path));
        const items = Array.isArray(list) ? list : [];
        const at = Number(textOf(index));
        if (!Number.isInteger(at) || at < 0 || at >= items.length) {
          return this.unknown(
            'interop.warn.selectOutOfRange',
            { index: String(textOf(index)), count: items.length },
            path,
          );
        }
        return items[at];
      }
      case 'Fn::Split': {
        const [sep, text] = asList(this.resolve(args, path));
        const whole = textOf(text);
        if (whole === undefined) return this.unknown('interop.warn.unresolved', { fn }, path);
        return whole.split(textOf(sep) ?? ',');
      }
      case 'Fn::GetAZs': {
        const region = textOf(this.resolve(args, path)) || this.ctx.region;
        return zoneLetters(region).map((letter) => `${region}${letter}`);
      }
      case 'Fn::FindInMap':
        return this.findInMap(asList(this.resolve(args, path)), path);
      case 'Fn::If': {
        const [name, yes, no] = asList(args);
        return this.condition(String(name), path)
          ? this.resolve(yes, [...path, 1])
          : this.resolve(no, [...path, 2]);
      }
      case 'Fn::Cidr':
        return this.cidr(asList(this.resolve(args, path)), path);
      case 'Fn::ImportValue': {
        const name = textOf(this.resolve(args, path)) ?? '?';
        this.ctx.warn('interop.warn.importValue', { name }, path);
        return new External(name, 'value');
      }
      case 'Fn::Base64':
        return textOf(this.resolve(args, path)) ?? '';
      case 'Fn::Length': {
        const list = this.resolve(args, path);
        return Array.isArray(list) ? list.length : this.unknown('interop.warn.unresolved', { fn }, path);
      }
      case 'Fn::ToJsonString':
        return JSON.stringify(plain(this.resolve(args, path)));
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        return this.truth({ [fn]: args }, path);
      default:
        return this.unknown('interop.warn.unknownFunction', { fn }, path);
    }
  }

  private unknown(key: MessageKey, params: MessageParams, path: Path): External {
    this.ctx.warn(key, params, path);
    return new External(String(params.fn ?? path[path.length - 1] ?? '?'), 'value');
  }

  private ref(name: string, path: Path): unknown {
    const pseudo = this.pseudo(name);
    if (pseudo !== undefined) return pseudo;
    if (this.ctx.params.has(name)) return this.ctx.params.get(name);
    if (name in this.ctx.resources) return new ResourceRef(this.ctx.stack, name);
    this.ctx.warn('interop.warn.unknownRef', { name }, path);
    return new External(name, 'value');
  }

  private pseudo(name: string): unknown {
    const { region, stackName } = this.ctx;
    switch (name) {
      case 'AWS::Region':
        return region;
      case 'AWS::AccountId':
        return ACCOUNT_ID;
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::StackName':
        return stackName;
      case 'AWS::StackId':
        return `arn:aws:cloudformation:${region}:${ACCOUNT_ID}:stack/${stackName}/00000000-0000-0000-0000-000000000000`;
      case 'AWS::NotificationARNs':
        return [];
      case 'AWS::NoValue':
        return NO_VALUE;
      default:
        return undefined;
    }
  }

  private getAtt(args: unknown, path: Path): unknown {
    const list = typeof args === 'string' ? args.split('.') : asList(this.resolve(args, path));
    const id = textOf(list[0]) ?? '';
    const attr = list
      .slice(1)
      .map((part) => textOf(part) ?? '')
      .join('.');
    const resource = this.ctx.resources[id];
    if (!isRecord(resource)) {
      this.ctx.warn('interop.warn.unknownRef', { name: id }, path);
      return new External(`${id}.${attr}`, 'value');
    }
    if (resource.Type === 'AWS::CloudFormation::Stack' && attr.startsWith('Outputs.')) {
      const output = this.ctx.stackOutput?.(id, attr.slice('Outputs.'.length));
      if (output !== undefined) return output;
    }
    const prop = ATTRIBUTE_PROPS[`${String(resource.Type)}.${attr}`];
    const key = `${id}.${attr}`;
    if (prop && isRecord(resource.Properties) && !this.attrStack.has(key)) {
      this.attrStack.add(key);
      const value = this.resolve(resource.Properties[prop], ['Resources', id, 'Properties', prop]);
      this.attrStack.delete(key);
      if (value !== undefined) return value;
    }
    return new ResourceRef(this.ctx.stack, id, attr);
  }

  private sub(args: unknown, path: Path): unknown {
    const [template, vars] = typeof args === 'string' ? [args, {}] : asList(args);
    const bound = isRecord(vars) ? (this.resolve(vars, [...path, 1]) as Record<string, unknown>) : {};
    const text = textOf(template) ?? '';
    return text.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
      if (name.startsWith('!')) return `\${${name.slice(1)}}`;
      if (name in bound) return textOf(bound[name]) ?? '';
      const dot = name.indexOf('.');
      const value =
        dot > 0 && !name.startsWith('AWS::')
          ? this.getAtt([name.slice(0, dot), name.slice(dot + 1)], path)
          : this.ref(name, path);
      return textOf(value) ?? whole;
    });
  }

  private findInMap(args: unknown[], path: Path): unknown {
    const [map, top, second, options] = args;
    const table = this.ctx.mappings[textOf(map) ?? ''];
    const row = isRecord(table) ? table[textOf(top) ?? ''] : undefined;
    const value = isRecord(row) ? row[textOf(second) ?? ''] : undefined;
    if (value !== undefined) return value;
    if (isRecord(options) && 'DefaultValue' in options) return options.DefaultValue;
    this.ctx.warn('interop.warn.mappingMissing', { path: [map, top, second].map(textOf).join('.') }, path);
    return new External(`${textOf(map)}.${textOf(top)}.${textOf(second)}`, 'value');
  }

  private cidr(args: unknown[], path: Path): unknown {
    const [block, count, bits] = args;
    const parsed = parseCidr(textOf(block) ?? '');
    const howMany = Number(textOf(count));
    const hostBits = Number(textOf(bits));
    const prefix = 32 - hostBits;
    if (
      !parsed ||
      !Number.isInteger(howMany) ||
      !Number.isInteger(hostBits) ||
      prefix < parsed.prefix ||
      howMany < 1 ||
      howMany > 256
    ) {
      return this.unknown(
        'interop.warn.badCidr',
        { fn: 'Fn::Cidr', args: args.map((a) => textOf(a) ?? '?').join(', ') },
        path,
      );
    }
    const size = 2 ** hostBits;
    const available = 2 ** (prefix - parsed.prefix);
    if (howMany > available) {
      return this.unknown(
        'interop.warn.badCidr',
        { fn: 'Fn::Cidr', args: args.map((a) => textOf(a) ?? '?').join(', ') },
        path,
      );
    }
    return Array.from(
      { length: howMany },
      (_, i) => `${ipToString((parsed.network + i * size) >>> 0)}/${prefix}`,
    );
  }
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function plain(value: unknown): unknown {
  if (value instanceof ResourceRef || value instanceof External) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function lineAt(ctx: ResolveContext, path: Path): { line?: number } {
  const line = ctx.lineOf(path);
  return line === undefined ? {} : { line };
}
