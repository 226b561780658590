import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { messagesFor, type Language, type Messages } from '../lib/i18n';
import { en } from '../lib/i18n/en';

// English until a provider says otherwise, so a component rendered outside one still reads well.
const I18nContext = createContext<Messages>(en);

/** Gives every component below it the interface strings of one language (read them with `useT()`). */
export default function I18nProvider({ lang, children }: { lang: Language; children: ComponentChildren }) {
  return <I18nContext.Provider value={messagesFor(lang)}>{children}</I18nContext.Provider>;
}

/** The interface strings of the nearest `I18nProvider`'s language. */
export function useT(): Messages {
  return useContext(I18nContext);
}
