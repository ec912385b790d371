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

/** Fills {name} placeholders; a placeholder with no value is left visible rather than blanked. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return format(catalogues[locale][key] ?? en[key], params);
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
