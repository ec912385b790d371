/** Turns a stored label or refusal into text in the current language, at display time. */
import type { Translate } from '../i18n/index';
import type { Message, MessageParam } from './types';

function paramText(t: Translate, param: MessageParam): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if (Array.isArray(param)) return param.map((item: MessageParam) => paramText(t, item)).join(', ');
  return translateMessage(t, param as Message);
}

export function translateMessage(t: Translate, message: Message): string {
  if (!message.params) return t(message.key);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) params[name] = paramText(t, value);
  return t(message.key, params);
}
