/**
 * The UI's translator. The locale lives in the editor store; App passes it down through
 * LocaleProvider so that components outside the editor (welcome screen, dialogs) can use
 * useT() too. Every user-facing string goes through useT() with a key from shared/i18n.
 */
import { createContext, createElement, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { translator } from '../shared/i18n/index';
import type { Locale, Translate } from '../shared/i18n/index';

const LocaleContext = createContext<Locale>('en');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return createElement(LocaleContext.Provider, { value: locale }, children);
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A translator for the current locale; stable while the locale does not change. */
export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return useMemo(() => translator(locale), [locale]);
}
