// The catalogue's Hindi words (titles, summaries, keywords), read once per catalogue: phonetic
// suggestions that the catalogue actually uses are offered first, so a pick finds entries.
import { useMemo } from 'react';
import { devanagariVocabulary } from '../../../shared/kiosk/phoneticHindi';
import { useCatalogueEntries } from '../../app/CatalogueContext';

export function useHindiVocabulary(): ReadonlySet<string> {
  const entries = useCatalogueEntries()?.entries;
  return useMemo(() => {
    const texts: string[] = [];
    for (const entry of entries ?? []) {
      if (entry.title.hi) texts.push(entry.title.hi);
      if (entry.summary.hi) texts.push(entry.summary.hi);
      texts.push(...entry.keywords);
    }
    return devanagariVocabulary(texts);
  }, [entries]);
}
