import type { Locale, MessageKey, MessageParams } from '../i18n/index';
import { isMessageKey, t } from '../i18n/index';
import type { JsonPath } from './json';
import { pathToString } from './json';

/**
 * Something that makes a file unusable as a design: a JSON syntax error, a schema violation, a
 * broken reference, a version this Skyplan cannot read. Carries a message key and parameters,
 * never a finished sentence, so that the same issue reads well in English and Korean.
 */
export interface DesignIssue {
  code: MessageKey;
  params: MessageParams;
  path: JsonPath;
  line?: number;
  column?: number;
}

export function issue(code: MessageKey, path: JsonPath, params: MessageParams = {}): DesignIssue {
  return { code, path: [...path], params };
}

const NESTED = /^\{([\w.-]+)\}(?::([\w-]+))?$/;

/**
 * Parameters may name other messages, so that lists of types or places are translated too:
 * "{type.vpc}" is a message; "{ref.inside}:subnet" is a message given {type} = the subnet label;
 * alternatives joined with "|" read "a or b" in the locale.
 */
function translateParam(locale: Locale, value: string): string {
  const parts = value.split('|');
  const translated: string[] = [];
  for (const part of parts) {
    const match = NESTED.exec(part);
    const key = match?.[1];
    if (!key || !isMessageKey(key)) return value;
    const typeKey = `type.${match[2] ?? ''}`;
    translated.push(
      match[2] !== undefined && isMessageKey(typeKey)
        ? t(locale, key, { type: t(locale, typeKey) })
        : t(locale, key),
    );
  }
  return translated.join(t(locale, 'ref.or'));
}

function translateParams(locale: Locale, params: MessageParams): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'string' ? translateParam(locale, value) : value;
  }
  return out;
}

export function issueMessage(found: DesignIssue, locale: Locale = 'en'): string {
  return t(locale, found.code, translateParams(locale, found.params));
}

/** Where the issue is: "file:12:7 $.resources[3].props.cidr", each part only when known. */
export function issueLocation(found: DesignIssue, file?: string): string {
  const place =
    found.line !== undefined ? `${file ?? '<input>'}:${found.line}:${found.column ?? 1}` : (file ?? '');
  const path = found.path.length > 0 || found.line === undefined ? pathToString(found.path) : '';
  return [place, path].filter(Boolean).join(' ');
}

/** One line a person can act on: "design.skyplan.json:12:7 $.resources[3].props.cidr: ...". */
export function describeIssue(found: DesignIssue, locale: Locale = 'en', file?: string): string {
  return `${issueLocation(found, file)}: ${issueMessage(found, locale)}`;
}
