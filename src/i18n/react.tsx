import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LinkStrings, LinkTranslator, UiStrings, UiTranslator } from './strings';
import { createTranslator } from './translator';

/**
 * How an island gets its words: the page hands the island its locale's strings as a prop (only
 * that locale's, so a Spanish page ships no English), the island's root wraps its tree in a
 * provider, and every component below asks for the translator with `useUi()` / `useLinks()`.
 * Code outside React (validation messages, the PDF engine, resume) is passed the translator.
 */

const UiContext = createContext<UiTranslator | undefined>(undefined);
const LinksContext = createContext<LinkTranslator | undefined>(undefined);

/** Gives the components below the site's strings in one language. */
export function UiStringsProvider({
  strings,
  language,
  children,
}: {
  strings: UiStrings;
  language: string;
  children: ReactNode;
}) {
  const translator = useMemo(() => createTranslator(strings, language), [strings, language]);
  return <UiContext.Provider value={translator}>{children}</UiContext.Provider>;
}

/** Gives the components below the provider-link strings in one language. */
export function LinkStringsProvider({
  strings,
  language,
  children,
}: {
  strings: LinkStrings;
  language: string;
  children: ReactNode;
}) {
  const translator = useMemo(() => createTranslator(strings, language), [strings, language]);
  return <LinksContext.Provider value={translator}>{children}</LinksContext.Provider>;
}

/** The site's translator, from the nearest {@link UiStringsProvider}. */
export function useUi(): UiTranslator {
  const translator = useContext(UiContext);
  if (!translator) throw new Error('useUi() needs a <UiStringsProvider> above it (the island root).');
  return translator;
}

/** The provider-link translator, from the nearest {@link LinkStringsProvider}. */
export function useLinks(): LinkTranslator {
  const translator = useContext(LinksContext);
  if (!translator) throw new Error('useLinks() needs a <LinkStringsProvider> above it (the island root).');
  return translator;
}
