import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { messagesFor } from './language.ts';
import type { Language, Messages } from './messages.ts';

interface I18n {
  language: Language;
  messages: Messages;
}

const I18nContext = createContext<I18n>({ language: 'es', messages: messagesFor('es') });

/** Provides the current language and its catalogue to every component below. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, messages: messagesFor(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its messages. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Keeps the document's language and title in the interface language (screen readers, tabs, bookmarks). */
export function useDocumentLanguage(language: Language): void {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = messagesFor(language).appTitle;
  }, [language]);
}
