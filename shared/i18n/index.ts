/**
 * Messages are data: every user-facing string, in English and Korean. English is the source of
 * truth for the set of keys; the Korean catalogue must have exactly the same keys (the type
 * checker enforces it) and the same {placeholders} (a unit test enforces that).
 *
 * Each area of the product has its own file in en/ and ko/ (model, catalog, network, rules,
 * cost, ui, ...), so that work on one area does not touch another's strings.
 */
import { en } from './en/index';
import { ko } from './ko/index';

export type Locale = 'en' | 'ko';
export const LOCALES: readonly Locale[] = ['en', 'ko'];
export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, ko };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** A resource type's name as a message writes it, and the names a value may end with. */
interface TypeNoun {
  written: string;
  /** The same type's name in every language: a Korean message may name "Internet gateway". */
  names: readonly string[];
}

/**
 * The resource type names of one language ("internet gateway", "security group", ...), in lower
 * case, longest first: the nouns a message writes before a resource's name.
 */
function typeNounsOf(locale: Locale): readonly TypeNoun[] {
  const types = Object.keys(en).filter((key) => /^type\.[a-z0-9-]+$/.test(key)) as MessageKey[];
  return types
    .map((key) => ({
      written: catalogues[locale][key].toLowerCase(),
      names: LOCALES.map((other) => catalogues[other][key].toLowerCase()),
    }))
    .sort((a, b) => b.written.length - a.written.length);
}

const typeNouns: Record<Locale, readonly TypeNoun[]> = { en: typeNounsOf('en'), ko: typeNounsOf('ko') };

/**
 * The text written before a placeholder, without its last words when they are a type noun the
 * value already ends with: "internet gateway {igw}" with a gateway named "Internet gateway"
 * reads "Internet gateway", and "security group {sg}" with "ALB security group" reads "ALB
 * security group", not "security group ALB security group".
 */
function withoutRepeatedNoun(before: string, value: string, nouns: readonly TypeNoun[]): string {
  const lowerBefore = before.toLowerCase();
  const lowerValue = value.trim().toLowerCase();
  for (const { written, names } of nouns) {
    if (!lowerBefore.endsWith(`${written} `)) continue;
    const start = before.length - written.length - 1;
    // A whole word only: "subnet " is not the end of "my-subnet ".
    if (start > 0 && /[\p{L}\p{N}_-]/u.test(before[start - 1] ?? '')) continue;
    if (names.some((name) => lowerValue === name || lowerValue.endsWith(` ${name}`))) {
      return before.slice(0, start);
    }
  }
  return before;
}

/**
 * Fills {name} placeholders; a placeholder with no value is left visible rather than blanked.
 * With a locale, a resource type's name written right before a value that already ends with
 * it (in any language) is not written twice (withoutRepeatedNoun).
 */
export function format(template: string, params: MessageParams = {}, locale?: Locale): string {
  const nouns = locale ? typeNouns[locale] : [];
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const [whole, name] = match as unknown as [string, string];
    const before = template.slice(last, match.index);
    last = match.index + whole.length;
    if (!Object.prototype.hasOwnProperty.call(params, name)) {
      out += before + whole;
      continue;
    }
    const value = String(params[name]);
    out += withoutRepeatedNoun(before, value, nouns) + value;
  }
  return out + template.slice(last);
}

export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return format(catalogues[locale][key] ?? en[key], params, locale);
}

/** A translator bound to one locale, handy for callers that render many messages. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

export function messagesOf(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogues[locale];
}

/** Picks a supported locale from a system locale string such as "ko-KR" or "en_US.UTF-8". */
export function localeFrom(value: string | undefined): Locale {
  return value && /^ko\b|^ko[-_]/i.test(value) ? 'ko' : 'en';
}
