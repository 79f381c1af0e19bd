// Subject-area and lab names in the reader's language, from the catalogue's vocabulary
// (catalogue:vocabulary): read once per catalogue version, provided to every row, filter and page.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createNameLookup, type NameLookup } from '../../shared/catalogue/vocabularyNames';
import type { CatalogueVocabulary, Language } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { useSettings } from '../features/settings/SettingsContext';
import { useCatalogue } from './CatalogueContext';

interface Names {
  /** In the UI's language. */
  names: NameLookup;
  vocabulary: CatalogueVocabulary | undefined;
}

const NamesContext = createContext<Names>({ names: createNameLookup(undefined, 'en'), vocabulary: undefined });

export function NamesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { catalogue } = useCatalogue();
  const language = useSettings().settings.language;
  const version = catalogue.status === 'ready' ? `${catalogue.info.feedId}:${catalogue.info.version}` : undefined;
  const [loaded, setLoaded] = useState<{ version: string; vocabulary: CatalogueVocabulary | undefined } | undefined>(undefined);
  useEffect(() => {
    if (version === undefined) return;
    let current = true;
    // A host without the channel (or a failure) leaves the names as the entries write them.
    void api['catalogue:vocabulary'](undefined).then((result) => {
      if (current) setLoaded({ version, vocabulary: result.ok ? result.value : undefined });
    });
    return () => {
      current = false;
    };
  }, [api, version]);
  const vocabulary = loaded?.version === version ? loaded?.vocabulary : undefined;
  const value = useMemo(() => ({ names: createNameLookup(vocabulary, language), vocabulary }), [vocabulary, language]);
  return <NamesContext.Provider value={value}>{children}</NamesContext.Provider>;
}

export function useNames(): NameLookup {
  return useContext(NamesContext).names;
}

/** The same names in another language than the UI's (a brief printed in English from the Hindi UI). */
export function useNamesIn(language: Language): NameLookup {
  const { vocabulary } = useContext(NamesContext);
  return useMemo(() => createNameLookup(vocabulary, language), [vocabulary, language]);
}
