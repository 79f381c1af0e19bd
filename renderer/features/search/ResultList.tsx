// The result rows. The rows a reader can see on the first screen render with the answer; the rest
// of the list follows in a deferred render, so an answer reaches the screen in one short frame.
import { memo, useDeferredValue } from 'react';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { SearchHit } from '../../../shared/search/types';
import { ResultItem } from './ResultItem';

/**
 * No row is shorter than this many CSS pixels (badge, title and facts lines, padding, gap), so this
 * many rows fill a viewport even with the list at its top and a small font. Zoom shrinks the
 * viewport in CSS pixels, so fewer rows are needed then.
 */
const SHORTEST_ROW_PX = 64;

interface Props {
  hits: SearchHit[];
  /** The page's catalogue by id: rows get the same entry object from answer to answer. */
  entries: ReadonlyMap<string, CatalogueEntry> | undefined;
  onOpen(id: string): void;
}

export const ResultList = memo(function ResultList({ hits, entries, onOpen }: Props) {
  // While a new answer's first screen renders, the deferred value still holds the previous hits;
  // React then renders again with the new ones, in the background, and the list is complete. On
  // mount (coming back from an entry) the whole list renders at once, so focus can return to any row.
  const deferredHits = useDeferredValue(hits);
  const shown = deferredHits === hits ? hits : hits.slice(0, Math.ceil(window.innerHeight / SHORTEST_ROW_PX));
  return (
    <ol className="result-list" data-testid="results">
      {shown.map((hit, index) => (
        <ResultItem key={hit.id} hit={hit} entry={entries?.get(hit.id)} index={index} onOpen={onOpen} />
      ))}
    </ol>
  );
});
