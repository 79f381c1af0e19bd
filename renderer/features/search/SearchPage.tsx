import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { kindPluralName } from '../../app/catalogueLabels';
import { useCatalogue } from '../../app/CatalogueContext';
import { useNames } from '../../app/NamesContext';
import { markAfterPaint } from '../../app/markAfterPaint';
import { useNavigation } from '../../app/navigation';
import { SEARCH_INPUT_ID } from '../../app/useGlobalShortcuts';
import { useTranslator } from '../settings/SettingsContext';
import { ActiveFilters } from './ActiveFilters';
import { ClosedNotice } from './ClosedNotice';
import { CourseTable } from './CourseTable';
import { FacetFilters } from './FacetFilters';
import { activeFilters } from './filterLabels';
import { KindChips } from './KindChips';
import { NoResults } from './NoResults';
import { PickedBar } from './PickedBar';
import { usePickedResults } from '../enquiry/EnquiryContext';
import { ResultAnnouncer } from './ResultAnnouncer';
import { RESULTS_SECTION_ID, ResultList } from './ResultList';
import { ResultsToolbar } from './ResultsToolbar';
import { SearchBox } from './SearchBox';
import { useSearch } from './SearchContext';
import { useClosedAskedFor } from './useClosedAskedFor';
import { useRecordSearchMiss } from './useRecordSearchMiss';
import { hasFacetChoices, MAX_PAGES, RESULT_LIMIT, withKind, type FacetChoices, type KindChoice, type SearchState, type SortChoice } from './searchState';

export function SearchPage() {
  const translator = useTranslator();
  const { text } = translator;
  const { state, setState, foresee, answer } = useSearch();
  const { open, previous } = useNavigation();
  const { catalogue } = useCatalogue();
  const names = useNames();
  const result = answer.result;
  // The filters' counts sit inside closed drop-down lists: they follow in React's deferred render,
  // after the answer's first screen of results is painted (the kind chips' counts, in view, do not wait).
  const facetCounts = useDeferredValue(result?.facets);
  /** The filters the last kind choice removed (they did not apply to it), told once beside the results. */
  const [dropped, setDropped] = useState<{ filters: string[]; kind: KindChoice } | undefined>(undefined);

  // Callbacks that keep their identity from render to render, so the memoised chips, filters and rows
  // skip rendering when only the text changed; they read the state at the time they are called.
  const latestState = useRef(state);
  useLayoutEffect(() => {
    latestState.current = state;
  }, [state]);
  // A change of words, filters or order starts the list again at its first page.
  const change = useCallback((changes: Partial<SearchState>) => setState({ ...latestState.current, pages: 1, ...changes }), [setState]);
  const changeText = useCallback((text: string) => change({ text }), [change]);
  const foreseeText = useCallback((text: string) => foresee({ ...latestState.current, pages: 1, text }), [foresee]);
  const changeKind = useCallback(
    (kind: KindChoice) => {
      const before = latestState.current;
      const after = withKind(before, kind);
      const kept = new Set(activeFilters(after.facets, kind, translator, names).map((chip) => chip.key));
      const removed = activeFilters(before.facets, before.kind, translator, names).filter((chip) => !kept.has(chip.key));
      setDropped(removed.length > 0 ? { filters: removed.map((chip) => chip.label), kind } : undefined);
      setState(after);
    },
    [setState, translator, names],
  );
  const changeFacets = useCallback((facets: FacetChoices) => {
    setDropped(undefined);
    change({ facets });
  }, [change]);
  const changeSort = useCallback((sort: SortChoice) => change(sort === 'relevance' ? { sort: undefined } : { sort }), [change]);
  const changeLayout = useCallback((layout: 'list' | 'table') => setState({ ...latestState.current, layout: layout === 'table' ? 'table' : undefined }), [setState]);
  const openEntry = useCallback((id: string) => open({ view: 'detail', id }), [open]);
  const { picked: pickedList, togglePicked } = usePickedResults();
  const picked = useMemo(() => new Set(pickedList), [pickedList]);

  // Coming back from an entry puts focus on that entry's result; otherwise on the search box.
  useEffect(() => {
    const cameFrom = previous?.view === 'detail' ? document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(previous.id)}"]`) : null;
    (cameFrom ?? document.getElementById(SEARCH_INPUT_ID))?.focus();
  }, [previous]);

  // "dttc:results-painted" carries the text the painted results answer: keystroke-to-paint is
  // measured from the keydown to this mark. A layout effect of the commit that puts the answer on
  // screen (see markAfterPaint for why the mark then lands right after that commit's frame).
  useLayoutEffect(() => {
    if (result && !answer.pending) markAfterPaint('dttc:results-painted', state.text);
  }, [result, answer.pending, state.text]);

  // Entries no longer offered whose title matches the words: named instead of silently missing.
  const closedAskedFor = useClosedAskedFor(state.text);

  // A search of the whole catalogue that found nothing: the catalogue team's list of what is missing.
  useRecordSearchMiss(state.text, result !== undefined && !answer.pending && result.total === 0 && state.kind === 'all' && !hasFacetChoices(state.facets));

  const announcement = result && !answer.pending ? text.results.announceResults(translator.number(result.total), result.total, state.text.trim()) : undefined;
  const filtered = hasFacetChoices(state.facets);
  const pages = Math.max(1, state.pages ?? 1);
  const table = state.kind === 'course' && state.layout === 'table';
  const more = result ? Math.min(RESULT_LIMIT, result.total - result.hits.length) : 0;
  return (
    <div className="search-page">
      <h1 className="visually-hidden">{text.search.searchLabel}</h1>
      <SearchBox value={state.text} onChange={changeText} onComing={foreseeText} />
      <KindChips value={state.kind} counts={result?.facets.kind} onChange={changeKind} />
      <div className="search-columns">
        <FacetFilters kind={state.kind} labCounts={facetCounts?.lab} domainCounts={facetCounts?.domain} value={state.facets} onChange={changeFacets} />
        <section id={RESULTS_SECTION_ID} className="results" aria-labelledby="results-heading" aria-busy={answer.pending}>
          <div className="results-head">
            <h2 id="results-heading" className="section-heading">
              {text.search.results}
              {result && <span className="result-total"> · {text.search.resultCount(translator.number(result.total), result.total)}</span>}
            </h2>
            <ResultsToolbar kind={state.kind} sort={state.sort ?? 'relevance'} layout={table ? 'table' : 'list'} onSort={changeSort} onLayout={changeLayout} />
          </div>
          <ResultAnnouncer message={announcement} />
          {dropped && (
            <p className="dropped-filters" data-testid="dropped-filters">
              {text.results.droppedFilters(dropped.filters.join(', '), dropped.kind === 'all' ? text.search.allKinds : kindPluralName(dropped.kind, text))}
            </p>
          )}
          <ActiveFilters kind={state.kind} value={state.facets} onChange={changeFacets} />
          <ClosedNotice entries={closedAskedFor} />
          <PickedBar />
          {answer.status === 'failed' && <p role="alert">{answer.error}</p>}
          {!result && answer.status !== 'failed' && <p className="hint">{text.search.searching}</p>}
          {result && result.total === 0 && (
            <NoResults
              query={state.text}
              filtered={filtered}
              kindChosen={state.kind !== 'all'}
              suggestions={result.suggestions}
              browseDomains={result.browseDomains}
              onClearFilters={() => changeFacets({})}
              onAllKinds={() => changeKind('all')}
              onSuggestion={changeText}
              onBrowse={(domain) => change({ text: '', facets: { domain } })}
            />
          )}
          {result && result.hits.length > 0 && table && <CourseTable hits={result.hits} onOpen={openEntry} picked={picked} onPick={togglePicked} />}
          {result && result.hits.length > 0 && !table && (
            <ResultList hits={result.hits} entries={catalogue.status === 'ready' ? catalogue.byId : undefined} onOpen={openEntry} picked={picked} onPick={togglePicked} />
          )}
          {result && result.total > result.hits.length && (
            <div className="show-more">
              <p className="hint">
                {pages < MAX_PAGES
                  ? text.results.showing(translator.number(result.hits.length), translator.number(result.total))
                  : text.results.showingAtMost(translator.number(result.hits.length), translator.number(result.total))}
              </p>
              {pages < MAX_PAGES && (
                <button type="button" className="button" data-testid="show-more" onClick={() => setState({ ...latestState.current, pages: pages + 1 })}>
                  {text.results.showMore(translator.number(more))}
                </button>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
