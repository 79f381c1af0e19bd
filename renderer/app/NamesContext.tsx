// Subject-area and lab names in the reader's language, from the catalogue's vocabulary
// (catalogue:vocabulary): read once per catalogue version, provided to every row, filter and page.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createNameLookup, type NameLookup } from '../../shared/catalogue/vocabularyNames';
import type { CatalogueVocabulary } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { useSettings } from '../features/settings/SettingsContext';
import { useCatalogue } from './CatalogueContext';

const NamesContext = createContext<NameLookup>(createNameLookup(undefined, 'en'));

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
  const names = useMemo(() => createNameLookup(vocabulary, language), [vocabulary, language]);
  return <NamesContext.Provider value={names}>{children}</NamesContext.Provider>;
}

export function useNames(): NameLookup {
  return useContext(NamesContext);
}
