// The result rows. The rows a reader can see on the first screen render with the answer; the rest
// of the list follows in a deferred render, so an answer reaches the screen in one short frame.
// Rows are keyed by place, not by entry: a new answer changes the text of the rows already there
// instead of removing them all and creating new ones, which cost the answer's commit more than
// rendering the rows (removing 37 rows took ~3.5 ms of a 7 ms answer task at 50,000 entries).
import { memo, useDeferredValue } from 'react';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { SearchHit } from '../../../shared/search/types';
import { ResultItem } from './ResultItem';

/** The id of the section the list sits in (SearchPage). */
export const RESULTS_SECTION_ID = 'search-results';

/**
 * No row is shorter than this many root ems: a row without a summary is its badge, title and facts
 * lines and its padding (96 CSS pixels at the usual 16-pixel root font; the gap between rows is not
 * counted, which errs on the side of one row more). In rems, so a smaller or larger root font
 * scales it as it scales the rows. Zoom shrinks the viewport in CSS pixels, so fewer rows are
 * needed then.
 */
const SHORTEST_ROW_REM = 6;

interface Props {
  hits: SearchHit[];
  /** The page's catalogue by id: rows get the same entry object from answer to answer. */
  entries: ReadonlyMap<string, CatalogueEntry> | undefined;
  onOpen(id: string): void;
  /** The entries ticked as shown to the visitor, and how a tick changes. */
  picked: ReadonlySet<string>;
  onPick(id: string): void;
}

export const ResultList = memo(function ResultList({ hits, entries, onOpen, picked, onPick }: Props) {
  // While a new answer's first screen renders, the deferred value still holds the previous hits:
  // below the first screen, out of sight, the previous answer's rows stay as they are (no work in
  // this commit) for the moment until React renders again with the new ones, in the background,
  // and the list is complete. On mount (coming back from an entry) the whole list renders at once,
  // so focus can return to any row.
  const deferredHits = useDeferredValue(hits);
  const firstScreen = rowsInView(hits.length);
  const shown = deferredHits === hits ? hits : [...hits.slice(0, firstScreen), ...deferredHits.slice(firstScreen, hits.length)];
  return (
    <ol className="result-list" data-testid="results">
      {shown.map((hit, index) => (
        // Keyed by place on purpose (see the top of this file): a row holds no state of its own.
        <ResultItem key={index} hit={hit} entry={entries?.get(hit.id)} index={index} onOpen={onOpen} picked={picked.has(hit.id)} onPick={onPick} />
      ))}
    </ol>
  );
});

/**
 * How many rows from the top of the list can be in view: those between the results section's top
 * (below the search box and chips; reading it forces at most the layout the coming frame needs anyway) and
 * the bottom of the viewport, counted as if every row were the shortest possible. When the section's
 * top is above the viewport (scrolled down), the rows in view are not the first ones: all rows then.
 */
function rowsInView(total: number): number {
  const top = document.getElementById(RESULTS_SECTION_ID)?.getBoundingClientRect().top ?? 0;
  if (top < 0) return total;
  const remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.ceil(Math.max(0, window.innerHeight - top) / (SHORTEST_ROW_REM * remPx));
}
