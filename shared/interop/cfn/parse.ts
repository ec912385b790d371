/**
 * Reads a CloudFormation template (YAML or JSON) into plain values, remembering on which line
 * each value starts so that later errors (a cycle, an unknown intrinsic) can point at it.
 *
 * YAML short forms (`!Ref`, `!Sub`, `!GetAtt`, ...) are the YAML library's custom tags: each
 * becomes the long form (`{ "Fn::Sub": ... }`), so the resolver only ever sees one shape.
 * Tags of other tools (`!Rain::Embed`) are kept as `{ "!Rain::Embed": value }` and reported.
 */
import type { CollectionTag, ScalarTag } from 'yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { positionAt, readJson } from '../../model/json';
import type { InteropNote } from '../messages';

export type TemplatePath = readonly (string | number)[];

export interface ParsedTemplate {
  value: Record<string, unknown>;
  /** 1-based line where the value at `path` starts, when known. */
  lineOf(path: TemplatePath): number | undefined;
  warnings: InteropNote[];
}

export type ParseResult = { ok: true; template: ParsedTemplate } | { ok: false; error: InteropNote };

/** Functions with a YAML short form, and the long-form key each becomes. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  Sub: 'Fn::Sub',
  GetAtt: 'Fn::GetAtt',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  GetAZs: 'Fn::GetAZs',
  FindInMap: 'Fn::FindInMap',
  If: 'Fn::If',
  Equals: 'Fn::Equals',
  And: 'Fn::And',
  Or: 'Fn::Or',
  Not: 'Fn::Not',
  Cidr: 'Fn::Cidr',
  ImportValue: 'Fn::ImportValue',
  Base64: 'Fn::Base64',
  Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString',
  Transform: 'Fn::Transform',
};

function wrap(key: string, value: unknown): YAMLMap {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(key), value));
  return map;
}

function shortFormTags(): (ScalarTag | CollectionTag)[] {
  const tags: (ScalarTag | CollectionTag)[] = [];
  for (const [short, long] of Object.entries(SHORT_FORMS)) {
    const tag = `!${short}`;
    tags.push({
      tag,
      // `!GetAtt Res.Attr` is the one short form whose scalar has structure of its own.
      resolve: (text: string) => (long === 'Fn::GetAtt' ? { [long]: splitGetAtt(text) } : { [long]: text }),
    });
    tags.push({ tag, collection: 'seq', resolve: (node) => wrap(long, node) });
    tags.push({ tag, collection: 'map', resolve: (node) => wrap(long, node) });
  }
  return tags;
}

function splitGetAtt(text: string): string[] {
  const dot = text.indexOf('.');
  return dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
}

const TAGS = shortFormTags();
const KNOWN_TAGS = new Set(TAGS.map((tag) => tag.tag));

export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[{[]/.test(text);
}

function notATemplate(value: unknown): InteropNote | undefined {
  const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value);
  const resources = isRecord ? (value as Record<string, unknown>).Resources : undefined;
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) {
    return { key: 'interop.error.notTemplate', params: {}, line: 1, column: 1 };
  }
  return undefined;
}

function parseJsonTemplate(text: string): ParseResult {
  const result = readJson(text, { withPositions: true });
  if (!result.ok) {
    return {
      ok: false,
      error: {
        key: 'interop.error.syntax',
        params: { detail: `JSON: ${result.error.code}` },
        ...lc(result.error),
      },
    };
  }
  const bad = notATemplate(result.value);
  if (bad) return { ok: false, error: bad };
  const positions = result.positions ?? new Map<string, number>();
  const exact = (path: TemplatePath): number | undefined => {
    const offset = positions.get(jsonPathKey(path));
    return offset === undefined ? undefined : positionAt(text, offset).line;
  };
  const lineOf = nearest(exact);
  return { ok: true, template: { value: result.value as Record<string, unknown>, lineOf, warnings: [] } };
}

/**
 * Paths inside intrinsics name the function (`…/Role/Fn::ImportValue`), which a YAML short form
 * writes as a tag, not a key: fall back to the nearest enclosing value that has a line.
 */
function nearest(
  exact: (path: TemplatePath) => number | undefined,
): (path: TemplatePath) => number | undefined {
  return (path) => {
    for (let length = path.length; length > 0; length--) {
      const line = exact(path.slice(0, length));
      if (line !== undefined) return line;
    }
    return undefined;
  };
}

function lc(position: { line: number; column: number }): { line: number; column: number } {
  return { line: position.line, column: position.column };
}

function jsonPathKey(path: TemplatePath): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function parseYamlTemplate(text: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    customTags: TAGS,
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const [first] = doc.errors;
  if (first) {
    const at = lines.linePos(first.pos[0]);
    return {
      ok: false,
      error: {
        key: 'interop.error.syntax',
        params: { detail: first.message.split('\n')[0] ?? '' },
        line: at.line,
        column: at.col,
      },
    };
  }
  const warnings: InteropNote[] = [];
  collectForeignTags(doc.contents, lines, warnings);
  const value: unknown = doc.toJS({ maxAliasCount: 1000 });
  const bad = notATemplate(value);
  if (bad) return { ok: false, error: bad };
  const exact = (path: TemplatePath): number | undefined => {
    const node = doc.getIn(path, true) as YamlNode | undefined;
    const pair = findKeyNode(doc.contents, path);
    const offset = pair?.range?.[0] ?? node?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  const lineOf = nearest(exact);
  return { ok: true, template: { value: value as Record<string, unknown>, lineOf, warnings } };
}

/** The key node of the last path step: errors read best pointing at `MyQueue:`, not its body. */
function findKeyNode(root: unknown, path: TemplatePath): YamlNode | undefined {
  let node: unknown = root;
  let key: YamlNode | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) return undefined;
      key = isScalar(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      key = isScalar(node) || isMap(node) || isSeq(node) ? (node as YamlNode) : undefined;
    } else {
      return undefined;
    }
  }
  return key;
}

/** Tags no CloudFormation reader knows (`!Rain::Embed`, typos): a named warning each. */
function collectForeignTags(node: unknown, lines: LineCounter, out: InteropNote[]): void {
  if (isPair(node)) {
    collectForeignTags(node.value, lines, out);
    return;
  }
  if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
  const tag = node.tag;
  if (tag && tag.startsWith('!') && !KNOWN_TAGS.has(tag)) {
    const line = node.range ? lines.linePos(node.range[0]).line : undefined;
    out.push({ key: 'interop.warn.unknownTag', params: { tag }, ...(line ? { line } : {}) });
  }
  if (isMap(node) || isSeq(node)) for (const item of node.items) collectForeignTags(item, lines, out);
}

/** Parses template text; JSON is read by the design reader (it reports JSON errors best). */
export function parseTemplate(text: string): ParseResult {
  return looksLikeJson(text) ? parseJsonTemplate(text) : parseYamlTemplate(text);
}
