/**
 * A small JSON reader that knows where it is. JSON.parse reports errors as engine-specific text
 * ("at position 812"), loses duplicate keys silently and cannot say on which line a value
 * stands. Designs are hand-edited and kept in git, so this reader reports line and column for
 * syntax errors and duplicate keys, and can record where every value starts so that schema
 * errors can point at a line too.
 */
import type { MessageKey, MessageParams } from '../i18n/index';

export type JsonPath = readonly (string | number)[];

export interface SourcePosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, counted in UTF-16 code units like editors do. */
  column: number;
}

export interface JsonSyntaxError extends SourcePosition {
  code: MessageKey;
  params: MessageParams;
}

export type JsonReadResult =
  { ok: true; value: unknown; positions?: Map<string, number> } | { ok: false; error: JsonSyntaxError };

/** `$.resources[3].props.cidr`: the path notation used in every message. */
export function pathToString(path: JsonPath): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

class JsonFailure extends Error {
  constructor(
    readonly offset: number,
    readonly code: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(code);
  }
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * How deep objects and arrays may nest. A design needs about six levels; the reader, the
 * serializer and JSON.stringify all recurse, so a file nested thousands deep would overflow the
 * stack somewhere. It is refused here, with its place, instead.
 */
export const MAX_JSON_DEPTH = 256;

class Reader {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly text: string,
    private readonly positions?: Map<string, number>,
  ) {}

  readDocument(): unknown {
    this.skipSpace();
    if (this.i >= this.text.length) throw new JsonFailure(0, 'json.empty');
    const value = this.readValue([]);
    this.skipSpace();
    if (this.i < this.text.length) {
      throw new JsonFailure(this.i, 'json.trailingData', { token: this.describeToken() });
    }
    return value;
  }

  private readValue(path: (string | number)[]): unknown {
    this.positions?.set(pathToString(path), this.i);
    const c = this.text.charCodeAt(this.i);
    if (c === 0x7b || c === 0x5b) {
      if (++this.depth > MAX_JSON_DEPTH) {
        throw new JsonFailure(this.i, 'json.tooDeep', { max: MAX_JSON_DEPTH });
      }
      const value = c === 0x7b ? this.readObject(path) : this.readArray(path);
      this.depth--;
      return value;
    }
    if (c === 0x22) return this.readString();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.readNumber();
    if (this.text.startsWith('true', this.i)) return this.literal(4, true);
    if (this.text.startsWith('false', this.i)) return this.literal(5, false);
    if (this.text.startsWith('null', this.i)) return this.literal(4, null);
    throw this.unexpected('json.expected.value');
  }

  private literal(length: number, value: boolean | null): boolean | null {
    this.i += length;
    return value;
  }

  private readObject(path: (string | number)[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.i++;
    this.skipSpace();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.i) !== 0x22) throw this.unexpected('json.expected.key');
      const keyOffset = this.i;
      const key = this.readString();
      if (Object.prototype.hasOwnProperty.call(result, key)) {
        throw new JsonFailure(keyOffset, 'json.duplicateKey', { key });
      }
      this.skipSpace();
      if (this.text.charCodeAt(this.i) !== 0x3a) throw this.unexpected('json.expected.colon');
      this.i++;
      this.skipSpace();
      path.push(key);
      const value = this.readValue(path);
      path.pop();
      if (key === '__proto__') {
        // Kept as data instead of changing the prototype; rare, so the fast path stays plain.
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      } else {
        result[key] = value;
      }
      this.skipSpace();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        continue;
      }
      if (c === 0x7d) {
        this.i++;
        return result;
      }
      throw this.unexpected('json.expected.commaOrBrace');
    }
  }

  private readArray(path: (string | number)[]): unknown[] {
    const result: unknown[] = [];
    this.i++;
    this.skipSpace();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      path.push(result.length);
      result.push(this.readValue(path));
      path.pop();
      this.skipSpace();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        continue;
      }
      if (c === 0x5d) {
        this.i++;
        return result;
      }
      throw this.unexpected('json.expected.commaOrBracket');
    }
  }

  private readString(): string {
    const start = ++this.i;
    // Fast path: no escapes, slice once.
    for (;;) {
      const c = this.text.charCodeAt(this.i);
      if (Number.isNaN(c)) throw new JsonFailure(this.text.length, 'json.unexpectedEnd');
      if (c === 0x22) {
        const value = this.text.slice(start, this.i);
        this.i++;
        return value;
      }
      if (c === 0x5c) break;
      if (c < 0x20) throw new JsonFailure(this.i, 'json.controlCharacter');
      this.i++;
    }
    // Slow path: let JSON.parse decode the escapes of this one string, once we know its end.
    for (;;) {
      const c = this.text.charCodeAt(this.i);
      if (Number.isNaN(c)) throw new JsonFailure(this.text.length, 'json.unexpectedEnd');
      if (c < 0x20) throw new JsonFailure(this.i, 'json.controlCharacter');
      if (c === 0x5c) {
        const escape = this.text.charAt(this.i + 1);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
            throw new JsonFailure(this.i, 'json.badEscape');
          }
          this.i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === '') {
          throw new JsonFailure(this.i, 'json.badEscape');
        }
        this.i += 2;
        continue;
      }
      if (c === 0x22) {
        this.i++;
        return JSON.parse(this.text.slice(start - 1, this.i)) as string;
      }
      this.i++;
    }
  }

  private readNumber(): number {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.i;
    const found = match.exec(this.text);
    if (!found || found[0] === '-' || found[0] === '') throw new JsonFailure(this.i, 'json.badNumber');
    const after = this.text.charCodeAt(this.i + found[0].length);
    if ((after >= 0x30 && after <= 0x39) || after === 0x2e) {
      throw new JsonFailure(this.i, 'json.badNumber');
    }
    this.i += found[0].length;
    return Number(found[0]);
  }

  private skipSpace(): void {
    while (WHITESPACE.has(this.text.charCodeAt(this.i))) this.i++;
  }

  private describeToken(): string {
    if (this.i >= this.text.length) return 'end of file';
    const rest = this.text.slice(this.i, this.i + 40);
    const word = /^"[^"\n]{0,30}"?|^[A-Za-z0-9_$.+-]+/.exec(rest);
    if (word?.[0].startsWith('"')) return word[0];
    return JSON.stringify(word ? word[0].slice(0, 20) : rest.charAt(0));
  }

  private unexpected(expected: MessageKey): JsonFailure {
    if (this.i >= this.text.length) return new JsonFailure(this.text.length, 'json.unexpectedEnd');
    return new JsonFailure(this.i, 'json.unexpectedToken', {
      token: this.describeToken(),
      expected: `{${expected}}`,
    });
  }
}

/**
 * Reads JSON text. With `withPositions`, also returns where each value starts, keyed by
 * `pathToString` (used only when there are errors to point at, to keep the common path fast).
 */
export function readJson(text: string, options: { withPositions?: boolean } = {}): JsonReadResult {
  // A byte-order mark is common in files saved by Windows editors; it is not an error.
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const positions = options.withPositions ? new Map<string, number>() : undefined;
  try {
    const value = new Reader(body, positions).readDocument();
    return positions ? { ok: true, value, positions } : { ok: true, value };
  } catch (failure) {
    if (!(failure instanceof JsonFailure)) throw failure;
    return {
      ok: false,
      error: { ...positionAt(body, failure.offset), code: failure.code, params: failure.params },
    };
  }
}
