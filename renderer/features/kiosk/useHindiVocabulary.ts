// The catalogue's Hindi words, sent by the kiosk host with catalogue:info (so the page never reads
// the whole catalogue for them): phonetic suggestions that the catalogue actually uses are offered
// first, so a pick finds entries.
import { useMemo } from 'react';
import { useCatalogue } from '../../app/CatalogueContext';

export function useHindiVocabulary(): ReadonlySet<string> {
  const { catalogue } = useCatalogue();
  const words = catalogue.status === 'ready' ? catalogue.info.offered?.hindiWords : undefined;
  return useMemo(() => new Set(words ?? []), [words]);
}
