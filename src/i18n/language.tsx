// The interface language, kept in <html lang> and the page title, and offered to components as messages.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../domain/format';
import { MESSAGES, type Messages } from './messages';

interface LanguageState {
  language: Language;
  messages: Messages;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function LanguageProvider({ initial = 'nl', children }: { initial?: Language; children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initial);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = MESSAGES[language].appTitle;
  }, [language]);
  const value = useMemo(() => ({ language, messages: MESSAGES[language], setLanguage }), [language]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage needs a <LanguageProvider>');
  return state;
}
