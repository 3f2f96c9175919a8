// The interface language, kept in <html lang>, and offered to components by `useIntl()`. (The page title, which
// names the year, is the app's: src/app/app.tsx.)
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../domain/format';
import { INTL, type Intl } from './intl';

interface IntlState extends Intl {
  setLanguage: (language: Language) => void;
}

const IntlContext = createContext<IntlState | null>(null);

export function LanguageProvider({ initial = 'nl', children }: { initial?: Language; children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initial);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ ...INTL[language], setLanguage }), [language]);
  return <IntlContext.Provider value={value}>{children}</IntlContext.Provider>;
}

/** The interface language's messages and formatters (and the switch). */
export function useIntl(): IntlState {
  const state = useContext(IntlContext);
  if (!state) throw new Error('useIntl needs a <LanguageProvider>');
  return state;
}
