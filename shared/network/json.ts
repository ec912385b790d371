/** The simulate JSON of docs/file-format.md, with messages rendered in one language. */
import type { Locale } from '../i18n/index';
import { t } from '../i18n/index';
import type { SimulateJson, TraceResult } from './types';

export function traceToJson(result: TraceResult, locale: Locale = 'en'): SimulateJson {
  const blocked = result.blocked;
  return {
    reachable: result.reachable,
    hops: result.hops.map((hop) => ({
      resource: hop.resource,
      direction: hop.direction,
      action: hop.action,
      detail: t(locale, hop.detail, hop.params),
    })),
    blocked: blocked
      ? {
          code: blocked.code,
          ...(blocked.raCode ? { raCode: blocked.raCode } : {}),
          resource: blocked.resource,
          message: t(locale, blocked.message, blocked.params),
          fix: t(locale, blocked.fix, blocked.fixParams ?? blocked.params),
        }
      : null,
  };
}
